import { Badge } from '@fluentui/react-components';
import type { BadgeProps } from '@fluentui/react-components';
import { AlertUrgentRegular, CalendarClockRegular, ClockAlarmRegular } from '@fluentui/react-icons';
import { reminderState } from '../../domain';
import type { Reminder, ReminderSource } from '../../domain';
import { reminderMessages as m } from '../../i18n/areas/reminders';
import type { ReminderMessageKey } from '../../i18n/areas/reminders';
import { useServices } from '../services';
import { useT } from '../useT';

const COLOR: Record<Reminder['kind'], BadgeProps['color']> = {
  'expired-without-decision': 'danger',
  'evaluation-overdue': 'danger',
  'evaluation-due': 'warning',
  'validity-ending': 'warning',
};

function messageKey(reminder: Reminder): ReminderMessageKey {
  const { kind, days } = reminder;
  if (kind === 'expired-without-decision') return `reminder.${kind}`;
  if (days === 0 && kind !== 'evaluation-overdue') return `reminder.${kind}.today`;
  if (days === 1) return `reminder.${kind}.one`;
  return `reminder.${kind}`;
}

/**
 * The plan list's reminders for one plan: evaluation within 14 days or overdue, validity ending within 14 days,
 * or past its end without a decision. Today comes from the services' clock, so tests and hosts control it.
 */
export function ReminderBadges({ summary }: { summary: ReminderSource }) {
  const t = useT();
  const { clock } = useServices();
  const reminders = reminderState(summary, clock.now());
  if (reminders.length === 0) return null;
  return (
    <>
      {reminders.map((reminder) => {
        const Icon = reminder.kind === 'expired-without-decision' ? AlertUrgentRegular : reminder.kind.startsWith('evaluation') ? CalendarClockRegular : ClockAlarmRegular;
        const text = t(m[messageKey(reminder)], { days: reminder.days });
        return (
          <Badge key={reminder.kind} appearance={reminder.kind === 'expired-without-decision' ? 'filled' : 'tint'} color={COLOR[reminder.kind]}
            icon={<Icon aria-hidden="true" />} data-reminder={reminder.kind}>
            {text}
          </Badge>
        );
      })}
    </>
  );
}
