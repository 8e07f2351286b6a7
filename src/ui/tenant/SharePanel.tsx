import { useEffect, useRef, useState } from 'react';
import { Button, Subtitle2, Text } from '@fluentui/react-components';
import { activeShares, allPeople, copyChoiceLabel, isoDay, pendingRevocations, recordShares, resolveCopy, withdrawConsent } from '../../domain';
import type { CopyShare, Plan, RevokeReason } from '../../domain';
import { findLegacyShares, isLegacyShare, planCopies, revokePending, shareCopies, withRevocations } from '../../app/sharing';
import type { PlannedCopy, RevokeResult } from '../../app/sharing';
import type { ShareOutcome } from '../../app/ports';
import { copyMessages as c } from '../../i18n/areas/copies';
import { graphMessages as m } from '../../i18n/areas/graph';
import { revocationMessages as rm } from '../../i18n/areas/revocation';
import { formatDate } from '../formatDate';
import { useLocale, useOrganisation, useServices } from '../services';
import { useT } from '../useT';
import { useErrorText } from './useErrorText';
import { usePanelStyles } from './panelStyles.styles';
import { RevokeConfirmDialog } from './RevokeConfirmDialog';
import type { RevokeItem, RevokeRequest } from './RevokeConfirmDialog';
import { ShareConfirmDialog } from './ShareConfirmDialog';
import { REVOKE_REASONS, revokeFailureText, useRefusalText } from './shareTexts';

export interface SharePanelProps {
  plan: Plan;
  onPlanChange: (plan: Plan) => void;
  /** Saves the plan now (the editor's settle); each share is saved the moment it is made. */
  onSaveNow?: () => Promise<unknown>;
}

/**
 * The plan as the editor holds it now, for results that arrive after a network round trip: they are applied to this
 * plan, never to the plan of the click, so edits made meanwhile stay. A change made here counts at once, before React
 * renders it.
 */
function useNewestPlan(plan: Plan, onPlanChange: (plan: Plan) => void) {
  const latest = useRef(plan);
  const rendered = useRef(plan);
  // A new plan from the editor (typing, a reload) replaces what this panel last set; the same one keeps it.
  if (rendered.current !== plan) {
    rendered.current = plan;
    latest.current = plan;
  }
  return {
    newest: () => latest.current,
    change: (update: (newest: Plan) => Plan) => {
      const next = update(latest.current);
      if (next === latest.current) return;
      latest.current = next;
      onPlanChange(next);
    },
  };
}

/**
 * Section 8's copies in tenant mode: per recipient what they get and whether they may get it; a confirmation before
 * anything is sent; each share recorded (and saved) the moment it is made; consent withdrawn with its access taken
 * away; and access that must go (a recipient removed, an address changed) listed, to be taken away after a
 * confirmation that names each copy and recipient: nothing is revoked without it. The rules are in the domain
 * (copies.ts) and the use cases (app/sharing.ts); this panel shows them.
 */
export function SharePanel({ plan, onPlanChange, onSaveNow }: SharePanelProps) {
  const t = useT();
  const locale = useLocale();
  const errorText = useErrorText();
  const refusalText = useRefusalText();
  const styles = usePanelStyles();
  const { sharing, loadExports, clock } = useServices();
  const organisation = useOrganisation();
  const [outcomes, setOutcomes] = useState<Map<string, ShareOutcome> | null>(null);
  /** The confirmation on screen: what it lists, and the recipients it is for (all when undefined; the failed ones on a retry). */
  const [confirming, setConfirming] = useState<{ planned: PlannedCopy[]; ids: string[] | undefined } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const plans = useNewestPlan(plan, onPlanChange);
  const revocation = useRevocation(plans, onSaveNow);
  useLegacyShares(plan.id, plans, onSaveNow);
  if (!sharing) return null;

  const planned = planCopies(plan, locale, []);
  const allowed = planned.filter((p) => p.refusal === null);

  // Failed requests (not refusals) can be tried again for those recipients only: the others already have their copy.
  const failedIds = [...(outcomes?.values() ?? [])].filter((o) => !o.ok && (!o.code.startsWith('SHARE.') || o.code === 'SHARE.UNEXPECTED'))
    .map((o) => o.recipientId).filter((id) => allowed.some((p) => p.recipient.id === id));
  const failedNames = failedIds.map((id) => plan.copyRecipients.find((r) => r.id === id)?.name || id);

  const openConfirmation = async (ids?: string[]) => {
    setError(null);
    // Unknown domains only weaken the "outside" mark (the dialog says so); they never block the confirmation.
    const domains = await sharing.organisationDomains().catch(() => []);
    setConfirming({ planned: planCopies(plans.newest(), locale, domains, ids), ids });
  };

  // Each share goes into the newest plan and is saved before the next invite goes out.
  const record = async (share: CopyShare) => {
    plans.change((newest) => recordShares(newest, [share]));
    await onSaveNow?.();
  };

  const share = async () => {
    const ids = confirming?.ids;
    setConfirming(null);
    setBusy(true);
    try {
      const result = await shareCopies({ sharing, loadExports, clock, onShared: record }, plans.newest(), locale, ids, { organisation });
      setOutcomes((current) => new Map([...(ids ? current ?? [] : []), ...result.outcomes.map((o) => [o.recipientId, o] as const)]));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  /** After a withdrawal the last share's "Gedeeld" no longer describes the recipient: the withdrawal line does. */
  const withdrawn = (recipientId: string) => {
    setOutcomes((current) => (current ? new Map([...current].filter(([id]) => id !== recipientId)) : current));
  };

  return (
    <section aria-label={t(m['share.title'])} className={styles.panel}>
      <Subtitle2 as="h3" className={styles.heading}>{t(m['share.title'])}</Subtitle2>
      <Text as="p" className={styles.text}>{t(m['share.intro'])}</Text>
      {planned.length === 0 && <Text as="p" className={styles.text}>{t(m['share.none'])}</Text>}
      <ul aria-label={t(m['share.results'])} className={styles.list}>
        {planned.map((p) => {
          const recipient = plan.copyRecipients.find((r) => r.id === p.recipient.id)!;
          const outcome = outcomes?.get(p.recipient.id);
          const failedCode = outcome && 'code' in outcome ? outcome.code : null;
          const active = activeShares(plan, p.recipient.id).length;
          return (
            <li key={p.recipient.id}>
              <Text>{t(m['share.recipient'], { name: p.recipient.name, email: p.recipient.email || '–' })}</Text>{' '}
              <Text>{t(c['share.gets'], { what: p.label })}</Text>{' '}
              {p.refusal && !outcome && <Text role="note">{refusalText(p.refusal.code)}</Text>}
              {outcome?.ok && <Text>{t(m['share.ok'])}</Text>}
              {failedCode !== null && <Text>{t(m['share.failed'], { reason: refusalText(failedCode) })}</Text>}
              {active > 0 && <Text as="p" className={styles.text}>{t(c['share.active'], { count: active })}</Text>}
              {!recipient.consentGiven && recipient.consentWithdrawnOn && (
                <Text as="p" className={styles.text}>{t(c['share.withdrawnOn'], { date: formatDate(recipient.consentWithdrawnOn, locale) })}</Text>
              )}
              {recipient.consentGiven && (
                <div className={styles.row}>
                  <Button size="small" disabled={busy || revocation.busy} onClick={() => revocation.askWithdraw(p.recipient.id)}>
                    {t(c['share.withdraw'])}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {!busy && failedNames.length > 0 && <Text as="p" role="alert" className={styles.text}>{t(rm['share.partial'], { names: failedNames.join(', ') })}</Text>}
      <PendingRevocations plan={plan} revocation={revocation} />
      {error !== null && <Text as="p" role="alert" className={styles.text}>{errorText(error)}</Text>}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || allowed.length === 0} onClick={() => void openConfirmation()}>
          {busy ? t(m['share.sending']) : t(m['share.send'], { count: allowed.length })}
        </Button>
        {!busy && failedIds.length > 0 && (
          <Button onClick={() => void openConfirmation(failedIds)}>{t(c['share.retry'], { count: failedIds.length })}</Button>
        )}
      </div>
      <ShareConfirmDialog open={confirming !== null} planned={confirming?.planned ?? []} onConfirm={() => void share()} onCancel={() => setConfirming(null)} />
      <RevokeConfirmDialog request={revocation.asking} onCancel={revocation.cancel}
        onConfirm={() => void revocation.confirm().then((recipientId) => { if (recipientId) withdrawn(recipientId); })} />
    </section>
  );
}

/**
 * Copies shared before schema 4 (one plan file for everyone, no record in the plan): once per opening of the panel
 * their invitations are read from that file and recorded as shares of the recipients with those addresses, so that
 * withdrawing consent or removing a recipient takes that access away too instead of reporting success while it
 * stays. Recording is not revoking: what must go is listed and asked about like any share. A failed look-up records
 * nothing; the next opening tries again.
 */
function useLegacyShares(planId: string, plans: ReturnType<typeof useNewestPlan>, onSaveNow?: () => Promise<unknown>): void {
  const { sharing, clock } = useServices();
  const change = useRef(plans.change);
  change.current = plans.change;
  const newest = useRef(plans.newest);
  newest.current = plans.newest;
  useEffect(() => {
    if (!sharing) return undefined;
    let gone = false;
    void findLegacyShares({ sharing, clock }, newest.current()).then((found) => {
      if (gone || found.length === 0) return;
      // Against the newest plan: the shares it holds by now are not recorded twice.
      change.current((plan) => recordShares(plan, found.filter((s) => !plan.copyShares.some((k) => k.permissionIds.some((id) => s.permissionIds.includes(id)) && k.revokedOn === null))));
      void onSaveNow?.();
    }).catch(() => undefined);
    return () => { gone = true; };
    // Once per plan and panel: the plans and save helpers are read through refs.
  }, [planId, sharing, clock]);
}

interface Revocation {
  busy: boolean;
  /** The last attempt's failures (empty after a success); null before any attempt. */
  failures: RevokeResult[] | null;
  /** The question on screen, or null. */
  asking: RevokeRequest | null;
  /** Asks to take away what is pending now (all of it, as listed). */
  askPending: () => void;
  /** Asks to withdraw a recipient's consent, listing the copies whose access goes with it. */
  askWithdraw: (recipientId: string) => void;
  cancel: () => void;
  /** Does what was asked; resolves with the recipient whose consent was withdrawn, if that was the question. */
  confirm: () => Promise<string | null>;
}

/** Who a share is for, in words: the recipient's name, a person of the plan, or "removed recipient (address)". */
function useShareWho(): (plan: Plan, share: CopyShare) => string {
  const t = useT();
  return (plan, share) => {
    const names = new Map(allPeople(plan).map((p) => [p.id, p.name]));
    return plan.copyRecipients.find((r) => r.id === share.recipientId)?.name
      || names.get(share.recipientId) || t(c['revoke.removedRecipient'], { email: share.email });
  };
}

/** The confirmation's lines for shares about to be revoked. */
function useRevokeItems(): (plan: Plan, shares: ReadonlyArray<{ share: CopyShare; reason: RevokeReason }>) => RevokeItem[] {
  const locale = useLocale();
  const who = useShareWho();
  return (plan, shares) => {
    const names = new Map(allPeople(plan).map((p) => [p.id, p.name.trim()]));
    const personName = (id: string) => names.get(id) || undefined;
    return shares.map(({ share, reason }) => {
      // "Their own overview" names its person as the share did: the one with the address it went to.
      const resolved = resolveCopy(plan, { name: who(plan, share), email: share.email, receives: share.what });
      return {
        share, reason, who: who(plan, share), legacy: isLegacyShare(share),
        what: copyChoiceLabel(resolved.ok ? resolved.copy : share.what, locale, personName),
      };
    });
  };
}

/**
 * Takes away access that must go, always after the user confirmed what will go (which copy, whose): a recipient
 * removed in the editor, consent unticked or an address changed only lists the shares; "Toestemming intrekken" asks
 * first too. The results are applied to the newest plan, so edits made while the requests ran stay.
 */
function useRevocation(plans: ReturnType<typeof useNewestPlan>, onSaveNow?: () => Promise<unknown>): Revocation {
  const { sharing, clock } = useServices();
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState<RevokeResult[] | null>(null);
  const [asking, setAsking] = useState<RevokeRequest | null>(null);
  const items = useRevokeItems();

  const revoke = async (shareIds: readonly string[]) => {
    // Nothing recorded gives access (a withdrawal without shares): nothing is revoked, so nothing is said to be.
    if (!sharing || shareIds.length === 0) return;
    setBusy(true);
    try {
      const { results } = await revokePending({ sharing, clock }, plans.newest(), shareIds);
      setFailures(results.filter((r) => !r.ok));
      plans.change((newest) => withRevocations(newest, results, clock));
      await onSaveNow?.();
    } catch {
      setFailures([{ shareId: '', recipientId: '', reason: 'consentWithdrawn', ok: false, code: null }]);
    } finally {
      setBusy(false);
    }
  };

  const askPending = () => {
    const plan = plans.newest();
    setAsking({ kind: 'pending', items: items(plan, pendingRevocations(plan)) });
  };
  const askWithdraw = (recipientId: string) => {
    const plan = plans.newest();
    const recipient = plan.copyRecipients.find((r) => r.id === recipientId);
    if (!recipient) return;
    const shares = activeShares(plan, recipientId).map((share) => ({ share, reason: 'consentWithdrawn' as const }));
    setAsking({ kind: 'withdraw', recipientId, name: recipient.name || recipient.email, items: items(plan, shares) });
  };
  const confirm = async (): Promise<string | null> => {
    const request = asking;
    setAsking(null);
    if (!request) return null;
    const shareIds = request.items.map((i) => i.share.id);
    if (request.kind === 'withdraw') {
      plans.change((newest) => withdrawConsent(newest, request.recipientId, isoDay(clock.now())));
    }
    await revoke(shareIds);
    return request.kind === 'withdraw' ? request.recipientId : null;
  };

  return { busy, failures, asking, askPending, askWithdraw, cancel: () => setAsking(null), confirm };
}

function PendingRevocations({ plan, revocation }: { plan: Plan; revocation: Revocation }) {
  const t = useT();
  const locale = useLocale();
  const styles = usePanelStyles();
  const who = useShareWho();
  const pending = pendingRevocations(plan);
  const failed = revocation.failures !== null && revocation.failures.length > 0;
  const done = revocation.failures !== null && revocation.failures.length === 0 && pending.length === 0;
  if (pending.length === 0 && !done) return null;
  return (
    <section aria-label={t(c['revoke.title'])} className={styles.panel}>
      {pending.length > 0 && (
        <>
          <Text as="p" className={styles.text}>{t(c['revoke.pending'])}</Text>
          <ul className={styles.list}>
            {pending.map(({ share, reason }) => (
              <li key={share.id}>
                {t(c['revoke.item'], { who: who(plan, share), date: formatDate(share.sharedOn, locale), reason: t(REVOKE_REASONS[reason]) })}
              </li>
            ))}
          </ul>
        </>
      )}
      <div role="status">
        {revocation.busy && t(c['revoke.busy'])}
        {!revocation.busy && done && t(c['revoke.done'])}
      </div>
      <Text as="p" className={styles.text}>{t(c['revoke.cannotRecall'])}</Text>
      {!revocation.busy && failed && (
        <Text as="p" role="alert" className={styles.text}>
          {t(c['revoke.failed'], { count: revocation.failures!.length, reason: t(revokeFailureText(revocation.failures![0]!.code)) })}
        </Text>
      )}
      {pending.length > 0 && (
        <div className={styles.row}>
          <Button disabled={revocation.busy} onClick={revocation.askPending}>{failed ? t(c['revoke.retry']) : t(c['revoke.run'])}</Button>
        </div>
      )}
    </section>
  );
}
