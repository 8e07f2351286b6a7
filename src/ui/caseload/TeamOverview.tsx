import { useEffect, useMemo, useState } from 'react';
import { Link } from '@fluentui/react-components';
import type { CaseloadRow, CaseloadSource, TeamPlanFacts } from '../../app/ports';
import { DUE_BUCKETS, teamOverview } from '../../domain/caseload';
import type { PlanStatus } from '../../domain';
import { caseloadMessages as m } from '../../i18n/areas/caseload';
import { planListMessages as p } from '../../i18n/areas/planList';
import { useT } from '../useT';
import { useCaseloadStyles } from './caseloadStyles';

const STATUSES: readonly PlanStatus[] = ['draft', 'active', 'evaluated', 'closed'];

export interface TeamOverviewProps {
  source: CaseloadSource;
  /** The lead's own caseload: the only plans the overview may name. */
  own: readonly CaseloadRow[];
  today: Date;
}

/** A team lead's overview: counts per status and per due date over the team's plans; names only of the lead's own cases. */
export function TeamOverview({ source, own, today }: TeamOverviewProps) {
  const t = useT();
  const styles = useCaseloadStyles();
  const [facts, setFacts] = useState<TeamPlanFacts[] | null | 'failed'>(null);
  useEffect(() => {
    let current = true;
    source.listTeamPlans().then((f) => { if (current) setFacts(f); }, () => { if (current) setFacts('failed'); });
    return () => { current = false; };
  }, [source]);
  const overview = useMemo(() => (Array.isArray(facts) ? teamOverview(facts, own, today) : null), [facts, own, today]);
  const hrefs = useMemo(() => new Map(own.map((r) => [r.id, r.href])), [own]);
  if (facts === 'failed') return <section className={styles.team} aria-labelledby="team-heading"><h2 id="team-heading" className={styles.subheading}>{t(m['caseload.team.heading'])}</h2><p role="alert">{t(m['caseload.error'])}</p></section>;
  return (
    <section className={styles.team} aria-labelledby="team-heading" aria-busy={overview === null}>
      <h2 id="team-heading" className={styles.subheading}>{t(m['caseload.team.heading'])}</h2>
      <p className={styles.intro}>{t(m['caseload.team.intro'])}</p>
      {overview === null ? <p role="status">{t(m['caseload.loading'])}</p> : (
        <>
          <div className={styles.teamTables}>
            <table className={styles.table}>
              <caption className={styles.legend}>{t(m['caseload.team.byStatus'])}</caption>
              <thead><tr><th scope="col" className={styles.cell}>{t(m['caseload.filter.status'])}</th><th scope="col" className={styles.cell}>{t(m['caseload.team.count'])}</th></tr></thead>
              <tbody>
                {STATUSES.map((s) => (
                  <tr key={s}><th scope="row" className={styles.cell}>{t(p[`status.${s}`])}</th><td className={`${styles.cell} ${styles.number}`}>{overview.byStatus[s]}</td></tr>
                ))}
                <tr><th scope="row" className={styles.cell}>{t(m['caseload.team.total'])}</th><td className={`${styles.cell} ${styles.number}`}>{overview.total}</td></tr>
              </tbody>
            </table>
            <table className={styles.table}>
              <caption className={styles.legend}>{t(m['caseload.team.byDue'])}</caption>
              <thead><tr><th scope="col" className={styles.cell}>{t(m['caseload.team.term'])}</th><th scope="col" className={styles.cell}>{t(m['caseload.team.count'])}</th></tr></thead>
              <tbody>
                {DUE_BUCKETS.map((b) => (
                  <tr key={b}><th scope="row" className={styles.cell}>{t(m[`caseload.team.due.${b}`])}</th><td className={`${styles.cell} ${styles.number}`}>{overview.byDue[b]}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
          {overview.named.length > 0 ? (
            <>
              <h3 className={styles.subheading}>{t(m['caseload.team.named'])}</h3>
              <ul className={styles.list} aria-label={t(m['caseload.team.named'])}>
                {overview.named.map((n) => (
                  <li key={n.planId} className={styles.meta}>
                    <Link href={hrefs.get(n.planId) ?? '#/'}>{n.familyName.trim() || t(m['caseload.unnamed'])}</Link>
                    <span>{t(p[`status.${n.status}`])}</span>
                    <span>{t(m[`caseload.team.due.${n.bucket}`])}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {overview.unnamed > 0 ? <p className={styles.intro}>{t(m['caseload.team.unnamed'], { n: overview.unnamed })}</p> : null}
        </>
      )}
    </section>
  );
}
