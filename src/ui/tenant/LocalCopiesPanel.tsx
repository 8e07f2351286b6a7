import { useState } from 'react';
import { Button, Subtitle2, Text } from '@fluentui/react-components';
import type { Plan } from '../../domain';
import { planCopies, withdrawConsentAndRevoke } from '../../app/sharing';
import { copyMessages as c } from '../../i18n/areas/copies';
import { tenantMessages as tm } from '../../i18n/areas/tenant';
import { formatDate } from '../formatDate';
import { useLocale, useServices } from '../services';
import { useT } from '../useT';
import { usePanelStyles } from './panelStyles.styles';

/**
 * Local mode, section 8: the app shares nothing itself; the user hands each recipient their own copy (Export, "Kopie
 * voor een ontvanger"). Consent can still be withdrawn: the plan records it, and says plainly that copies already
 * handed over cannot be taken back.
 */
export function LocalCopiesPanel({ plan, onPlanChange }: { plan: Plan; onPlanChange: (plan: Plan) => void }) {
  const t = useT();
  const locale = useLocale();
  const styles = usePanelStyles();
  const { clock } = useServices();
  const [withdrawn, setWithdrawn] = useState(false);
  const planned = planCopies(plan, locale, []);
  const withdraw = async (recipientId: string) => {
    const result = await withdrawConsentAndRevoke({ sharing: null, clock }, plan, recipientId);
    onPlanChange(result.plan);
    setWithdrawn(true);
  };
  return (
    <section aria-label={t(c['local.title'])} className={styles.panel}>
      <Subtitle2 as="h3" className={styles.heading}>{t(c['local.title'])}</Subtitle2>
      <Text as="p" className={styles.text}>{t(tm['local.share.hint'])}</Text>
      {planned.length > 0 && (
        <ul className={styles.list}>
          {planned.map((p) => {
            const recipient = plan.copyRecipients.find((r) => r.id === p.recipient.id)!;
            return (
              <li key={p.recipient.id}>
                <Text>{p.recipient.name || p.recipient.email}</Text>{' '}
                <Text>{t(c['share.gets'], { what: p.label })}</Text>
                {!recipient.consentGiven && recipient.consentWithdrawnOn && (
                  <Text as="p" className={styles.text}>{t(c['share.withdrawnOn'], { date: formatDate(recipient.consentWithdrawnOn, locale) })}</Text>
                )}
                {recipient.consentGiven && (
                  <div className={styles.row}>
                    <Button size="small" onClick={() => void withdraw(p.recipient.id)}>{t(c['share.withdraw'])}</Button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div role="status">{withdrawn && t(c['local.withdrawn'])}</div>
    </section>
  );
}
