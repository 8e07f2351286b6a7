import type { DriveItem } from '@microsoft/microsoft-graph-types';
import type { Clock, PlanPlace, PlanStore, PlanSummary, PlanVersionInfo, StoredPlan } from '../../app/ports';
import { consentFor } from '../../auth/scopes';
import { NotFoundError, isDomainError, serializePlan } from '../../domain';
import type { DomainError, Plan } from '../../domain';
import type { GraphContext } from './client';
import {
  FILE_META_SELECT, deleteItem, downloadText, getFileMeta, getFileMetaById, listChildren, listItemVersions, putContent, restoreItemVersion, runBatch,
  succeeded,
} from './drive';
import type { BatchResult, BatchStep } from './drive';
import {
  SUMMARY_COLUMNS, frozenVersionName, newestFirst, parseStoredText, requireETag, summaryFromListItem, toFrozenVersionInfo, toListItemAddress,
  toSavedVersion, toStoredPlan, toSummary, toSummaryFields,
} from './drive.mappers';
import type { DriveItemWithDownload, ListItemAddress, SavedVersion } from './drive.mappers';
import { graphCall, translateStatus } from './errors';
import { PlanLocation } from './planLocation';
import type { PlanLocationConfig } from './planLocation';
import { mapLimited } from './mapLimited';

const STORAGE = consentFor('storage');
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Plans per page of the list: one request per 200 plans. */
export const LIST_PAGE_SIZE = 200;
/** Plans whose columns are missing or stale are read from plan.json, a few at a time. */
const FALLBACK_READS_AT_ONCE = 4;
/** Requests per JSON batch (https://learn.microsoft.com/en-us/graph/json-batching). */
const BATCH_LIMIT = 20;

const SUMMARY_KEYS = ['familyName', 'status', 'version', 'validFrom', 'validUntil', 'evaluationDate', 'hasEvaluationDecision'] as const;

function sameSummary(a: PlanSummary, b: PlanSummary): boolean {
  return SUMMARY_KEYS.every((k) => a[k] === b[k]);
}

/** `$expand` of the list request: each plan folder's listItem with only the summary columns. */
export const LIST_EXPAND = `listItem($select=id,eTag,lastModifiedDateTime;$expand=fields($select=${SUMMARY_COLUMNS.join(',')}))`;
const FOLDER_SELECT = 'id,sharepointIds';

function keepCommas(value: string): string {
  // Site ids are `host,siteCollectionId,webId`; Graph's own URLs keep the commas.
  return encodeURIComponent(value).replace(/%2C/gi, ',');
}

function fieldsUrl(address: ListItemAddress): string {
  return `/sites/${keepCommas(address.siteId)}/lists/${keepCommas(address.listId)}/items/${keepCommas(address.listItemId)}/fields`;
}

function stepError(result: BatchResult | undefined): DomainError {
  return translateStatus(result?.status ?? 0, STORAGE, result?.headers?.['Retry-After'] ?? result?.headers?.['retry-after'] ?? null);
}

/**
 * PlanStore on SharePoint. plan.json is the source of truth: loaded with its eTag (the revision) and saved
 * with If-Match, so a save over someone else's newer save fails with ConflictError instead of overwriting.
 *
 * The plan list reads library columns on each plan folder (family name, status, dates: docs/tenant.md, "Library
 * columns"), one request per 200 plans. A save writes them in the same JSON batch as plan.json, the fields PATCH
 * depending on the content PUT, so they never describe a save that failed. Folders whose columns are missing or
 * of another format are listed from their plan.json; without the columns the app works, only the list is slower.
 *
 * History has two layers. Every save becomes a SharePoint version of plan.json (listSavedVersions/restore),
 * but libraries trim old versions and keep no labels, so the groeidocument's milestones (activation,
 * evaluation decisions) are frozen as separate files in `versions/` (listVersions/loadVersion/freezeVersion).
 * The content of an old SharePoint version is not read: Graph documents no browser-safe download for it.
 */
export class SharePointPlanStore implements PlanStore {
  private readonly location: PlanLocation;
  /** Plan id -> its folder's listItem, learnt from the list or a load (ids only, no content). */
  private readonly folderItems = new Map<string, ListItemAddress>();
  /** False once SharePoint refused the columns (not created, or no permission): saves stop sending them. */
  private columnsWritable = true;
  /** The summaries the last list took from columns, to notice on open that plan.json says otherwise. */
  private readonly listed = new Map<string, PlanSummary>();

  constructor(private readonly ctx: GraphContext, config: PlanLocationConfig, private readonly clock: Clock) {
    this.location = new PlanLocation(ctx, config);
  }

  /** Runs Graph calls as one; a per-case library's refusal becomes CaseAccessError (PlanLocation.explain). */
  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await graphCall(this.ctx, STORAGE, work);
    } catch (e) {
      throw await this.location.explain(e);
    }
  }

  /** One request per page of 200 plan folders, plus plan.json reads for the folders whose columns cannot be used. */
  async list(): Promise<PlanSummary[]> {
    const root = await this.location.root();
    const folders = await this.call(() => listChildren(this.ctx, root, ['id', 'name', 'folder', 'sharepointIds'], { expand: LIST_EXPAND, top: LIST_PAGE_SIZE }))
      .catch((e: unknown) => {
        // No folder yet means no plans yet.
        if (e instanceof NotFoundError) return [];
        throw e;
      });
    const planFolders = folders.flatMap((f) => (f.folder && f.name ? [{ name: f.name, item: f }] : []));
    const fromColumns = planFolders.map(({ name, item }) => {
      const address = toListItemAddress(item.sharepointIds);
      if (address) this.folderItems.set(name, address);
      return summaryFromListItem(name, item.listItem);
    });
    const unread = planFolders.filter((_, i) => fromColumns[i] === null).map((f) => f.name);
    const read = new Map<string, StoredPlan | null>();
    await mapLimited(unread, FALLBACK_READS_AT_ONCE, async (id) => {
      read.set(id, await this.loadPlanFile(id).catch((e: unknown) => {
        // A folder without a readable plan.json (half-created, or someone's own files) is skipped, not fatal.
        if (isDomainError(e) && (e.code === 'PLAN.NOT_FOUND' || e.code === 'PLAN.INVALID')) return null;
        throw e;
      }));
    });
    // Fill in the columns that were missing or unusable, so the next list needs no plan.json reads.
    await this.writeColumns([...read.values()].flatMap((r) => (r ? [r.plan] : [])));
    this.listed.clear();
    planFolders.forEach((f, i) => { if (fromColumns[i]) this.listed.set(f.name, fromColumns[i]!); });
    return planFolders.map((f, i) => {
      const stored = read.get(f.name);
      return fromColumns[i] ?? (stored ? toSummary(stored) : null);
    }).filter((s): s is PlanSummary => s !== null);
  }

  /**
   * One Graph request (eTag and a pre-authenticated download URL), then the download itself. The first load of a
   * plan also asks for its folder's listItem address, in the same request (a JSON batch), so the next save can
   * write the list columns without an extra request.
   */
  async load(id: string): Promise<StoredPlan> {
    const stored = await this.loadPlanFile(id);
    // The list showed this plan from its columns: when plan.json says otherwise (changed outside the app, or a
    // save whose columns PATCH failed), correct them now (one request, only then).
    const shown = this.listed.get(id);
    if (shown && !sameSummary(shown, toSummary(stored))) await this.writeColumns([stored.plan]);
    return stored;
  }

  private async loadPlanFile(id: string): Promise<StoredPlan> {
    const path = await this.location.planFile(id);
    return this.call(async () => {
      const meta = this.folderItems.has(id) ? await getFileMeta(this.ctx, path) : await this.loadMetaAndFolder(id, path);
      const url = meta['@microsoft.graph.downloadUrl'];
      if (!url) throw new NotFoundError();
      return toStoredPlan(meta, await downloadText(this.ctx, url));
    });
  }

  private async loadMetaAndFolder(id: string, path: string): Promise<DriveItemWithDownload> {
    const folder = await this.location.planFolder(id);
    const results = await runBatch(this.ctx, [
      { id: 'file', method: 'GET', url: `${path}?$select=${FILE_META_SELECT.join(',')}` },
      { id: 'folder', method: 'GET', url: `${folder}?$select=${FOLDER_SELECT}` },
    ]);
    this.rememberFolder(id, results.get('folder'));
    const file = results.get('file');
    if (!file || !succeeded(file)) throw stepError(file);
    return file.body as DriveItemWithDownload;
  }

  private rememberFolder(id: string, result: BatchResult | undefined): ListItemAddress | null {
    const address = result && succeeded(result) ? toListItemAddress((result.body as DriveItem).sharepointIds) : null;
    if (address) this.folderItems.set(id, address);
    return address;
  }

  private fieldsStep(address: ListItemAddress, plan: Plan): BatchStep {
    return {
      id: 'fields', method: 'PATCH', url: fieldsUrl(address), headers: { 'Content-Type': 'application/json' }, body: toSummaryFields(plan), dependsOn: ['content'],
    };
  }

  /**
   * One request: a JSON batch of the content PUT (If-Match, or create-only for a new plan) and, depending on it,
   * the fields PATCH of the plan folder's columns. 412/409 on the PUT become ConflictError (the PATCH then
   * answers 424 and changes nothing). A new plan, or one saved before it was loaded, costs one more request.
   */
  async save(plan: Plan, expectedRevision: string | null): Promise<StoredPlan> {
    const path = await this.location.planFile(plan.id);
    const folder = await this.location.planFolder(plan.id);
    const address = this.folderItems.get(plan.id) ?? null;
    const content: BatchStep = {
      id: 'content', method: 'PUT',
      url: expectedRevision === null ? `${path}:/content?@microsoft.graph.conflictBehavior=fail` : `${path}:/content`,
      headers: expectedRevision === null ? { 'Content-Type': 'application/json' } : { 'Content-Type': 'application/json', 'If-Match': expectedRevision },
      // A JSON body goes into the batch as JSON (json-batching: "body ... might be a JSON object").
      body: JSON.parse(serializePlan(plan)) as unknown,
    };
    const second: BatchStep = address && this.columnsWritable
      ? this.fieldsStep(address, plan)
      : { id: 'folder', method: 'GET', url: `${folder}?$select=${FOLDER_SELECT}`, dependsOn: ['content'] };
    const results = await this.call(() => runBatch(this.ctx, [content, second]));
    const written = results.get('content');
    if (!written || !succeeded(written)) throw stepError(written);
    const item = written.body as DriveItem;
    this.listed.delete(plan.id);
    if (second.id === 'fields') this.noteFieldsResult(plan.id, results.get('fields'));
    else if (this.columnsWritable) {
      if (this.rememberFolder(plan.id, results.get('folder'))) await this.writeColumns([plan]);
    }
    return { plan, revision: requireETag(item), savedAt: item.lastModifiedDateTime ?? this.clock.now().toISOString() };
  }

  /** The content is saved whatever happens here: the columns are an index, and the list falls back to plan.json. */
  private noteFieldsResult(planId: string, result: BatchResult | undefined): void {
    if (succeeded(result)) return;
    const status = result?.status ?? 0;
    // 400: a column does not exist in this library (Graph: "Field '…' is not recognized"); 403: not allowed.
    if (status === 400 || status === 403) this.columnsWritable = false;
    // 404: the address is not (or no longer) this folder's listItem.
    if (status === 404) this.folderItems.delete(planId);
  }

  /**
   * Writes the columns of several plans, 20 fields PATCHes per JSON batch (Graph's limit), best effort: a failure
   * leaves the list reading those plans' plan.json, and a 400/403 stops column writes for the session.
   */
  private async writeColumns(plans: readonly Plan[]): Promise<void> {
    if (!this.columnsWritable) return;
    const steps = plans.flatMap((plan) => {
      const address = this.folderItems.get(plan.id);
      this.listed.delete(plan.id);
      return address ? [{ plan, step: { ...this.fieldsStep(address, plan), dependsOn: undefined } }] : [];
    });
    for (let start = 0; start < steps.length && this.columnsWritable; start += BATCH_LIMIT) {
      const chunk = steps.slice(start, start + BATCH_LIMIT).map((s, i) => ({ plan: s.plan, step: { ...s.step, id: `fields-${i}` } }));
      const results = await runBatch(this.ctx, chunk.map((c) => c.step)).catch(() => new Map<string, BatchResult>());
      for (const c of chunk) this.noteFieldsResult(c.plan.id, results.get(c.step.id));
    }
  }

  async delete(id: string): Promise<void> {
    const path = await this.location.planFolder(id);
    await this.call(() => deleteItem(this.ctx, path));
    this.folderItems.delete(id);
  }

  async listVersions(id: string): Promise<PlanVersionInfo[]> {
    const folder = await this.location.versionsFolder(id);
    const items = await this.call(() => listChildren(this.ctx, folder, ['id', 'name', 'file', 'folder'])).catch((e: unknown) => {
      if (e instanceof NotFoundError) return [];
      throw e;
    });
    return newestFirst(items.map(toFrozenVersionInfo).filter((v): v is PlanVersionInfo => v !== null));
  }

  /** A frozen version is a file of its own: its download URL, then the download (no Graph /content). */
  async loadVersion(_id: string, versionId: string): Promise<Plan> {
    const base = await this.location.driveBase();
    return this.call(async () => {
      const meta = await getFileMetaById(this.ctx, base, versionId);
      const url = meta['@microsoft.graph.downloadUrl'];
      if (!url) throw new NotFoundError('version');
      return parseStoredText(await downloadText(this.ctx, url));
    });
  }

  /** One request: a new file in versions/, never replacing an existing one. */
  async freezeVersion(plan: Plan, label: string): Promise<PlanVersionInfo> {
    const at = this.clock.now();
    const name = frozenVersionName(plan.version, at, label);
    const path = await this.location.versionFile(plan.id, name);
    const item = await this.call(() => putContent(this.ctx, path, serializePlan(plan), 'application/json', { createOnly: true }));
    return { versionId: item.id ?? name, savedAt: at.toISOString(), label, planVersion: plan.version };
  }

  /** SharePoint's own versions of plan.json, one per save, newest first (dates only: their content is not read). */
  async listSavedVersions(id: string): Promise<SavedVersion[]> {
    const path = await this.location.planFile(id);
    return newestFirst((await this.call(() => listItemVersions(this.ctx, path))).map(toSavedVersion));
  }

  /**
   * Makes an older save current again (SharePoint adds it as the newest version; nothing is lost), then reads the
   * restored plan.json and rewrites the folder's list columns, which still describe the replaced save.
   */
  async restoreSavedVersion(id: string, versionId: string): Promise<void> {
    const path = await this.location.planFile(id);
    await this.call(() => restoreItemVersion(this.ctx, path, versionId));
    if (!this.columnsWritable) return;
    await this.writeColumns([(await this.loadPlanFile(id)).plan]);
  }

  /** Where the plan lives, by ids: its library's drive id and its folder's item id (one request). */
  async placeOf(id: string): Promise<PlanPlace> {
    const folder = await this.location.planFolder(id);
    const item = await this.call(() => this.ctx.client.api(folder).select(['id', 'parentReference']).get() as Promise<DriveItem>);
    const driveId = item.parentReference?.driveId;
    if (!item.id || !driveId) throw new NotFoundError();
    return { driveId, itemId: item.id };
  }

  /** Uploads the generated .docx next to plan.json, replacing the previous one (SharePoint keeps its versions). */
  async uploadDocument(planId: string, document: Blob | ArrayBuffer): Promise<void> {
    const path = await this.location.docxFile(planId);
    await this.call(() => putContent(this.ctx, path, document, DOCX_TYPE, { overwrite: true }));
  }
}
