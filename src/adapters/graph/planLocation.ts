import type { GraphContext } from './client';
import { getSiteByUrl, itemPath } from './drive';
import { graphCall } from './errors';
import { consentFor } from '../../auth/scopes';
import { DomainError } from '../../domain';

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
      const id = await graphCall(this.ctx, consentFor('storage'), () => getSiteByUrl(this.ctx, teamSiteUrl));
      return `/sites/${encodeURIComponent(id)}/drive`;
    }
    throw new PlanLocationError();
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
