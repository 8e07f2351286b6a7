import { useEffect, useRef, useState } from 'react';
import { Button, Subtitle2, Text } from '@fluentui/react-components';
import { activeShares, allPeople, pendingRevocations } from '../../domain';
import type { Plan } from '../../domain';
import { planCopies, revokePending, shareCopies, withdrawConsentAndRevoke } from '../../app/sharing';
import type { PlannedCopy, RevokeResult } from '../../app/sharing';
import type { ShareOutcome } from '../../app/ports';
import { copyMessages as c } from '../../i18n/areas/copies';
import { graphMessages as m } from '../../i18n/areas/graph';
import { formatDate } from '../formatDate';
import { useLocale, useOrganisation, useServices } from '../services';
import { useT } from '../useT';
import { useErrorText } from './useErrorText';
import { usePanelStyles } from './panelStyles.styles';
import { ShareConfirmDialog } from './ShareConfirmDialog';
import { REVOKE_REASONS, revokeFailureText, useRefusalText } from './shareTexts';

/**
 * Section 8's copies in tenant mode: per recipient what they get and whether they may get it; a confirmation before
 * anything is sent; consent withdrawn with its access taken away; and access that must go (a recipient removed, an
 * address changed) taken away as soon as the plan shows it, with a retry when that fails. The rules are in the
 * domain (copies.ts) and the use cases (app/sharing.ts); this panel shows them.
 */
export function SharePanel({ plan, onPlanChange }: { plan: Plan; onPlanChange: (plan: Plan) => void }) {
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
  const revocation = useRevocation(plan, onPlanChange);
  if (!sharing) return null;

  const planned = planCopies(plan, locale, []);
  /** After a withdrawal the last share's "Gedeeld" no longer describes the recipient: the withdrawal line does. */
  const withdraw = async (recipientId: string) => {
    await revocation.withdraw(recipientId);
    setOutcomes((current) => (current ? new Map([...current].filter(([id]) => id !== recipientId)) : current));
  };
  const allowed = planned.filter((p) => p.refusal === null);

  // Failed requests (not refusals) can be tried again for those recipients only: the others already have their copy.
  const failedIds = [...(outcomes?.values() ?? [])].filter((o) => !o.ok && !o.code.startsWith('SHARE.')).map((o) => o.recipientId)
    .filter((id) => allowed.some((p) => p.recipient.id === id));

  const openConfirmation = async (ids?: string[]) => {
    setError(null);
    // Unknown domains only weaken the "outside" mark (the dialog says so); they never block the confirmation.
    const domains = await sharing.organisationDomains().catch(() => []);
    setConfirming({ planned: planCopies(plan, locale, domains, ids), ids });
  };

  const share = async () => {
    const ids = confirming?.ids;
    setConfirming(null);
    setBusy(true);
    try {
      const result = await shareCopies({ sharing, loadExports, clock }, plan, locale, ids, { organisation });
      onPlanChange(result.plan);
      setOutcomes((current) => new Map([...(ids ? current ?? [] : []), ...result.outcomes.map((o) => [o.recipientId, o] as const)]));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
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
                  <Button size="small" disabled={busy || revocation.busy} onClick={() => void withdraw(p.recipient.id)}>
                    {t(c['share.withdraw'])}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
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
    </section>
  );
}

interface Revocation {
  busy: boolean;
  /** The last attempt's failures (empty after a success); null before any attempt. */
  failures: RevokeResult[] | null;
  run: () => Promise<void>;
  withdraw: (recipientId: string) => Promise<void>;
}

/**
 * Takes away access that must go. It runs by itself once for each new set of pending shares (a recipient removed in
 * the editor, consent unticked, an address changed), and again whenever the user asks (the retry).
 */
function useRevocation(plan: Plan, onPlanChange: (plan: Plan) => void): Revocation {
  const { sharing, clock } = useServices();
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState<RevokeResult[] | null>(null);
  const tried = useRef<string>('');
  const latest = useRef(plan);
  latest.current = plan;
  const pendingKey = pendingRevocations(plan).map((p) => p.share.id).join(',');

  const apply = async (start: (p: Plan) => Promise<{ plan: Plan; results: RevokeResult[] }>) => {
    setBusy(true);
    try {
      const result = await start(latest.current);
      setFailures(result.results.filter((r) => !r.ok));
      if (result.plan !== latest.current) onPlanChange(result.plan);
    } catch {
      setFailures([{ shareId: '', recipientId: '', reason: 'consentWithdrawn', ok: false, code: null }]);
    } finally {
      setBusy(false);
    }
  };
  const run = () => apply((p) => (sharing ? revokePending({ sharing, clock }, p) : Promise.resolve({ plan: p, results: [] })));
  const withdraw = (recipientId: string) => apply((p) => withdrawConsentAndRevoke({ sharing, clock }, p, recipientId));

  useEffect(() => {
    if (!sharing || pendingKey === '' || busy || tried.current === pendingKey) return;
    tried.current = pendingKey;
    void run();
    // run reads the latest plan through a ref; the key is what decides a new attempt.
  }, [pendingKey, sharing, busy]);

  return { busy, failures, run, withdraw };
}

function PendingRevocations({ plan, revocation }: { plan: Plan; revocation: Revocation }) {
  const t = useT();
  const locale = useLocale();
  const styles = usePanelStyles();
  const pending = pendingRevocations(plan);
  const failed = revocation.failures !== null && revocation.failures.length > 0;
  const done = revocation.failures !== null && revocation.failures.length === 0 && pending.length === 0;
  if (pending.length === 0 && !done) return null;
  const names = new Map(allPeople(plan).map((p) => [p.id, p.name]));
  const who = (recipientId: string, email: string) => plan.copyRecipients.find((r) => r.id === recipientId)?.name
    ?? names.get(recipientId) ?? t(c['revoke.removedRecipient'], { email });
  return (
    <section aria-label={t(c['revoke.title'])} className={styles.panel}>
      {pending.length > 0 && (
        <>
          <Text as="p" className={styles.text}>{t(c['revoke.pending'])}</Text>
          <ul className={styles.list}>
            {pending.map(({ share, reason }) => (
              <li key={share.id}>
                {t(c['revoke.item'], { who: who(share.recipientId, share.email), date: formatDate(share.sharedOn, locale), reason: t(REVOKE_REASONS[reason]) })}
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
          <Button disabled={revocation.busy} onClick={() => void revocation.run()}>{failed ? t(c['revoke.retry']) : t(c['revoke.run'])}</Button>
        </div>
      )}
    </section>
  );
}
