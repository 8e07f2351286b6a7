import type { DueNext, PlanRole } from '../../domain/caseload';
import type { Locale } from '../../domain';
import { caseloadMessages as m } from '../../i18n/areas/caseload';
import { reminderMessages as r } from '../../i18n/areas/reminders';
import type { ReminderMessageKey } from '../../i18n/areas/reminders';
import { translate } from '../../i18n';
import { formatDate } from '../formatDate';

/** The reminder's own words (as the plan list's badges say it), for a reminder that is due next. */
function reminderKey(kind: DueNext['kind'], days: number): ReminderMessageKey | null {
  if (kind === 'expired-without-decision') return 'reminder.expired-without-decision';
  if (kind !== 'evaluation-due' && kind !== 'evaluation-overdue' && kind !== 'validity-ending') return null;
  if (days === 0 && kind !== 'evaluation-overdue') return `reminder.${kind}.today`;
  if (days === 1) return `reminder.${kind}.one`;
  return `reminder.${kind}`;
}

/** "What is due next" in words. */
export function dueText(due: DueNext, locale: Locale): string {
  switch (due.kind) {
    case 'expired-without-decision':
    case 'evaluation-due':
    case 'evaluation-overdue':
    case 'validity-ending': {
      const key = reminderKey(due.kind, due.days);
      return key ? translate(r[key], locale, { days: due.days }) : '';
    }
    case 'evaluation-on':
      return translate(m['caseload.due.evaluation-on'], locale, { date: formatDate(due.date, locale) });
    default:
      return translate(m[`caseload.due.${due.kind}`], locale);
  }
}

/** Whether the due item asks for attention now (a reminder), so the row can mark it. */
export function isUrgent(due: DueNext): boolean {
  return due.kind === 'expired-without-decision' || due.kind === 'evaluation-overdue';
}

export function roleText(role: PlanRole, locale: Locale): string {
  return translate(m[`caseload.role.${role}`], locale);
}
