import type { GraphContext } from './client';
import { getSiteByUrl, itemPath } from './drive';
import { graphCall } from './errors';
import { consentFor } from '../../auth/scopes';
import { CaseAccessError, DomainError, NotFoundError, PermissionError } from '../../domain';

/**
 * Tenant mode outside a team channel (personal tab, group or meeting chat, Word) with no site or library in the
 * build's configuration: there is no team site to keep plans in. The user message (STORAGE.NO_LOCATION) says to
 * open the app in a team channel or to ask the admin to configure VP_SITE_ID or VP_DRIVE_ID.
 */
export class PlanLocationError extends DomainError {
  constructor() {
    super('STORAGE.NO_LOCATION', 'Tenant mode needs VP_SITE_ID, VP_DRIVE_ID or a team channel to know where plans are kept.');
  }
}

export interface PlanLocationConfig {
  /** Fixed drive (document library) id; wins over everything else. */
  driveId: string;
  /** Fixed site id; its default library is used. */
  siteId: string;
  /** The team's SharePoint site from the Teams context, used when no site or drive is configured. */
  teamSiteUrl: string | null;
  /** Folder in the library holding one folder per plan. */
  libraryFolder: string;
  /**
   * The library belongs to one case (a private case channel's site, or a plan opened from a link or a Word document
   * by its drive id): SharePoint's refusals then mean "not on this case" (CaseAccessError), and a missing channel
   * site means it is not made yet (CASE.NOT_READY). docs/tenant.md, "Need-to-know per case".
   */
  perCase?: boolean;
}

/** The case channel's site does not exist yet: Teams makes it when someone opens the channel's Files tab. */
export class CaseNotReadyError extends DomainError {
  constructor() {
    super('CASE.NOT_READY', 'The case channel\'s SharePoint site is not provisioned yet.');
  }
}

export const PLAN_FILE = 'plan.json';
export const DOCX_FILE = 'veiligheidsplan.docx';
export const VERSIONS_FOLDER = 'versions';

/**
 * Where plans live: `<library>/<libraryFolder>/<planId>/{plan.json, veiligheidsplan.docx, versions/}`.
 * File names are fixed and folder names are plan ids, so no family name ever appears in a URL.
 */
export class PlanLocation {
  private base: Promise<string> | null = null;

  constructor(private readonly ctx: GraphContext, private readonly config: PlanLocationConfig) {}

  /** The drive base; resolving a team site URL costs one request, once per session. */
  driveBase(): Promise<string> {
    if (!this.base) {
      this.base = this.resolve();
      // A failed lookup (offline) must not stick for the whole session.
      this.base.catch(() => { this.base = null; });
    }
    return this.base;
  }

  private async resolve(): Promise<string> {
    const { driveId, siteId, teamSiteUrl } = this.config;
    if (driveId) return `/drives/${encodeURIComponent(driveId)}`;
    if (siteId) return `/sites/${encodeURIComponent(siteId)}/drive`;
    if (teamSiteUrl) {
      // GET /sites/{host}:/{path} is granted by Sites.Read.All or Sites.ReadWrite.All, not by Files.*: the
      // storage capability's scopes (src/auth/scopes.ts) carry it, and a 403 names that capability.
      try {
        const id = await graphCall(this.ctx, consentFor('storage'), () => getSiteByUrl(this.ctx, teamSiteUrl));
        return `/sites/${encodeURIComponent(id)}/drive`;
      } catch (e) {
        if (!this.config.perCase) throw e;
        // Inside its private channel the user is a member (Teams shows the channel only to them): a site that is not
        // found is one not made yet (microsoft-graph-docs#8300), a refusal is SharePoint saying "not on this case".
        if (e instanceof NotFoundError) throw new CaseNotReadyError();
        if (e instanceof PermissionError && e.status === 403) throw new CaseAccessError(403);
        throw e;
      }
    }
    throw new PlanLocationError();
  }

  /**
   * What a failed request of a per-case library means. A 403 from SharePoint with the storage scope held is a refusal
   * of the case. A 404 may be a plan that is gone or SharePoint hiding a library the user may not open: one request
   * for the library's root tells them apart (only on this failure path).
   */
  async explain(e: unknown): Promise<unknown> {
    if (!this.config.perCase) return e;
    if (e instanceof PermissionError && e.status === 403) return new CaseAccessError(403);
    if (!(e instanceof NotFoundError)) return e;
    try {
      const base = await this.driveBase();
      await graphCall(this.ctx, consentFor('storage'), () => this.ctx.client.api(`${base}/root`).select(['id']).get());
      return e;
    } catch (probe) {
      if (probe instanceof CaseAccessError) return probe;
      return probe instanceof NotFoundError || (probe instanceof PermissionError && probe.status === 403) ? new CaseAccessError(404) : e;
    }
  }

  async root(): Promise<string> {
    return itemPath(await this.driveBase(), [this.config.libraryFolder]);
  }

  async planFolder(planId: string): Promise<string> {
    return itemPath(await this.driveBase(), [this.config.libraryFolder, planId]);
  }

  async planFile(planId: string): Promise<string> {
    return itemPath(await this.driveBase(), [this.config.libraryFolder, planId, PLAN_FILE]);
  }

  async docxFile(planId: string): Promise<string> {
    return itemPath(await this.driveBase(), [this.config.libraryFolder, planId, DOCX_FILE]);
  }

  async versionsFolder(planId: string): Promise<string> {
    return itemPath(await this.driveBase(), [this.config.libraryFolder, planId, VERSIONS_FOLDER]);
  }

  async versionFile(planId: string, name: string): Promise<string> {
    return itemPath(await this.driveBase(), [this.config.libraryFolder, planId, VERSIONS_FOLDER, name]);
  }
}
