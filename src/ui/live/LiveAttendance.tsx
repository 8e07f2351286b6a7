import { useId } from 'react';
import { Caption1, Checkbox, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { liveViewPeople } from '../../domain';
import type { LivePlanView } from '../../domain';
import { liveMessages as m } from '../../i18n/areas/live';
import { personName } from '../editor/PeoplePicker';
import { useLocale } from '../services';
import { useT } from '../useT';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, border: 'none', minWidth: 0 },
  legend: { padding: 0 },
  list: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, listStyleType: 'none' },
});

/**
 * The facilitator ticks who of the plan's people is at the meeting; the save records them in the plan's network meeting
 * (domain `recordLiveMeeting`). Ticking nobody is allowed.
 */
export function LiveAttendance({ view, attendeeIds, onChange }: { view: LivePlanView; attendeeIds: ReadonlyArray<string>; onChange: (ids: string[]) => void }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const id = useId();
  const people = liveViewPeople(view);
  const ticked = new Set(attendeeIds);
  const toggle = (personId: string, on: boolean) => {
    // In the plan's order, so the stored list reads like section 1.
    onChange(people.map((p) => p.id).filter((pid) => (pid === personId ? on : ticked.has(pid))));
  };
  return (
    <fieldset className={styles.group} aria-describedby={`${id}-hint`} data-testid="live-attendance">
      <legend className={styles.legend}><Subtitle2 as="span">{t(m['live.attendance.heading'])}</Subtitle2></legend>
      <Caption1 id={`${id}-hint`}>{t(m[people.length === 0 ? 'live.attendance.noPeople' : 'live.attendance.hint'])}</Caption1>
      <ul className={styles.list}>
        {people.map((p) => (
          <li key={p.id}>
            <Checkbox checked={ticked.has(p.id)} onChange={(_, data) => toggle(p.id, data.checked === true)} label={personName(p, locale)} />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
