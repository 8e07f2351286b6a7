import { useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import { AddRegular, CalendarRegular } from '@fluentui/react-icons';
import { addConferenceSessions, isoDay, planConferenceTerm, sessionsToPlan } from '../../domain';
import type { Plan } from '../../domain';
import { crisisMessages as m } from '../../i18n/areas/crisis';
import { downloadBlob, planFileName } from '../download';
import { formatDate } from '../formatDate';
import { useLocale, useServices } from '../services';
import { useT } from '../useT';
import { usePanelStyles } from './styles';

/**
 * The network conference of a crisis plan (seed 002): two or three sessions within four to six weeks, counted from the
 * referral. Proposes dates in that term and adds them as network meetings; without a calendar (local mode) the sessions
 * go into the user's own calendar as an .ics file, which holds no names or plan content (adapters/export/ics.ts).
 */
export function ConferencePlanner({ plan, onPlanChange }: { plan: Plan; onPlanChange: (plan: Plan) => void }) {
  const t = useT();
  const locale = useLocale();
  const styles = usePanelStyles();
  const { clock, calendar, loadExports } = useServices();
  const [added, setAdded] = useState<number | null>(null);
  const [ics, setIcs] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');
  if (plan.variant !== 'crisis') return null;
  const term = planConferenceTerm(plan);
  const day = (iso: string) => formatDate(iso, locale);
  const today = isoDay(clock.now());
  const toPlan = term ? sessionsToPlan(plan, today) : [];
  const planned = plan.networkMeetings.map((mt) => mt.date).filter((d): d is string => d !== null).sort();
  const enough = planned.length >= 2;

  const add = () => {
    onPlanChange(addConferenceSessions(plan, toPlan));
    setAdded(toPlan.length);
  };
  const download = async () => {
    setIcs('busy');
    try {
      const exports = await loadExports();
      downloadBlob(new Blob([await exports.toIcs(plan, locale)], { type: 'text/calendar' }), planFileName(plan.id, 'ics'));
      setIcs('done');
    } catch {
      // The export adapter's failure carries no user text; the status below says what happened.
      setIcs('failed');
    }
  };

  return (
    <section className={styles.box} aria-labelledby="conference-heading">
      <h3 id="conference-heading" className={styles.heading}>{t(m['conference.heading'])}</h3>
      {term === null
        ? <Text as="p">{t(m['conference.noReferral'])}</Text>
        : (
          <>
            <Text as="p">{t(m['conference.term'], { referral: day(term.referralDate), preferred: day(term.preferredEnd), end: day(term.end) })}</Text>
            {planned.length > 0 && <Text as="p">{t(m['conference.planned'], { dates: planned.map(day).join(', ') })}</Text>}
            {enough && <Text as="p">{t(m['conference.enough'])}</Text>}
            {!enough && toPlan.length === 0 && <Text as="p">{t(m['conference.passed'])}</Text>}
            {!enough && toPlan.length > 0 && (
              <div className={styles.actions}>
                <Text>{t(m['conference.suggest'], { dates: toPlan.map(day).join(', ') })}</Text>
                <Button icon={<AddRegular />} onClick={add}>{t(m['conference.add'])}</Button>
              </div>
            )}
          </>
        )}
      {!calendar && planned.length > 0 && (
        <>
          <p className={styles.hint}>{t(m['conference.ics.hint'])}</p>
          <div>
            <Button icon={<CalendarRegular />} disabled={ics === 'busy'} onClick={() => void download()}>{t(m['conference.ics'])}</Button>
          </div>
        </>
      )}
      <div role="status">
        {added !== null && t(m['conference.added'], { n: added })}
        {ics === 'done' && ` ${t(m['conference.ics.done'])}`}
        {ics === 'failed' && ` ${t(m['conference.ics.failed'])}`}
      </div>
    </section>
  );
}
