import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ConflictError, checkPlan, isDomainError, parsePlan } from '../../domain';
import type { DomainError, Finding, Plan } from '../../domain';
import { useServices } from '../services';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

export interface PlanEditor {
  plan: Plan | null;
  loadError: DomainError | null;
  findings: Finding[];
  saveState: SaveState;
  saveError: DomainError | null;
  /** True when unsaved edits from an earlier session were put back. */
  restoredDraft: boolean;
  /** An edit the schema refuses (e.g. text too long): shown, not saved, never lost from the field. */
  invalidDetail: string | null;
  update: (next: Plan) => void;
  flush: () => Promise<void>;
  resolveConflict: (choice: 'reload' | 'keepMine') => Promise<void>;
  theirs: Plan | null;
}

export const AUTOSAVE_DELAY_MS = 500;

/**
 * Holds one plan while it is edited. Every edit goes to the draft store at once (so a reload or crash
 * loses nothing) and to the plan store after a short pause, guarded by the revision. A ConflictError
 * stops autosaving until the user chooses; nothing is overwritten silently.
 */
export function usePlanEditor(planId: string): PlanEditor {
  const { store, drafts, clock } = useServices();
  const [plan, setPlan] = useState<Plan | null>(null);
  const [theirs, setTheirs] = useState<Plan | null>(null);
  const [loadError, setLoadError] = useState<DomainError | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<DomainError | null>(null);
  const [restoredDraft, setRestoredDraft] = useState(false);
  const [invalidDetail, setInvalidDetail] = useState<string | null>(null);
  const revision = useRef<string | null>(null);
  const latest = useRef<Plan | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveQueue = useRef<Promise<void>>(Promise.resolve());
  const conflict = useRef(false);

  const persist = useCallback(async (): Promise<void> => {
    const current = latest.current;
    if (!current || conflict.current) return;
    const parsed = parsePlan(current);
    if (!parsed.ok) {
      const first = parsed.errors[0];
      setInvalidDetail(first ? `${first.path}: ${first.message}` : '');
      setSaveState('error');
      return;
    }
    setInvalidDetail(null);
    setSaveState('saving');
    try {
      const stored = await store.save(current, revision.current);
      revision.current = stored.revision;
      if (latest.current === current) {
        await drafts.clear(current.id);
        setSaveState('saved');
      } else {
        setSaveState('pending');
      }
      setSaveError(null);
    } catch (e) {
      if (e instanceof ConflictError) {
        conflict.current = true;
        setSaveState('conflict');
        const their = await store.load(current.id).catch(() => null);
        setTheirs(their?.plan ?? null);
      } else {
        setSaveState('error');
        setSaveError(isDomainError(e) ? e : null);
      }
    }
  }, [store, drafts]);

  // Saves run one after another: two saves started from the same revision would conflict with each other.
  const flush = useCallback((): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const next = saveQueue.current.then(persist);
    saveQueue.current = next.catch(() => undefined);
    return next;
  }, [persist]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void flush();
    }, AUTOSAVE_DELAY_MS);
  }, [flush]);

  const update = useCallback((next: Plan) => {
    latest.current = next;
    setPlan(next);
    if (conflict.current) {
      void drafts.put(next, revision.current);
      return;
    }
    setSaveState('pending');
    void drafts.put(next, revision.current);
    schedule();
  }, [drafts, schedule]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const stored = await store.load(planId);
        const draft = await drafts.get(planId);
        if (cancelled) return;
        revision.current = stored.revision;
        if (draft && draft.baseRevision === stored.revision) {
          latest.current = draft.plan;
          setPlan(draft.plan);
          setRestoredDraft(true);
          setSaveState('pending');
          schedule();
        } else if (draft) {
          latest.current = draft.plan;
          setPlan(draft.plan);
          setRestoredDraft(true);
          conflict.current = true;
          setTheirs(stored.plan);
          setSaveState('conflict');
        } else {
          latest.current = stored.plan;
          setPlan(stored.plan);
        }
      } catch (e) {
        if (!cancelled) setLoadError(isDomainError(e) ? e : null);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [planId, store, drafts, schedule]);

  // Save what is pending when the editor closes (navigation back to the list).
  useEffect(() => () => {
    if (timer.current) void flush();
  }, [flush]);

  const resolveConflict = useCallback(async (choice: 'reload' | 'keepMine') => {
    const mine = latest.current;
    if (!mine) return;
    const stored = await store.load(mine.id);
    if (choice === 'reload') {
      await drafts.clear(mine.id);
      latest.current = stored.plan;
      revision.current = stored.revision;
      setPlan(stored.plan);
    } else {
      // Their version stays in the history, so choosing mine loses nothing of theirs either.
      await store.freezeVersion(stored.plan, 'Conflict: andere versie bewaard');
      revision.current = stored.revision;
    }
    conflict.current = false;
    setTheirs(null);
    setRestoredDraft(false);
    if (choice === 'keepMine') await flush();
    else setSaveState('saved');
  }, [store, drafts, flush]);

  const findings = useMemo(() => (plan ? checkPlan(plan, clock.now()) : []), [plan, clock]);

  return { plan, loadError, findings, saveState, saveError, restoredDraft, invalidDetail, update, flush, resolveConflict, theirs };
}
