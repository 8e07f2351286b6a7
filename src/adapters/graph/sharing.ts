import type { CopyShareOutcome, RevokeOutcome, ShareRecipient, Sharing } from '../../app/ports';
import { consentFor } from '../../auth/scopes';
import { ConsentError, NotFoundError, domainOf, isDomainError } from '../../domain';
import { getMailboxOwner } from './calendar';
import { toMailboxOwner } from './calendar.mappers';
import type { GraphContext } from './client';
import type { Permission } from '@microsoft/microsoft-graph-types';
import { deleteItem, deleteItemById, deletePermission, getItemParent, invite, itemPath, listPermissions, putContent } from './drive';
import { graphCall } from './errors';
import { PlanLocation } from './planLocation';
import type { PlanLocationConfig } from './planLocation';

const STORAGE = consentFor('storage');
const PROFILE = consentFor('profile');
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

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
   * - then the copy file itself goes (it was made for this one recipient), so nothing is left to grant again.
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
      const listed = await graphCall(this.ctx, STORAGE, () => listPermissions(this.ctx, base, fileItemId));
      const ids = new Set([...permissionIds, ...listed.filter(isOwnGrant).map((p) => p.id ?? '')].filter((id) => id !== ''));
      for (const permissionId of ids) {
        try {
          await graphCall(this.ctx, STORAGE, () => deletePermission(this.ctx, base, fileItemId, permissionId));
        } catch (e) {
          // Already gone (removed in SharePoint meanwhile): that is what revoking wants.
          if (!(e instanceof NotFoundError)) throw e;
        }
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

/** A grant of the item's own that sharing made: not inherited from the folder, not the owner's. */
function isOwnGrant(permission: Permission): boolean {
  return !permission.inheritedFrom && !(permission.roles ?? []).includes('owner');
}
