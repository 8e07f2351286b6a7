import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { LiveSession, LiveSnapshot } from '../../app/live/ports';
import { LiveSave } from '../../app/live/liveSave';
import type { LiveSaveResult } from '../../app/live/liveSave';
import type { LiveWorkingCopy } from '../../domain';
import type { AppServices } from '../services';

/** The session's shared state, re-rendered on every local or remote change. */
export function useLiveSnapshot(session: LiveSession): LiveSnapshot {
  return useSyncExternalStore(useCallback((listener) => session.subscribe(listener), [session]), () => session.snapshot());
}

export function workingCopyOf(snapshot: LiveSnapshot): LiveWorkingCopy | null {
  if (!snapshot.base) return null;
  const fields: LiveWorkingCopy['fields'] = {};
  for (const [key, value] of Object.entries(snapshot.fields) as Array<[keyof LiveWorkingCopy['fields'], { text: string }]>) fields[key] = value.text;
  return { base: snapshot.base, fields, proposals: snapshot.proposals };
}

export type FacilitatorSave =
  | { kind: 'idle' } | { kind: 'saving' }
  /** `meetingRecorded` false: the plan's list of network meetings was full, so the meeting is not in it. */
  | { kind: 'saved'; label: string; meetingRecorded: boolean; revisionVersion?: number }
  | { kind: 'failed' };

const KEEP_DELAY_MS = 400;

/**
 * The facilitator's link between the meeting and the plan store: opens the chosen plan the way the editor does,
 * keeps the meeting's working copy as a draft on this device, and saves through the one save path (app/live/liveSave).
 */
export function useLiveFacilitator(session: LiveSession, services: AppServices, snapshot: LiveSnapshot) {
  const liveSave = useRef<LiveSave | null>(null);
  const [save, setSave] = useState<FacilitatorSave>({ kind: 'idle' });
  const [failed, setFailed] = useState(false);
  /** A take-over (or reloaded window) could not open the shared plan on this device; the meeting goes on regardless. */
  const [openFailed, setOpenFailed] = useState(false);
  const [openAttempt, setOpenAttempt] = useState(0);
  /** The plan this device holds open to keep and save the meeting's copy; saving waits for it. */
  const [openedPlanId, setOpenedPlanId] = useState<string | null>(null);
  const isFacilitator = session.role === 'facilitator';
  const deps = { store: services.store, drafts: services.drafts, presence: services.presence, clock: services.clock };

  const open = useCallback(async (planId: string) => {
    const live = new LiveSave(deps, planId);
    const plan = await live.open().catch(async (error: unknown) => {
      await live.close();
      throw error;
    });
    await liveSave.current?.close();
    liveSave.current = live;
    setOpenedPlanId(planId);
    return plan;
    // `deps` is rebuilt from `services`, which are the page's for its whole life.
  }, [services]);

  const choose = useCallback(async (planId: string) => {
    try {
      setFailed(false);
      const plan = await open(planId);
      await session.shareBase(plan);
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
  const baseId = snapshot.base?.id ?? null;
  useEffect(() => {
    if (!isFacilitator || !baseId || liveSave.current?.planId === baseId) return;
    const shared = session.snapshot().attendeeIds;
    if (shared) setTicked(shared);
    setOpenFailed(false);
    void open(baseId).then((opened) => {
      const current = session.snapshot();
      const copy = workingCopyOf(current);
      if (opened && current.dirty && copy) void liveSave.current?.keep(copy);
      const recorded = liveSave.current?.recordedAttendees(current.meetingEntryId);
      if (!shared && recorded) setAttendeeIds(recorded);
    }).catch(() => setOpenFailed(true));
  }, [isFacilitator, baseId, open, session, setAttendeeIds, openAttempt]);
  const retryOpen = useCallback(() => setOpenAttempt((n) => n + 1), []);

  useEffect(() => {
    const copy = workingCopyOf(snapshot);
    if (!isFacilitator || !snapshot.dirty || !copy) return;
    const timer = setTimeout(() => void liveSave.current?.keep(copy), KEEP_DELAY_MS);
    return () => clearTimeout(timer);
  }, [isFacilitator, snapshot]);

  useEffect(() => () => void liveSave.current?.close(), []);

  const saveNow = useCallback(async () => {
    const current = session.snapshot();
    const copy = workingCopyOf(current);
    const live = liveSave.current;
    if (!copy || !live) return;
    setSave({ kind: 'saving' });
    const attendance = { meetingEntryId: current.meetingEntryId, attendeeIds };
    const result: LiveSaveResult | null = await live.save(copy, attendance).catch(() => null);
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
