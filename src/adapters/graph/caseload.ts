import type { DriveItem } from '@microsoft/microsoft-graph-types';
import type { CaseloadProfessional, CaseloadRow, CaseloadSource, CaseloadViewer, PlanSummary, TeamPlanFacts } from '../../app/ports';
import { consentFor } from '../../auth/scopes';
import { HELD_ROLES } from '../../domain/caseload';
import type { PlanRoleHolders } from '../../domain/caseload';
import { isDomainError } from '../../domain';
import type { PlanVariant } from '../../domain';
import type { GraphContext } from './client';
import { FILE_META_SELECT, downloadText, itemPath, succeeded } from './drive';
import type { BatchStep } from './drive';
import { SUMMARY_COLUMNS, caseloadFactsOf, summaryFromListItem, toStoredPlan, toSummary } from './drive.mappers';
import type { DriveItemWithDownload } from './drive.mappers';
import { PLAN_FILE } from './planLocation';
import { graphCall } from './errors';
import { mapLimited } from './mapLimited';
import { batched, channelDrives, joinedTeams, privateChannels } from './teams';
import type { CaseChannel } from './teams';

/** Plans per page of a case's list (Graph pages children at up to 200). */
const PAGE = 200;
/**
 * The library column with what the caseload's search and filters need beyond the plan list's (children's first
 * names, the professionals, the roles, the variant), as JSON written by every save (drive.mappers.ts,
 * caseloadFactsOf). A row without it (saved by an older version) gets empty facts until its next save.
 */
export const CASELOAD_COLUMN = 'VpCaseload';
const EXPAND = `listItem($select=id,eTag,lastModifiedDateTime;$expand=fields($select=${SUMMARY_COLUMNS.join(',')}))`;

interface Unread {
  channel: CaseChannel;
  driveId: string;
  folderId: string;
  planId: string;
}

/** Downloads of plan.json at once, for plans without list columns. */
const READS_AT_ONCE = 4;

function rowOf(channel: CaseChannel, driveId: string, summary: PlanSummary, facts: CaseFacts): CaseloadRow {
  return {
    ...summary, ...facts, caseId: channel.channelId, caseLabel: channel.displayName,
    href: `#/plan/${encodeURIComponent(summary.id)}?drive=${encodeURIComponent(driveId)}`,
  };
}

interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

interface CaseFacts {
  childFirstNames: string[];
  variant: PlanVariant;
  professionals: CaseloadProfessional[];
  roleHolders: PlanRoleHolders;
  revisionOf: string | null;
}

const NO_ROLES = Object.fromEntries(HELD_ROLES.map((r) => [r, null])) as PlanRoleHolders;

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The VpCaseload column's JSON, or the empty facts when the column is missing or unreadable. */
export function caseFactsOf(fields: Record<string, unknown> | undefined): CaseFacts {
  const empty: CaseFacts = { childFirstNames: [], variant: 'standard', professionals: [], roleHolders: NO_ROLES, revisionOf: null };
  const raw = fields?.[CASELOAD_COLUMN];
  if (typeof raw !== 'string') return empty;
  try {
    const parsed = JSON.parse(raw) as Partial<Record<keyof CaseFacts, unknown>>;
    const professionals = Array.isArray(parsed.professionals)
      ? parsed.professionals.flatMap((p: unknown) => {
        const o = p as Record<string, unknown>;
        return typeof o?.id === 'string' ? [{ id: o.id, name: String(o.name ?? ''), email: String(o.email ?? '') }] : [];
      })
      : [];
    const roles = (parsed.roleHolders ?? {}) as Record<string, unknown>;
    return {
      childFirstNames: stringsOf(parsed.childFirstNames),
      variant: parsed.variant === 'crisis' ? 'crisis' : 'standard',
      professionals,
      roleHolders: Object.fromEntries(HELD_ROLES.map((r) => [r, typeof roles[r] === 'string' ? roles[r] : null])) as PlanRoleHolders,
      revisionOf: typeof parsed.revisionOf === 'string' ? parsed.revisionOf : null,
    };
  } catch {
    return empty;
  }
}

export interface GraphCaseloadOptions {
  libraryFolder: string;
  /** The signed-in user's addresses come from GET /me (User.Read). */
  me: () => Promise<{ mail?: string | null; userPrincipalName?: string | null }>;
  /** Whether the signed-in user leads a team (the Teams context's team role); the overview then counts their cases. */
  teamLead: boolean;
}

/**
 * The caseload in tenant mode: every plan in every private case channel the signed-in professional is a member of.
 * SharePoint and Teams decide what is listed: a private channel is only listed to its members, and its site only
 * opens for them, so the list never holds a plan of a case the professional is not on.
 *
 * Requests: /me/joinedTeams, one batch per 20 teams (their private channels), one batch per 20 channels (their
 * libraries; only the first time a channel is seen in this session), one batch per 20 libraries (the plans, with
 * the list columns), and one request per further page of a case with more than 200 plans. `npm run bench` prints
 * the count (graph.requests.caseload.<C>x<N>). Plans whose list columns are missing or stale are read from their
 * plan.json (metadata in batches of 20, then the downloads): docs/tenant.md, "Library columns".
 */
export class GraphCaseloadSource implements CaseloadSource {
  /** Channel id -> its library's drive id: a channel site keeps its library, so later lists skip that round. */
  private readonly drives = new Map<string, string>();

  constructor(private readonly ctx: GraphContext, private readonly options: GraphCaseloadOptions) {}

  async viewer(): Promise<CaseloadViewer> {
    const me = await this.options.me();
    const addresses = [...new Set([me.mail, me.userPrincipalName].filter((a): a is string => Boolean(a)).map((a) => a.toLowerCase()))];
    return { addresses, teamLead: this.options.teamLead };
  }

  async listCaseload(): Promise<CaseloadRow[]> {
    return graphCall(this.ctx, consentFor(['cases', 'storage']), async () => {
      const channels = await privateChannels(this.ctx, await joinedTeams(this.ctx));
      const unknown = channels.filter((c) => !this.drives.has(c.channelId));
      const found = await channelDrives(this.ctx, unknown);
      unknown.forEach((c, i) => {
        const drive = found[i]!;
        if (drive.kind === 'ready') this.drives.set(c.channelId, drive.driveId);
      });
      const ready = channels.flatMap((c) => {
        const driveId = this.drives.get(c.channelId);
        return driveId ? [{ channel: c, driveId }] : [];
      });
      return this.listPlans(ready);
    });
  }

  /**
   * Private case channels keep each case's plans out of sight of everyone not on it, team owners included: the
   * overview can only count the cases the lead is on (docs/tenant.md, "Who can see what").
   */
  async listTeamPlans(): Promise<TeamPlanFacts[]> {
    if (!this.options.teamLead) return [];
    return (await this.listCaseload()).map((r) => ({
      caseId: r.caseId, planId: r.id, status: r.status, validUntil: r.validUntil, evaluationDate: r.evaluationDate, hasEvaluationDecision: r.hasEvaluationDecision,
    }));
  }

  private async listPlans(cases: ReadonlyArray<{ channel: CaseChannel; driveId: string }>): Promise<CaseloadRow[]> {
    const unread: Unread[] = [];
    const steps: BatchStep[] = cases.map((c, i) => ({
      id: String(i), method: 'GET',
      url: `${itemPath(`/drives/${encodeURIComponent(c.driveId)}`, [this.options.libraryFolder])}:/children?$select=id,name,folder,sharepointIds&$expand=${EXPAND}&$top=${PAGE}`,
    }));
    const results = await batched(this.ctx, steps);
    const rows: CaseloadRow[] = [];
    for (const [i, c] of cases.entries()) {
      const result = results.get(String(i));
      // A case without a plans folder yet has no plans; a refused one is not the professional's case (any more).
      if (!succeeded(result)) continue;
      let page = result!.body as Page<DriveItem>;
      rows.push(...this.rowsOf(c.channel, c.driveId, page.value, unread));
      while (page['@odata.nextLink']) {
        page = (await this.ctx.client.api(page['@odata.nextLink']).get()) as Page<DriveItem>;
        rows.push(...this.rowsOf(c.channel, c.driveId, page.value, unread));
      }
    }
    return [...rows, ...(await this.readPlans(unread))];
  }

  /** Rows from the list columns; folders whose columns are missing or stale go to `unread`. */
  private rowsOf(channel: CaseChannel, driveId: string, items: readonly DriveItem[], unread: Unread[]): CaseloadRow[] {
    return items.flatMap((item) => {
      if (!item.folder || !item.name) return [];
      const summary: PlanSummary | null = summaryFromListItem(item.name, item.listItem);
      if (!summary) {
        if (item.id) unread.push({ channel, driveId, folderId: item.id, planId: item.name });
        return [];
      }
      return [rowOf(channel, driveId, summary, caseFactsOf(item.listItem?.fields as Record<string, unknown> | undefined))];
    });
  }

  /**
   * Plans without usable list columns (a case library whose columns an admin has not made yet, or plans saved before
   * them): plan.json's metadata in batches of 20, then each download, a few at a time. Costs requests only for them.
   */
  private async readPlans(unread: readonly Unread[]): Promise<CaseloadRow[]> {
    if (unread.length === 0) return [];
    const steps: BatchStep[] = unread.map((u, i) => ({
      id: String(i), method: 'GET',
      url: `/drives/${encodeURIComponent(u.driveId)}/items/${encodeURIComponent(u.folderId)}:/${PLAN_FILE}:?$select=${FILE_META_SELECT.join(',')}`,
    }));
    const results = await batched(this.ctx, steps);
    const rows = await mapLimited(unread, READS_AT_ONCE, async (u, i) => {
      const result = results.get(String(i));
      const meta = succeeded(result) ? (result!.body as DriveItemWithDownload) : null;
      const url = meta?.['@microsoft.graph.downloadUrl'];
      if (!meta || !url) return null;
      try {
        const stored = toStoredPlan(meta, await downloadText(this.ctx, url));
        return rowOf(u.channel, u.driveId, toSummary(stored), caseFactsOf({ [CASELOAD_COLUMN]: JSON.stringify(caseloadFactsOf(stored.plan)) }));
      } catch (e) {
        // A folder without a readable plan.json (half-made, or someone's own files) is left out, as in the plan list.
        if (isDomainError(e) && (e.code === 'PLAN.INVALID' || e.code === 'PLAN.NOT_FOUND')) return null;
        throw e;
      }
    });
    return rows.filter((r): r is CaseloadRow => r !== null);
  }
}
