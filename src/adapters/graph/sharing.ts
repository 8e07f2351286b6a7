import type { CopyShareOutcome, RevokeOutcome, ShareRecipient, Sharing } from '../../app/ports';
import { consentFor } from '../../auth/scopes';
import { ConsentError, NotFoundError, domainOf, isDomainError } from '../../domain';
import { getMailboxOwner } from './calendar';
import { toMailboxOwner } from './calendar.mappers';
import type { GraphContext } from './client';
import { deleteItem, deletePermission, invite, itemPath, putContent } from './drive';
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

  async revokeShare(fileItemId: string, permissionIds: readonly string[]): Promise<RevokeOutcome> {
    const base = await this.location.driveBase();
    for (const permissionId of permissionIds) {
      try {
        await graphCall(this.ctx, STORAGE, () => deletePermission(this.ctx, base, fileItemId, permissionId));
      } catch (e) {
        // Already gone (removed in SharePoint, or the file deleted): that is what revoking wants.
        if (e instanceof NotFoundError) continue;
        if (!isDomainError(e)) throw e;
        return { ok: false, code: e.code, message: e.message };
      }
    }
    return { ok: true };
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
