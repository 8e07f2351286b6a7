import type { CopyShareOutcome, LegacyGrant, PlanExports, RevokeOutcome, ShareRecipient, Sharing } from '../../src/app/ports';

/** File exports that make no documents: each answers a small Blob saying which one was asked for. */
export function fakeExports(ics = ''): PlanExports & { made: string[] } {
  const made: string[] = [];
  const doc = (what: string) => { made.push(what); return Promise.resolve(new Blob([what])); };
  return {
    made,
    toDocx: () => doc('plan'),
    overviewToDocx: (_plan, personId) => doc(`overview:${personId}`),
    childBookToDocx: (_plan, childId, _locale, size) => doc(`childBook:${childId}:${size}`),
    sectionsToDocx: (_plan, sections) => doc(`sections:${sections.join(',')}`),
    toIcs: async () => ics,
  };
}

/**
 * The Sharing port as Microsoft 365 behaves for it (tests/fakes/graph/drive.ts has the HTTP-level fake): each copy a
 * file with its own item id, one permission per invite; revoking removes them, and a permission already gone counts
 * as revoked. `fail` makes chosen calls fail with a code.
 */
export function fakeSharing(options: { domains?: string[]; failShare?: Record<string, string>; failRevoke?: string | null; legacy?: LegacyGrant[] } = {}) {
  const permissions = new Map<string, string>();
  const shared: Array<{ recipientId: string; fileName: string; size: number; document: Blob }> = [];
  const revoked: string[] = [];
  let sequence = 0;
  let failRevoke = options.failRevoke ?? null;
  const sharing: Sharing = {
    async shareCopy(_planId: string, fileName: string, recipient: ShareRecipient, document: Blob): Promise<CopyShareOutcome> {
      const code = options.failShare?.[recipient.id];
      if (code) return { recipientId: recipient.id, ok: false, code, message: 'failed' };
      sequence += 1;
      shared.push({ recipientId: recipient.id, fileName, size: document.size, document });
      permissions.set(`perm-${sequence}`, recipient.email);
      return { recipientId: recipient.id, ok: true, fileItemId: `item-${sequence}`, permissionIds: [`perm-${sequence}`] };
    },
    async revokeShare(_planId: string, _fileItemId: string, permissionIds: readonly string[]): Promise<RevokeOutcome> {
      if (failRevoke) return { ok: false, code: failRevoke, message: 'failed' };
      for (const id of permissionIds) {
        permissions.delete(id);
        revoked.push(id);
      }
      return { ok: true };
    },
    legacyGrants: async () => (options.legacy ?? []).filter((g) => !revoked.includes(g.permissionId)),
    organisationDomains: async () => options.domains ?? [],
  };
  return { sharing, shared, revoked, permissions, setRevokeFailure: (code: string | null) => { failRevoke = code; } };
}
