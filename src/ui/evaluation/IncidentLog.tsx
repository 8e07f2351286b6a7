import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { allPeople, incidentsForEvaluation } from '../../domain';
import type { Evaluation, Plan } from '../../domain';
import { lifecycleMessages as lm } from '../../i18n/areas/lifecycle';
import { formatDate } from '../formatDate';
import { useLocale } from '../services';
import { useT } from '../useT';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  text: { whiteSpace: 'pre-wrap' },
});

/** The incidents logged since the last evaluation, to go through together at this one. */
export function IncidentLog({ plan, evaluation }: { plan: Plan; evaluation: Evaluation }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const incidents = incidentsForEvaluation(plan, evaluation);
  if (incidents.length === 0) return <p className={styles.muted}>{t(lm['incidents.none'])}</p>;
  const names = new Map(allPeople(plan).map((p) => [p.id, p.name]));
  const list = (ids: string[]) => ids.map((id) => names.get(id) ?? '').filter(Boolean).join(', ');
  return (
    // Scrolls sideways on a narrow screen: focusable and named, so a keyboard user can scroll it too.
    <div className={styles.wrap} tabIndex={0} role="region" aria-label={t(lm['incidents.scroll'])}>
      <Table aria-label={t(lm['incidents.table'])} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t(lm['incidents.date'])}</TableHeaderCell>
            <TableHeaderCell>{t(lm['incidents.what'])}</TableHeaderCell>
            <TableHeaderCell>{t(lm['incidents.relapse'])}</TableHeaderCell>
            <TableHeaderCell>{t(lm['incidents.actedBy'])}</TableHeaderCell>
            <TableHeaderCell>{t(lm['incidents.informed'])}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {incidents.map((incident) => (
            <TableRow key={incident.id}>
              <TableCell>{incident.date ? formatDate(incident.date, locale) : t(lm['incidents.undated'])}</TableCell>
              <TableCell className={styles.text}>{incident.what}</TableCell>
              <TableCell>{incident.relapse ? t(lm[`signal.relapse.${incident.relapse}`]) : ''}</TableCell>
              <TableCell>{list(incident.actedByIds)}</TableCell>
              <TableCell>{list(incident.informedIds)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
