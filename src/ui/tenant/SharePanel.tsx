import { useState } from 'react';
import { Button, Subtitle2, Text } from '@fluentui/react-components';
import type { Plan } from '../../domain';
import { errorMessages } from '../../i18n/areas/errors';
import { UNKNOWN_SCOPE } from '../../i18n';
import { refusalOf, sharePlan, toShareRecipients } from '../../app/sharing';
import type { ShareOutcome } from '../../app/ports';
import { graphMessages as m } from '../../i18n/areas/graph';
import { useLocale, useOrganisation, useServices } from '../services';
import { useT } from '../useT';
import { useErrorText } from './useErrorText';
import { usePanelStyles } from './panelStyles.styles';

/**
 * Section 8's copy recipients: who may get the document, who may not and why, and the result per
 * recipient after sharing. The refusal is shown here, but enforced in the sharePlan use case.
 */
export function SharePanel({ plan }: { plan: Plan }) {
  const t = useT();
  const locale = useLocale();
  const errorText = useErrorText();
  const styles = usePanelStyles();
  const { sharing, loadExports } = useServices();
  const organisation = useOrganisation();
  const [outcomes, setOutcomes] = useState<Map<string, ShareOutcome> | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!sharing) return null;

  const recipients = toShareRecipients(plan);
  const refusals = new Map(recipients.map((r) => [r.id, refusalOf(r)]));
  const allowed = recipients.filter((r) => !refusals.get(r.id));

  const share = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await sharePlan({ sharing, loadExports, organisation }, plan, locale);
      setOutcomes(new Map(result.map((o) => [o.recipientId, o])));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const reasonOf = (code: string) => {
    if (code === 'SHARE.NO_CONSENT') return t(m['share.refused']);
    if (code === 'SHARE.NO_EMAIL') return t(m['share.noEmail']);
    const known = errorMessages[`error.${code}` as keyof typeof errorMessages] ?? errorMessages['error.unknown'];
    return t(known, { scope: t(UNKNOWN_SCOPE), status: '' });
  };

  return (
    <section aria-label={t(m['share.title'])} className={styles.panel}>
      <Subtitle2 as="h3" className={styles.heading}>{t(m['share.title'])}</Subtitle2>
      <Text as="p" className={styles.text}>{t(m['share.intro'])}</Text>
      {recipients.length === 0 && <Text as="p" className={styles.text}>{t(m['share.none'])}</Text>}
      <ul aria-label={t(m['share.results'])} className={styles.list}>
        {recipients.map((r) => {
          const refusal = refusals.get(r.id);
          const outcome = outcomes?.get(r.id);
          const failedCode = outcome && 'code' in outcome ? outcome.code : null;
          return (
            <li key={r.id}>
              <Text>{t(m['share.recipient'], { name: r.name, email: r.email || '–' })}</Text>{' '}
              {refusal && !outcome && <Text role="note">{reasonOf(refusal.code)}</Text>}
              {outcome?.ok && <Text>{t(m['share.ok'])}</Text>}
              {failedCode !== null && <Text>{t(m['share.failed'], { reason: reasonOf(failedCode) })}</Text>}
            </li>
          );
        })}
      </ul>
      {error !== null && <Text as="p" role="alert" className={styles.text}>{errorText(error)}</Text>}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || allowed.length === 0} onClick={() => void share()}>
          {busy ? t(m['share.sending']) : t(m['share.send'], { count: allowed.length })}
        </Button>
      </div>
    </section>
  );
}
