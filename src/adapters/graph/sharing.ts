import type { ShareOutcome, ShareRecipient, Sharing } from '../../app/ports';
import { consentFor } from '../../auth/scopes';
import { ConsentError, isDomainError } from '../../domain';
import type { GraphContext } from './client';
import { invite } from './drive';
import { graphCall } from './errors';
import { PlanLocation } from './planLocation';
import type { PlanLocationConfig } from './planLocation';
import type { SharePointPlanStore } from './sharePointPlanStore';

const STORAGE = consentFor('storage');

/**
 * Shares the plan's .docx with specific people through driveItem `invite`: read-only, sign-in required,
 * an invitation mail for each. There is deliberately no sharing-link code in this adapter.
 *
 * One invite per recipient: a multi-recipient invite can fail as a whole for one bad address, and its
 * answer does not say reliably which recipient failed; separate calls give each recipient its own result.
 */
export class GraphSharing implements Sharing {
  private readonly location: PlanLocation;

  constructor(private readonly ctx: GraphContext, config: PlanLocationConfig, private readonly store: SharePointPlanStore) {
    this.location = new PlanLocation(ctx, config);
  }

  publishDocument(planId: string, document: Blob): Promise<void> {
    return this.store.uploadDocument(planId, document);
  }

  async shareDocument(planId: string, recipients: ShareRecipient[], message: string): Promise<ShareOutcome[]> {
    // Defence in depth: the use case refuses these before any request; the adapter never sends them either.
    const path = await this.location.docxFile(planId);
    return Promise.all(recipients.map((r) => this.shareOne(path, r, message)));
  }

  private async shareOne(path: string, recipient: ShareRecipient, message: string): Promise<ShareOutcome> {
    if (!recipient.consentGiven) {
      const e = new ConsentError(recipient.id);
      return { recipientId: recipient.id, ok: false, code: e.code, message: e.message };
    }
    try {
      await graphCall(this.ctx, STORAGE, () => invite(this.ctx, path, {
        recipients: [{ email: recipient.email }], message, requireSignIn: true, sendInvitation: true, roles: ['read'],
      }));
      return { recipientId: recipient.id, ok: true };
    } catch (e) {
      if (!isDomainError(e)) throw e;
      return { recipientId: recipient.id, ok: false, code: e.code, message: e.message };
    }
  }
}
