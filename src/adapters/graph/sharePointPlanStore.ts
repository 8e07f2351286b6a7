import type { Clock, PlanStore, PlanSummary, PlanVersionInfo, StoredPlan } from '../../app/ports';
import { consentFor } from '../../auth/scopes';
import { NotFoundError, isDomainError, serializePlan } from '../../domain';
import type { Plan } from '../../domain';
import type { GraphContext } from './client';
import {
  deleteItem, downloadText, getFileMeta, getItemText, getVersionText, listChildren, listItemVersions, putContent, restoreItemVersion,
} from './drive';
import type { WriteCondition } from './drive';
import {
  frozenVersionName, newestFirst, parseStoredText, requireETag, toFrozenVersionInfo, toSavedVersion, toStoredPlan, toSummary,
} from './drive.mappers';
import type { SavedVersion } from './drive.mappers';
import { graphCall } from './errors';
import { PlanLocation } from './planLocation';
import type { PlanLocationConfig } from './planLocation';

const STORAGE = consentFor('storage');
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * PlanStore on SharePoint. plan.json is the source of truth: loaded with its eTag (the revision) and saved
 * with If-Match, so a save over someone else's newer save fails with ConflictError instead of overwriting.
 *
 * History has two layers. Every save becomes a SharePoint version of plan.json (listSavedVersions/restore),
 * but libraries trim old versions and keep no labels, so the groeidocument's milestones (activation,
 * evaluation decisions) are frozen as separate files in `versions/` (listVersions/loadVersion/freezeVersion).
 */
export class SharePointPlanStore implements PlanStore {
  private readonly location: PlanLocation;

  constructor(private readonly ctx: GraphContext, config: PlanLocationConfig, private readonly clock: Clock) {
    this.location = new PlanLocation(ctx, config);
  }

  private call<T>(work: () => Promise<T>): Promise<T> {
    return graphCall(this.ctx, STORAGE, work);
  }

  async list(): Promise<PlanSummary[]> {
    const root = await this.location.root();
    const folders = await this.call(() => listChildren(this.ctx, root, ['id', 'name', 'folder'])).catch((e: unknown) => {
      // No folder yet means no plans yet.
      if (e instanceof NotFoundError) return [];
      throw e;
    });
    const ids = folders.filter((f) => f.folder && f.name).map((f) => f.name!);
    const loaded = await Promise.all(ids.map((id) => this.load(id).then(toSummary, (e: unknown) => {
      // A folder without a readable plan.json (half-created, or someone's own files) is skipped, not fatal.
      if (isDomainError(e) && (e.code === 'PLAN.NOT_FOUND' || e.code === 'PLAN.INVALID')) return null;
      throw e;
    })));
    return loaded.filter((s): s is PlanSummary => s !== null);
  }

  /** One Graph request (metadata with eTag and a pre-authenticated download URL), then the download itself. */
  async load(id: string): Promise<StoredPlan> {
    const path = await this.location.planFile(id);
    return this.call(async () => {
      const meta = await getFileMeta(this.ctx, path);
      const url = meta['@microsoft.graph.downloadUrl'];
      if (!url) throw new NotFoundError();
      return toStoredPlan(meta, await downloadText(this.ctx, url));
    });
  }

  /** One request: PUT with If-Match (or create-only for a new plan). 412/409 become ConflictError. */
  async save(plan: Plan, expectedRevision: string | null): Promise<StoredPlan> {
    const path = await this.location.planFile(plan.id);
    const condition: WriteCondition = expectedRevision === null ? { createOnly: true } : { ifMatch: expectedRevision };
    const item = await this.call(() => putContent(this.ctx, path, serializePlan(plan), 'application/json', condition));
    return { plan, revision: requireETag(item), savedAt: item.lastModifiedDateTime ?? this.clock.now().toISOString() };
  }

  async delete(id: string): Promise<void> {
    const path = await this.location.planFolder(id);
    await this.call(() => deleteItem(this.ctx, path));
  }

  async listVersions(id: string): Promise<PlanVersionInfo[]> {
    const folder = await this.location.versionsFolder(id);
    const items = await this.call(() => listChildren(this.ctx, folder, ['id', 'name'])).catch((e: unknown) => {
      if (e instanceof NotFoundError) return [];
      throw e;
    });
    return newestFirst(items.map(toFrozenVersionInfo).filter((v): v is PlanVersionInfo => v !== null));
  }

  async loadVersion(_id: string, versionId: string): Promise<Plan> {
    const base = await this.location.driveBase();
    return parseStoredText(await this.call(() => getItemText(this.ctx, base, versionId)));
  }

  /** One request: a new file in versions/, never replacing an existing one. */
  async freezeVersion(plan: Plan, label: string): Promise<PlanVersionInfo> {
    const at = this.clock.now();
    const name = frozenVersionName(plan.version, at, label);
    const path = await this.location.versionFile(plan.id, name);
    const item = await this.call(() => putContent(this.ctx, path, serializePlan(plan), 'application/json', { createOnly: true }));
    return { versionId: item.id ?? name, savedAt: at.toISOString(), label, planVersion: plan.version };
  }

  /** SharePoint's own versions of plan.json, one per save, newest first. */
  async listSavedVersions(id: string): Promise<SavedVersion[]> {
    const path = await this.location.planFile(id);
    return newestFirst((await this.call(() => listItemVersions(this.ctx, path))).map(toSavedVersion));
  }

  async loadSavedVersion(id: string, versionId: string): Promise<Plan> {
    const path = await this.location.planFile(id);
    return parseStoredText(await this.call(() => getVersionText(this.ctx, path, versionId)));
  }

  /** Makes an older save current again (SharePoint adds it as the newest version; nothing is lost). */
  async restoreSavedVersion(id: string, versionId: string): Promise<void> {
    const path = await this.location.planFile(id);
    await this.call(() => restoreItemVersion(this.ctx, path, versionId));
  }

  /** Uploads the generated .docx next to plan.json, replacing the previous one (SharePoint keeps its versions). */
  async uploadDocument(planId: string, document: Blob | ArrayBuffer): Promise<void> {
    const path = await this.location.docxFile(planId);
    await this.call(() => putContent(this.ctx, path, document, DOCX_TYPE, { overwrite: true }));
  }
}
