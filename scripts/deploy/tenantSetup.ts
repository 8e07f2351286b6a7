/**
 * What `npm run setup:tenant` sets up in SharePoint, once, by an administrator (issue 23). Each step reads what is
 * there first and creates only what is missing, so a second run changes nothing and says so; a column that exists
 * with another type is reported, never changed (that would silently rewrite the organisation's data).
 *
 * Steps and their Graph permissions (delegated, from Microsoft's permission map, tests/fakes/graph/permissions.json):
 * - the plans folder in the library: find the site by its URL and the folder, create it when missing
 *   (`Sites.ReadWrite.All`, which the app's storage capability asks anyway);
 * - the summary columns the plan list reads (src/adapters/graph/drive.mappers.ts, docs/tenant.md "Library columns"):
 *   list and create columns (`Sites.Manage.All`, the least permission that grants POST /sites/{id}/lists/{id}/columns).
 * These are asked here only, for the administrator's sign-in; the app itself never asks `Sites.Manage.All`.
 *
 * Hook for the per-case set-up (issue "need-to-know"): add a SetupStep to SETUP_STEPS (or pass `steps`). A step gets the
 * resolved site, drive, list and folder, declares the scopes it needs (the sign-in asks the union of all steps'), and
 * reports what it created, what it found in order, and what it cannot fix itself.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import type { SummaryColumn } from '../../src/adapters/graph/drive.mappers';

/** `multilineText`: SharePoint's "Multiple lines of text" (a text column with allowMultipleLines). */
export type ColumnType = 'text' | 'multilineText' | 'number' | 'boolean';

/** The type of each summary column (docs/tenant.md, "Library columns"); a new column in SUMMARY_COLUMNS must get one here. */
export const COLUMN_TYPES: Readonly<Record<SummaryColumn, ColumnType>> = {
  VpPlanId: 'text',
  VpFamilyName: 'text',
  VpStatus: 'text',
  VpVersion: 'number',
  // Text, so the site's time zone never shifts a date.
  VpValidFrom: 'text',
  VpValidUntil: 'text',
  VpEvaluationDate: 'text',
  VpHasDecision: 'boolean',
  VpSummaryFormat: 'number',
  // JSON of the caseload facts (children's first names, professionals and their roles): can pass 255 characters.
  VpCaseload: 'multilineText',
};

export interface SetupTarget {
  /** The SharePoint site that holds the plans, e.g. https://contoso.sharepoint.com/sites/Wijkteam. */
  siteUrl: string;
  /** A fixed document library (drive id, VP_DRIVE_ID); by default the site's default library. */
  driveId?: string;
  /** The folder that holds one folder per plan (VP_LIBRARY_NAME), default Veiligheidsplannen. */
  folder: string;
}

export interface SetupContext {
  graph: Client;
  site: { id: string; webUrl: string };
  driveId: string;
  /** Filled by the library step: the SharePoint list behind the drive. */
  listId: string;
  folder: string;
}

export interface StepResult {
  created: string[];
  unchanged: string[];
  /** What the step cannot put right itself, each with what to do. */
  problems: string[];
}

export interface SetupStep {
  name: string;
  /** Delegated Graph scopes, short form. */
  scopes: readonly string[];
  run(context: SetupContext): Promise<StepResult>;
}

function statusOf(error: unknown): number | null {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : null;
}

interface WithListId {
  sharepointIds?: { listId?: string };
}

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** The plans folder (and its parents) in the library; reads the list id behind the library from it. */
export const libraryStep: SetupStep = {
  name: 'library',
  scopes: ['Sites.ReadWrite.All'],
  async run(context) {
    const result: StepResult = { created: [], unchanged: [], problems: [] };
    const segments = context.folder.split('/').filter((s) => s.length > 0);
    let item: WithListId | null = null;
    for (let i = 1; i <= segments.length; i++) {
      const path = segments.slice(0, i).join('/');
      try {
        item = (await context.graph.api(`/drives/${context.driveId}/root:/${encodePath(path)}`).select('id,name,folder,sharepointIds').get()) as WithListId;
        if (i === segments.length) result.unchanged.push(`map ${path}`);
      } catch (e) {
        if (statusOf(e) !== 404) throw e;
        const parent = i === 1 ? `/drives/${context.driveId}/items/root/children` : `/drives/${context.driveId}/root:/${encodePath(segments.slice(0, i - 1).join('/'))}:/children`;
        // `fail`: never merge into or rename over a folder someone made in between (driveitem-post-children).
        item = (await context.graph.api(parent).post({ name: segments[i - 1], folder: {}, '@microsoft.graph.conflictBehavior': 'fail' })) as WithListId;
        result.created.push(`map ${path}`);
      }
    }
    if (segments.length === 0) result.problems.push('De map voor de plannen heeft geen naam / The plans folder has no name: set VP_LIBRARY_NAME.');
    const listId = item?.sharepointIds?.listId;
    if (!listId) {
      const root = (await context.graph.api(`/drives/${context.driveId}/items/root`).select('sharepointIds').get()) as WithListId;
      context.listId = root.sharepointIds?.listId ?? '';
    } else context.listId = listId;
    if (!context.listId) result.problems.push('Deze bibliotheek is geen SharePoint-lijst / This library has no SharePoint list: choose a SharePoint document library.');
    return result;
  },
};

interface ColumnDefinition {
  name: string;
  text?: { allowMultipleLines?: boolean };
  number?: object;
  boolean?: object;
}

/** The columnDefinition facet that creates a column of this type (https://learn.microsoft.com/en-us/graph/api/resources/columndefinition). */
function facetOf(type: ColumnType): Record<string, object> {
  if (type === 'text' || type === 'multilineText') return { text: { allowMultipleLines: type === 'multilineText' } };
  return { [type]: {} };
}

function typeOf(column: ColumnDefinition): ColumnType | 'other' {
  if (column.text) return column.text.allowMultipleLines ? 'multilineText' : 'text';
  if (column.number) return 'number';
  if (column.boolean) return 'boolean';
  return 'other';
}

/**
 * Columns on the library's list, created when missing (list-post-columns); by default the plan list's summary columns.
 * Another step (a per-case set-up) can reuse it with columns of its own.
 */
export function columnsStep(types: Readonly<Record<string, ColumnType>> = COLUMN_TYPES): SetupStep {
  return {
    name: 'columns',
    scopes: ['Sites.Manage.All'],
    async run(context) {
      const result: StepResult = { created: [], unchanged: [], problems: [] };
      if (!context.listId) return result;
      const columns = `/sites/${context.site.id}/lists/${context.listId}/columns`;
      const existing = ((await context.graph.api(columns).get()) as { value: ColumnDefinition[] }).value;
      for (const [name, wanted] of Object.entries(types)) {
        const found = existing.find((c) => c.name === name);
        if (found && typeOf(found) === wanted) result.unchanged.push(`kolom ${name}`);
        else if (found) {
          result.problems.push(`Kolom ${name} is van het type ${typeOf(found)}, de app verwacht ${wanted} / Column ${name} is ${typeOf(found)}, the app needs ${wanted}: `
            + 'verwijder of hernoem hem in de bibliotheekinstellingen en start het script opnieuw / delete or rename it in the library settings and run again.');
        } else {
          await context.graph.api(columns).post({ name, displayName: name, ...facetOf(wanted) });
          result.created.push(`kolom ${name}`);
        }
      }
      return result;
    },
  };
}

/** The set-up, in order. The per-case set-up (issue "need-to-know") adds its step here. */
export const SETUP_STEPS: readonly SetupStep[] = [libraryStep, columnsStep()];

/** Every scope the steps need: the administrator's sign-in asks these, and only these. */
export function setupScopes(steps: readonly SetupStep[] = SETUP_STEPS): string[] {
  return [...new Set(steps.flatMap((s) => s.scopes))];
}

/** `https://contoso.sharepoint.com/sites/Wijkteam` -> `/sites/contoso.sharepoint.com:/sites/Wijkteam` (site-getbypath). */
export function siteByPath(siteUrl: string): string {
  const url = new URL(siteUrl);
  if (url.protocol !== 'https:' || !url.hostname.endsWith('.sharepoint.com')) {
    throw new Error(`Geen SharePoint-site / Not a SharePoint site: ${siteUrl} (https://<tenant>.sharepoint.com/sites/<naam>)`);
  }
  const path = url.pathname.replace(/\/+$/, '');
  return path ? `/sites/${url.hostname}:${path}` : `/sites/${url.hostname}`;
}

export interface SetupReport extends StepResult {
  site: { id: string; webUrl: string };
  driveId: string;
  listId: string;
}

/** Runs every step against the site; returns what was created, what was already right, and what needs a person. */
export async function setupTenant(graph: Client, target: SetupTarget, steps: readonly SetupStep[] = SETUP_STEPS): Promise<SetupReport> {
  const site = (await graph.api(siteByPath(target.siteUrl)).select('id,webUrl').get()) as { id: string; webUrl: string };
  const driveId = target.driveId || ((await graph.api(`/sites/${site.id}/drive`).select('id').get()) as { id: string }).id;
  const context: SetupContext = { graph, site, driveId, listId: '', folder: target.folder };
  const report: SetupReport = { site, driveId, listId: '', created: [], unchanged: [], problems: [] };
  for (const step of steps) {
    const result = await step.run(context);
    report.created.push(...result.created);
    report.unchanged.push(...result.unchanged);
    report.problems.push(...result.problems);
  }
  report.listId = context.listId;
  return report;
}

/** The lines the administrator reads: what changed, or that nothing did. */
export function describeReport(report: SetupReport): string[] {
  const lines = [`Site: ${report.site.webUrl}`, `Bibliotheek (drive) / Library (drive): ${report.driveId}`];
  for (const c of report.created) lines.push(`+ aangemaakt / created: ${c}`);
  if (report.created.length === 0 && report.problems.length === 0) {
    lines.push(`Niets te doen: alles stond er al (${report.unchanged.length} onderdelen) / Nothing to change: everything was already in place.`);
  } else if (report.created.length === 0) lines.push('Niets gewijzigd / Nothing changed.');
  for (const p of report.problems) lines.push(`! ${p}`);
  return lines;
}
