import { memo } from 'react';
import { Button, mergeClasses } from '@fluentui/react-components';
import type { CaseloadRow } from '../../app/ports';
import { nextEvaluationOf } from '../../domain/caseload';
import type { IndexedRow } from '../../domain/caseload';
import { caseloadMessages as m } from '../../i18n/areas/caseload';
import { planListMessages as p } from '../../i18n/areas/planList';
import { useLocale } from '../services';
import { useT } from '../useT';
import { formatDate } from '../formatDate';
import { dueText, isUrgent, roleText } from './dueText';
import { useCaseloadStyles } from './caseloadStyles';

/**
 * One plan: who (family, children), where it stands (status, crisis, adjustment), what is due next, my role; links to the plan.
 * Plain elements with Fluent's tokens rather than Badge and Link components: a keystroke can bring a page of new rows,
 * and each row then mounts only a few elements.
 */
const CaseloadItem = memo(function CaseloadItem({ entry }: { entry: IndexedRow<CaseloadRow> }) {
  const t = useT();
  const locale = useLocale();
  const styles = useCaseloadStyles();
  const { row, roles, due, revisionsWaiting } = entry;
  const family = row.familyName.trim() || t(m['caseload.unnamed']);
  const headingId = `caseload-row-${row.id}`;
  return (
    <li className={styles.row} data-plan-id={row.id}>
      <div className={styles.rowMain}>
        <h2 className={styles.family} id={headingId}>
          <a className={styles.link} href={row.href} aria-label={t(m['caseload.row.open'], { family })}>{family}</a>
        </h2>
        {row.childFirstNames.length > 0
          ? <p className={styles.meta}>{t(m['caseload.row.children'], { names: row.childFirstNames.join(', ') })}</p>
          : null}
        <div className={styles.badges}>
          <span className={styles.pill}>{t(p[`status.${row.status}`])}</span>
          {row.variant === 'crisis' ? <span className={mergeClasses(styles.pill, styles.pillDanger)}>{t(m['caseload.row.crisis'])}</span> : null}
          {row.revisionOf !== null ? <span className={styles.pill}>{t(m['caseload.row.revisionOf'])}</span> : null}
          {revisionsWaiting > 0 ? <span className={mergeClasses(styles.pill, styles.pillWarning)}>{t(m['caseload.row.revisions'])}</span> : null}
          {row.caseLabel ? <span className={styles.meta}>{t(m['caseload.row.case'], { label: row.caseLabel })}</span> : null}
        </div>
      </div>
      <div className={styles.side}>
        <p className={styles.due} data-due={due.kind} data-urgent={isUrgent(due) ? 'true' : undefined}>
          {t(m['caseload.row.next'], { what: dueText(due, locale) })}
        </p>
        <p className={styles.meta}>
          <span>{t(m['caseload.row.evaluation'], { date: formatDate(nextEvaluationOf(row), locale) })}</span>
          <span>{t(m['caseload.row.changed'], { date: formatDate(row.savedAt.slice(0, 10), locale) })}</span>
        </p>
        {roles.length > 0 ? <p className={styles.meta}>{t(m['caseload.roles'], { roles: roles.map((r) => roleText(r, locale)).join(', ') })}</p> : null}
      </div>
    </li>
  );
});

export interface CaseloadListProps {
  shown: IndexedRow<CaseloadRow>[];
  total: number;
  stale: boolean;
  onMore: () => void;
}

/** The matching plans, a page at a time ("Meer tonen" adds the next page). */
export function CaseloadList({ shown, total, stale, onMore }: CaseloadListProps) {
  const t = useT();
  const styles = useCaseloadStyles();
  if (total === 0) return <p>{t(m['caseload.none'])}</p>;
  return (
    <>
      <ul className={mergeClasses(styles.list, stale && styles.stale)} aria-label={t(m['caseload.results'])} aria-busy={stale}>
        {shown.map((entry) => <CaseloadItem key={entry.row.id} entry={entry} />)}
      </ul>
      {shown.length < total
        ? <div><Button onClick={onMore}>{t(m['caseload.more'], { n: total - shown.length })}</Button></div>
        : null}
    </>
  );
}
