import { Text } from '@fluentui/react-components';
import { bottomLinesBesideConditions } from '../../domain';
import type { Plan } from '../../domain';
import { crisisMessages as m } from '../../i18n/areas/crisis';
import { formatDate } from '../formatDate';
import { useLocale } from '../services';
import { useT } from '../useT';
import { usePanelStyles } from './styles';

/** Section 3 of a crisis plan: the bottom lines agreed at the referral, shown beside the conditions (seed 002). */
export function BottomLinesBeside({ plan }: { plan: Plan }) {
  const t = useT();
  const locale = useLocale();
  const styles = usePanelStyles();
  const lines = bottomLinesBesideConditions(plan);
  if (lines.length === 0) return null;
  const date = plan.referralDate ? formatDate(plan.referralDate, locale) : t(m['bottomLines.noDate']);
  return (
    <section className={styles.box} aria-labelledby="bottom-lines-beside">
      <h3 id="bottom-lines-beside" className={styles.heading}>{t(m['bottomLines.heading'])}</h3>
      <Text as="p" className={styles.hint}>{t(m['bottomLines.intro'], { date })}</Text>
      <ul className={styles.list}>
        {lines.map((line) => (
          <li key={line.id}>
            <p className={styles.words}>{line.requirement}</p>
            {line.actionWhen.trim() && <p className={styles.hint}>{t(m['bottomLines.actionWhen'], { text: line.actionWhen })}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
