import { useCallback, useEffect, useRef, useState } from 'react';
import type { Plan } from '../../domain';
import { mayChangeMeeting, meetingRole, setPhoneAnswer } from '../../domain/scheduling';
import type { MeetingRole, PhoneAnswer, PhoneAnswers, RankedSlot } from '../../domain/scheduling';
import { cancelMeeting, createMeeting, eventOf, moveMeeting, newTransactionId, rerank, roleFor, suggestTimes } from '../../app/scheduling';
import type { MeetingChange, MeetingTarget, Suggestions } from '../../app/scheduling';
import { useLocale, useServices } from '../services';

export type ScheduleStatus = 'idle' | 'searching' | 'saving' | 'created' | 'moved' | 'cancelled';

/** Why a move or cancel did not happen: someone else organises the meeting, or it is not in the user's calendar. */
export type Refusal = Extract<MeetingChange, { ok: false }>;

/**
 * Whether the signed-in user organises the booked meeting; `null` while that is being asked (once per session).
 * The rule lives in the use case (roleFor); this only follows the plan's event reference.
 */
function useMeetingRole(ref: ReturnType<typeof eventOf>): MeetingRole | null {
  const { calendar } = useServices();
  const key = ref ? `${ref.eventId}\u0000${ref.organizerEmail ?? ''}` : '';
  const [state, setState] = useState<{ key: string; role: MeetingRole | null }>({ key: '', role: null });
  useEffect(() => {
    if (!ref?.organizerEmail || !calendar) return undefined;
    let current = true;
    void roleFor({ calendar }, ref).then((role) => { if (current) setState({ key, role }); });
    return () => { current = false; };
    // `key` stands for the parts of `ref` that decide the role; `ref` itself is a new object on every render.
  }, [key, calendar]);
  // Without a recorded organiser there is nothing to ask: the role is known at once.
  if (ref && !ref.organizerEmail) return meetingRole(ref, null);
  return state.key === key ? state.role : null;
}

/** State and actions of the scheduling panel; the calendar comes from the services, never an adapter. */
export function useScheduling(plan: Plan, target: MeetingTarget, personIds: readonly string[], onPlanChange: (plan: Plan) => void) {
  const { calendar, clock } = useServices();
  const locale = useLocale();
  const [duration, setDuration] = useState(target.kind === 'evaluation' ? 60 : 120);
  const [found, setFound] = useState<Suggestions | null>(null);
  const [answers, setAnswers] = useState<PhoneAnswers>({});
  const [status, setStatus] = useState<ScheduleStatus>('idle');
  const [error, setError] = useState<unknown>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // One id per booking attempt, kept across retries so a retry cannot book the meeting twice.
  const transactionId = useRef<string | null>(null);

  const run = useCallback(async (next: ScheduleStatus, work: () => Promise<ScheduleStatus>) => {
    setError(null);
    setRefusal(null);
    setStatus(next);
    try {
      setStatus(await work());
    } catch (e) {
      setError(e);
      setStatus('idle');
    }
  }, []);

  const existing = eventOf(plan, target);
  const role = useMeetingRole(existing);
  /** Move and cancel are offered once it is known that no one else organises the meeting. */
  const canChange = existing !== null && role !== null && mayChangeMeeting(role);

  /** Applies a move or cancel outcome: the new plan, or the reason it did not happen. */
  const settle = (change: MeetingChange, done: ScheduleStatus): ScheduleStatus => {
    if (!change.ok) {
      setRefusal(change);
      return 'idle';
    }
    onPlanChange(change.plan);
    // The booked time is settled: the old suggestions would only invite a second click.
    setFound(null);
    return done;
  };

  const find = () => run('searching', async () => {
    if (!calendar) return 'idle';
    setFound(await suggestTimes({ calendar, clock }, { kind: target.kind, plan, personIds, durationMinutes: duration }));
    setAnswers({});
    return 'idle';
  });

  const answer = (slotStart: string, key: string, value: PhoneAnswer | null) => setAnswers((a) => setPhoneAnswer(a, slotStart, key, value));

  const choose = (slot: RankedSlot) => run('saving', async () => {
    if (!calendar || !found) return 'idle';
    const { start, end } = slot.suggestion;
    if (existing) return settle(await moveMeeting({ calendar }, plan, target, start, end), 'moved');
    transactionId.current ??= newTransactionId();
    onPlanChange(await createMeeting({ calendar }, plan, {
      target, start, end, attendees: found.participants.attendees, locale, transactionId: transactionId.current,
    }));
    transactionId.current = null;
    setFound(null);
    return 'created';
  });

  const cancel = () => run('saving', async () => {
    if (!calendar) return 'idle';
    return settle(await cancelMeeting({ calendar }, plan, target, locale), 'cancelled');
  });

  const slots = found ? rerank(found, answers) : null;
  return {
    available: calendar !== null, duration, setDuration, find, found, slots, answers, answer, choose, cancel, existing, role, canChange,
    refusal, status, error,
  };
}
