import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { LiveSession, LiveSnapshot } from '../../app/live/ports';
import { LiveSave } from '../../app/live/liveSave';
import { MeetingKeeper } from '../../app/live/meetingKeeper';
import type { LiveSaveResult } from '../../app/live/liveSave';
import { liveViewOf } from '../../domain';
import type { LiveWorkingCopy, Plan } from '../../domain';
import type { AppServices } from '../services';

/** The session's shared state, re-rendered on every local or remote change. */
export function useLiveSnapshot(session: LiveSession): LiveSnapshot {
  return useSyncExternalStore(useCallback((listener) => session.subscribe(listener), [session]), () => session.snapshot());
}

/**
 * The meeting's changes laid over `plan`, the plan the facilitator's device holds open (the meeting itself only holds
 * the plan's view); null while the meeting is about another plan or none.
 */
export function workingCopyOf(snapshot: LiveSnapshot, plan: Plan | null | undefined): LiveWorkingCopy | null {
  if (!snapshot.base || !plan || plan.id !== snapshot.base.planId) return null;
  const fields: LiveWorkingCopy['fields'] = {};
  for (const [key, value] of Object.entries(snapshot.fields) as Array<[keyof LiveWorkingCopy['fields'], { text: string }]>) fields[key] = value.text;
  return { base: plan, fields, proposals: snapshot.proposals, says: snapshot.says, windowPersons: snapshot.windowPersons };
}

export type FacilitatorSave =
  | { kind: 'idle' } | { kind: 'saving' }
  /** `meetingRecorded` false: the plan's list of network meetings was full, so the meeting is not in it. */
  | { kind: 'saved'; label: string; meetingRecorded: boolean; revisionVersion?: number }
  | { kind: 'failed' };

/**
 * The facilitator's link between the meeting and the plan store: opens the chosen plan the way the editor does,
 * keeps the meeting's working copy as a draft on this device, and saves through the one save path (app/live/liveSave).
 */
export function useLiveFacilitator(session: LiveSession, services: AppServices, snapshot: LiveSnapshot) {
  const liveSave = useRef<LiveSave | null>(null);
  /** Counts opens (and the panel's end): an open that lands after a later one, or after the panel closed, is let go. */
  const opens = useRef(0);
  const [save, setSave] = useState<FacilitatorSave>({ kind: 'idle' });
  const [failed, setFailed] = useState(false);
  /** A take-over (or reloaded window) could not open the shared plan on this device; the meeting goes on regardless. */
  const [openFailed, setOpenFailed] = useState(false);
  const [openAttempt, setOpenAttempt] = useState(0);
  /** The plan this device holds open to keep and save the meeting's copy; saving waits for it. */
  const [openedPlanId, setOpenedPlanId] = useState<string | null>(null);
  const isFacilitator = session.role === 'facilitator';
  const deps = { store: services.store, drafts: services.drafts, presence: services.presence, clock: services.clock };

  /** Resolves with the plan, or null when a later open (or the panel closing) overtook this one. */
  const open = useCallback(async (planId: string) => {
    opens.current += 1;
    const ticket = opens.current;
    const live = new LiveSave(deps, planId);
    const plan = await live.open().catch(async (error: unknown) => {
      await live.close();
      if (ticket === opens.current) throw error;
      return null;
    });
    if (!plan) return null;
    if (ticket !== opens.current) {
      // Kept open, it would hold the editor on this device for good: its drafts would count as another open tab's.
      await live.close();
      return null;
    }
    const previous = liveSave.current;
    liveSave.current = live;
    setOpenedPlanId(planId);
    await previous?.close();
    return plan;
    // `deps` is rebuilt from `services`, which are the page's for its whole life.
  }, [services]);

  // Only the plan's need-to-know view goes to the meeting; the plan stays on this device (and in the store).
  const choose = useCallback(async (planId: string) => {
    try {
      setFailed(false);
      const plan = await open(planId);
      if (plan && await session.shareBase(liveViewOf(plan))) setFailed(true);
    } catch {
      setFailed(true);
    }
  }, [open, session]);

  // Who the facilitator ticked as present, until the save records it in the plan; shared with the lead (person ids
  // only), so whoever leads next starts with them.
  const [attendeeIds, setTicked] = useState<string[]>([]);
  const setAttendeeIds = useCallback((ids: string[]) => {
    setTicked(ids);
    void session.shareAttendance(ids);
  }, [session]);

  // A reloaded facilitator window, or a professional who took over the lead, finds the plan already shared: it opens
  // it to keep and save it, and keeps at once what the meeting changed meanwhile (after the facilitator left, that was
  // only in the relay). It takes the ticks the facilitator before shared, or else those an earlier save recorded.
  const baseId = snapshot.base?.planId ?? null;
  useEffect(() => {
    if (!isFacilitator || !baseId || liveSave.current?.planId === baseId) return;
    const shared = session.snapshot().attendeeIds;
    if (shared) setTicked(shared);
    setOpenFailed(false);
    void open(baseId).then((opened) => {
      if (!opened) return;
      const current = session.snapshot();
      const copy = workingCopyOf(current, liveSave.current?.plan);
      if (current.dirty && copy) void liveSave.current?.keep(copy);
      const recorded = liveSave.current?.recordedAttendees(current.meetingEntryId);
      if (!shared && recorded) setAttendeeIds(recorded);
    }).catch(() => setOpenFailed(true));
  }, [isFacilitator, baseId, open, session, setAttendeeIds, openAttempt]);
  const retryOpen = useCallback(() => setOpenAttempt((n) => n + 1), []);

  // Decisions are kept on the device at once, typing after a pause (app/live/meetingKeeper).
  const keeper = useRef<MeetingKeeper | null>(null);
  // A copy still waiting for another plan (the facilitator chose a new one meanwhile) is not kept under this one.
  keeper.current ??= new MeetingKeeper((copy) => (liveSave.current?.planId === copy.base.id ? liveSave.current.keep(copy) : Promise.resolve()));
  useEffect(() => {
    const copy = workingCopyOf(snapshot, liveSave.current?.plan);
    if (isFacilitator && snapshot.dirty && copy) keeper.current?.changed(copy);
    else keeper.current?.settled();
  }, [isFacilitator, snapshot]);

  useEffect(() => () => {
    opens.current += 1;
    keeper.current?.flush();
    void liveSave.current?.close();
    liveSave.current = null;
  }, []);

  const saveNow = useCallback(async () => {
    const current = session.snapshot();
    const live = liveSave.current;
    const copy = workingCopyOf(current, live?.plan);
    if (!copy || !live) return;
    setSave({ kind: 'saving' });
    const attendance = { meetingEntryId: current.meetingEntryId, attendeeIds, agendaStep: current.timer.itemId };
    const result: LiveSaveResult | null = await live.save(copy, attendance).catch(() => null);
    // Another plan was opened meanwhile (or the panel closed): this save's news belongs to neither.
    if (liveSave.current !== live) {
      setSave({ kind: 'idle' });
      return;
    }
    if (!result?.ok) {
      setSave({ kind: 'failed' });
      return;
    }
    await session.markSaved(Date.now(), result.meetingEntryId);
    setSave({
      kind: 'saved', label: result.version.label, meetingRecorded: result.meetingEntryId !== null,
      ...(result.revision ? { revisionVersion: result.revision.version } : {}),
    });
  }, [session, attendeeIds]);

  return { choose, saveNow, save, failed, openFailed, retryOpen, canSave: openedPlanId !== null && openedPlanId === baseId, attendeeIds, setAttendeeIds };
}
