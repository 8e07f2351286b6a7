import { useCallback, useRef, useState } from 'react';
import type { Plan } from '../../domain';
import { setPhoneAnswer } from '../../domain/scheduling';
import type { PhoneAnswer, PhoneAnswers, RankedSlot } from '../../domain/scheduling';
import { cancelMeeting, createMeeting, eventOf, moveMeeting, newTransactionId, rerank, suggestTimes } from '../../app/scheduling';
import type { MeetingTarget, Suggestions } from '../../app/scheduling';
import { useLocale, useServices } from '../services';

export type ScheduleStatus = 'idle' | 'searching' | 'saving' | 'created' | 'moved' | 'cancelled';

/** State and actions of the scheduling panel; the calendar comes from the services, never an adapter. */
export function useScheduling(plan: Plan, target: MeetingTarget, personIds: readonly string[], onPlanChange: (plan: Plan) => void) {
  const { calendar, clock } = useServices();
  const locale = useLocale();
  const [duration, setDuration] = useState(target.kind === 'evaluation' ? 60 : 120);
  const [found, setFound] = useState<Suggestions | null>(null);
  const [answers, setAnswers] = useState<PhoneAnswers>({});
  const [status, setStatus] = useState<ScheduleStatus>('idle');
  const [error, setError] = useState<unknown>(null);
  // One id per booking attempt, kept across retries so a retry cannot book the meeting twice.
  const transactionId = useRef<string | null>(null);

  const run = useCallback(async (next: ScheduleStatus, work: () => Promise<ScheduleStatus>) => {
    setError(null);
    setStatus(next);
    try {
      setStatus(await work());
    } catch (e) {
      setError(e);
      setStatus('idle');
    }
  }, []);

  const find = () => run('searching', async () => {
    if (!calendar) return 'idle';
    setFound(await suggestTimes({ calendar, clock }, { kind: target.kind, plan, personIds, durationMinutes: duration }));
    setAnswers({});
    return 'idle';
  });

  const answer = (slotStart: string, key: string, value: PhoneAnswer | null) => setAnswers((a) => setPhoneAnswer(a, slotStart, key, value));

  const existing = eventOf(plan, target);

  const choose = (slot: RankedSlot) => run('saving', async () => {
    if (!calendar || !found) return 'idle';
    const { start, end } = slot.suggestion;
    if (existing) {
      onPlanChange(await moveMeeting({ calendar }, plan, target, start, end));
      // The booked time is settled: the old suggestions would only invite a second click.
      setFound(null);
      return 'moved';
    }
    transactionId.current ??= newTransactionId();
    onPlanChange(await createMeeting({ calendar }, plan, {
      target, start, end, attendees: found.participants.attendees, location: target.kind === 'evaluation' ? plan.evaluationPlace : '',
      locale, transactionId: transactionId.current,
    }));
    transactionId.current = null;
    setFound(null);
    return 'created';
  });

  const cancel = () => run('saving', async () => {
    if (!calendar) return 'idle';
    onPlanChange(await cancelMeeting({ calendar }, plan, target, locale));
    setFound(null);
    return 'cancelled';
  });

  const slots = found ? rerank(found, answers) : null;
  return { available: calendar !== null, duration, setDuration, find, found, slots, answers, answer, choose, cancel, existing, status, error };
}
