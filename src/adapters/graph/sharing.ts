import type { CopyShareOutcome, LegacyGrant, RevokeOutcome, ShareRecipient, Sharing } from '../../app/ports';
import { consentFor } from '../../auth/scopes';
import { ConsentError, NotFoundError, domainOf, isDomainError } from '../../domain';
import { getMailboxOwner } from './calendar';
import { toMailboxOwner } from './calendar.mappers';
import type { GraphContext } from './client';
import type { Permission } from '@microsoft/microsoft-graph-types';
import { deleteItem, deleteItemById, deletePermission, getItemParent, getItemStamp, invite, itemPath, listPermissions, putContent } from './drive';
import { graphCall } from './errors';
import { PlanLocation } from './planLocation';
import type { PlanLocationConfig } from './planLocation';

const STORAGE = consentFor('storage');
const PROFILE = consentFor('profile');
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The one file versions before schema 4 wrote and shared with every recipient (docs/tenant.md, "Library layout"). */
export const LEGACY_PLAN_FILE = 'veiligheidsplan.docx';

/**
 * Shares copies with specific people through driveItem `invite`: read-only, sign-in required, an invitation mail for
 * each. There is deliberately no sharing-link code in this adapter.
 *
 * Each copy is a new file of its own in the plan's folder (`<library>/<folder>/<planId>/Kopie <random> <date>.docx`,
 * created with conflictBehavior=fail), shared with one recipient: nobody ever sees a later version through an
 * earlier share. The invite's answer lists the permissions it made; their ids revoke the access later
 * (DELETE …/permissions/{id}, https://learn.microsoft.com/graph/api/permission-delete).
 */
export class GraphSharing implements Sharing {
  private readonly location: PlanLocation;
  private domains: Promise<string[]> | null = null;

  constructor(private readonly ctx: GraphContext, private readonly config: PlanLocationConfig) {
    this.location = new PlanLocation(ctx, config);
  }

  async shareCopy(planId: string, fileName: string, recipient: ShareRecipient, document: Blob, message: string): Promise<CopyShareOutcome> {
    // Defence in depth: the use case refuses these before any request; the adapter never sends them either.
    if (!recipient.consentGiven) {
      const e = new ConsentError(recipient.id);
      return { recipientId: recipient.id, ok: false, code: e.code, message: e.message };
    }
    const path = itemPath(await this.location.driveBase(), [this.config.libraryFolder, planId, fileName]);
    let fileItemId: string | null = null;
    try {
      const item = await graphCall(this.ctx, STORAGE, () => putContent(this.ctx, path, document, DOCX_TYPE, { createOnly: true }));
      fileItemId = item.id ?? null;
      if (!fileItemId) return { recipientId: recipient.id, ok: false, code: 'SERVER', message: 'The upload returned no item id.' };
      const permissions = await graphCall(this.ctx, STORAGE, () => invite(this.ctx, path, {
        recipients: [{ email: recipient.email }], message, requireSignIn: true, sendInvitation: true, roles: ['read'],
      }));
      const permissionIds = permissions.map((p) => p.id).filter((id): id is string => typeof id === 'string' && id !== '');
      return { recipientId: recipient.id, ok: true, fileItemId, permissionIds };
    } catch (e) {
      if (!isDomainError(e)) throw e;
      // A copy nobody was invited to is of no use; it goes (to the recycle bin) so no stray copy stays behind.
      if (fileItemId) await graphCall(this.ctx, STORAGE, () => deleteItem(this.ctx, path)).catch(() => undefined);
      return { recipientId: recipient.id, ok: false, code: e.code, message: e.message };
    }
  }

  /**
   * Takes away what a share of this plan gave, and nothing of anyone else's:
   * - the file must lie in this plan's own folder (`parentReference.path` from Graph, not what the record says), else
   *   the revocation is refused: a record copied from another plan, or crafted, cannot touch another plan's shares;
   * - a record without permission ids is a failure, never a success;
   * - every grant of the file's own (not inherited, not the owner's) goes: the recorded ones and any given later
   *   through another path (a share in SharePoint, an approved access request);
   * - then the copy file itself goes (it was made for this one recipient), so nothing is left to grant again;
   * - the plan file of before schema 4 (`veiligheidsplan.docx`, one file shared with every recipient; Graph's item
   *   name says so, not the record) loses only this share's grants, and goes itself once no grant of its own is left.
   * A file that is already gone counts as revoked.
   */
  async revokeShare(planId: string, fileItemId: string, permissionIds: readonly string[]): Promise<RevokeOutcome> {
    if (permissionIds.length === 0) return { ok: false, code: 'SHARE.NOTHING_RECORDED', message: 'The share has no recorded permission.' };
    const base = await this.location.driveBase();
    try {
      const item = await graphCall(this.ctx, STORAGE, () => getItemParent(this.ctx, base, fileItemId));
      if (!this.inPlanFolder(item.parentReference?.path, planId)) {
        return { ok: false, code: 'SHARE.NOT_THIS_PLAN', message: 'The file does not lie in this plan\'s folder.' };
      }
      const list = () => graphCall(this.ctx, STORAGE, () => listPermissions(this.ctx, base, fileItemId));
      if ((item.name ?? '').toLowerCase() === LEGACY_PLAN_FILE) {
        // The old plan file served every recipient: only this share's grants go; the file goes with the last of them.
        await this.deletePermissions(base, fileItemId, permissionIds);
        if ((await list()).some(isOwnGrant)) return { ok: true };
      } else {
        const own = (await list()).filter(isOwnGrant).map((p) => p.id ?? '');
        await this.deletePermissions(base, fileItemId, [...new Set([...permissionIds, ...own])].filter((id) => id !== ''));
      }
      await graphCall(this.ctx, STORAGE, () => deleteItemById(this.ctx, base, fileItemId));
      return { ok: true };
    } catch (e) {
      // The file is gone (deleted in SharePoint): nobody has access through it any more.
      if (e instanceof NotFoundError) return { ok: true };
      if (!isDomainError(e)) throw e;
      return { ok: false, code: e.code, message: e.message };
    }
  }

  private async deletePermissions(base: string, fileItemId: string, ids: readonly string[]): Promise<void> {
    for (const permissionId of ids) {
      try {
        await graphCall(this.ctx, STORAGE, () => deletePermission(this.ctx, base, fileItemId, permissionId));
      } catch (e) {
        // Already gone (removed in SharePoint meanwhile): that is what revoking wants.
        if (!(e instanceof NotFoundError)) throw e;
      }
    }
  }

  /**
   * The grants on this plan's shared file of before schema 4 (`<library>/<planId>/veiligheidsplan.docx`, addressed
   * by path, so only this plan's folder is read): GET the item, then its permissions
   * (https://learn.microsoft.com/graph/api/driveitem-list-permissions). An invitation's address is in `invitation.email`
   * (https://learn.microsoft.com/graph/api/resources/permission); a grant without one (a link) is not the app's.
   */
  async legacyGrants(planId: string): Promise<LegacyGrant[]> {
    const base = await this.location.driveBase();
    try {
      const item = await graphCall(this.ctx, STORAGE, () => getItemStamp(this.ctx, itemPath(base, [this.config.libraryFolder, planId, LEGACY_PLAN_FILE])));
      const fileItemId = item.id;
      if (!fileItemId) return [];
      const sharedOn = (item.lastModifiedDateTime ?? '').slice(0, 10);
      const listed = await graphCall(this.ctx, STORAGE, () => listPermissions(this.ctx, base, fileItemId));
      return listed.filter(isOwnGrant).flatMap((p) => {
        const email = invitedAddress(p);
        return p.id && email ? [{ fileItemId, permissionId: p.id, email, sharedOn }] : [];
      });
    } catch (e) {
      // No such file: the plan was never shared the old way (or the file is gone, and its grants with it).
      if (e instanceof NotFoundError) return [];
      throw e;
    }
  }

  /** Whether Graph's parent path of an item is `<library root>/<plans folder>/<planId>`. */
  private inPlanFolder(parentPath: string | null | undefined, planId: string): boolean {
    if (!parentPath) return false;
    const folder = decodeURIComponent(parentPath.slice(parentPath.indexOf('root:') + 'root:'.length));
    const expected = `/${[...this.config.libraryFolder.split('/').filter((s) => s !== ''), planId].join('/')}`;
    return parentPath.includes('root:') && folder.toLowerCase() === expected.toLowerCase();
  }

  /** The signed-in user's mail and sign-in name domains, from GET /me (User.Read, which sign-in already has). */
  organisationDomains(): Promise<string[]> {
    if (!this.domains) {
      this.domains = graphCall(this.ctx, PROFILE, () => getMailboxOwner(this.ctx))
        .then((user) => [...new Set(toMailboxOwner(user).addresses.map(domainOf).filter((d) => d !== ''))]);
      this.domains.catch(() => { this.domains = null; });
    }
    return this.domains;
  }
}

/** The address an invitation was sent to, lower case, or null for a grant without one. */
function invitedAddress(permission: Permission): string | null {
  const user = permission.grantedToV2?.user as { email?: string } | undefined;
  const email = permission.invitation?.email ?? user?.email ?? null;
  return email ? email.trim().toLowerCase() : null;
}

/** A grant of the item's own that sharing made: not inherited from the folder, not the owner's. */
function isOwnGrant(permission: Permission): boolean {
  return !permission.inheritedFrom && !(permission.roles ?? []).includes('owner');
}
