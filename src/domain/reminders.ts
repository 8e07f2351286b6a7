import type { Plan, PlanStatus } from './plan';

/**
 * Reminders in the plan list: an evaluation coming up or overdue, a validity period ending, or a plan past
 * its end date without a decision. Computed from `today` (an injected clock) and calendar dates only.
 */

/** How many days ahead the list warns. Exactly 14 days ahead still warns; 15 does not. */
export const REMINDER_WINDOW_DAYS = 14;

const DAY_MS = 86_400_000;

/** The calendar day of `date` where the user is (local time), as an ISO date: the day the user sees on the wall. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` lies before `from`). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10);
}

export type ReminderKind = 'evaluation-due' | 'evaluation-overdue' | 'validity-ending' | 'expired-without-decision';

export interface Reminder {
  kind: ReminderKind;
  /** Days until the date (due, ending; 0 = today) or days since it passed (overdue, expired; at least 1). */
  days: number;
}

/** What reminders need of a plan; a PlanSummary from the store has exactly these. */
export interface ReminderSource {
  status: PlanStatus;
  validUntil: string | null;
  evaluationDate: string | null;
  hasEvaluationDecision: boolean;
}

function toSource(input: ReminderSource | Plan): ReminderSource {
  if ('evaluations' in input) {
    return {
      status: input.status,
      validUntil: input.validUntil,
      evaluationDate: input.evaluationDate,
      hasEvaluationDecision: input.evaluations.some((e) => e.decision !== null),
    };
  }
  return input;
}

/**
 * Whether the plan is in force and still waiting for a decision on its current period. A draft is not in
 * force yet and a closed plan no longer is. An active plan is always waiting: every decision either closes it,
 * opens a new draft version, or gives it a new period (dates in the future). An evaluated plan waits until
 * a decision is recorded.
 */
function awaitsDecision(source: ReminderSource): boolean {
  if (source.status === 'active') return true;
  if (source.status === 'evaluated') return !source.hasEvaluationDecision;
  return false;
}

/** The reminders for one plan (summary or full plan) on `today`, most urgent first. */
export function reminderState(input: ReminderSource | Plan, today: Date): Reminder[] {
  const source = toSource(input);
  if (!awaitsDecision(source)) return [];
  const day = isoDay(today);
  const reminders: Reminder[] = [];
  if (source.validUntil) {
    const left = daysBetween(day, source.validUntil);
    if (left < 0) reminders.push({ kind: 'expired-without-decision', days: -left });
    else if (left <= REMINDER_WINDOW_DAYS) reminders.push({ kind: 'validity-ending', days: left });
  }
  if (source.evaluationDate) {
    const left = daysBetween(day, source.evaluationDate);
    if (left < 0) reminders.push({ kind: 'evaluation-overdue', days: -left });
    else if (left <= REMINDER_WINDOW_DAYS) reminders.push({ kind: 'evaluation-due', days: left });
  }
  const urgency: Record<ReminderKind, number> = { 'expired-without-decision': 0, 'evaluation-overdue': 1, 'evaluation-due': 2, 'validity-ending': 3 };
  return reminders.sort((a, b) => urgency[a.kind] - urgency[b.kind]);
}
