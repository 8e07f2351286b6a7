import { useCallback } from 'react';
import type { RevokeReason } from '../../domain';
import { errorMessages } from '../../i18n/areas/errors';
import { copyMessages as c } from '../../i18n/areas/copies';
import { graphMessages as m } from '../../i18n/areas/graph';
import { revocationMessages as rm } from '../../i18n/areas/revocation';
import { UNKNOWN_SCOPE } from '../../i18n';
import type { Bilingual } from '../../i18n';
import { useT } from '../useT';

/** Why a copy is not sent, per code of the sharing use case (src/app/sharing.ts) or of a failed request. */
const REFUSALS: Readonly<Record<string, Bilingual>> = {
  'SHARE.NO_CONSENT': m['share.refused'],
  'SHARE.NO_EMAIL': m['share.noEmail'],
  'SHARE.CHOICE_OVERVIEW': c['copies.problem.overview'],
  'SHARE.CHOICE_CHILD': c['copies.problem.child'],
  'SHARE.CHOICE_SECTIONS': c['copies.problem.sections'],
  'SHARE.UNEXPECTED': rm['share.unexpected'],
};

export function useRefusalText(): (code: string) => string {
  const t = useT();
  return useCallback((code: string) => {
    const refusal = REFUSALS[code];
    if (refusal) return t(refusal);
    const known = errorMessages[`error.${code}` as keyof typeof errorMessages] ?? errorMessages['error.unknown'];
    return t(known, { scope: t(UNKNOWN_SCOPE), status: '' });
  }, [t]);
}

/** A failed revocation in plain words: no rights (403), busy (429), SharePoint down (5xx), offline, or else. */
export function revokeFailureText(code: string | null): Bilingual {
  if (code === null) return c['revoke.reason.other'];
  if (code === 'GRAPH.PERMISSION' || code === 'GRAPH.UNAUTHENTICATED' || code.startsWith('AUTH.')) return c['revoke.reason.403'];
  if (code === 'GRAPH.THROTTLED') return c['revoke.reason.429'];
  if (code === 'GRAPH.SERVER') return c['revoke.reason.server'];
  if (code === 'NETWORK.OFFLINE') return c['revoke.reason.offline'];
  return c['revoke.reason.other'];
}

export const REVOKE_REASONS: Readonly<Record<RevokeReason, Bilingual>> = {
  consentWithdrawn: c['revoke.reason.consentWithdrawn'],
  recipientRemoved: c['revoke.reason.recipientRemoved'],
  addressChanged: c['revoke.reason.addressChanged'],
};
