import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { checkPlan } from '../../domain';
import type { DomainError, Finding, OrganisationSettings, Plan } from '../../domain';
import type { Clock } from '../../app/ports';
import { PlanEditSession } from '../../app/savePlan';
import type { SaveStatus, SessionNotice, SessionState } from '../../app/savePlan';
import type { MergePreference } from '../../domain/merge';
import { useOrganisation, useServices } from '../services';

export { AUTOSAVE_DELAY_MS } from '../../app/savePlan';

const LOADING: SessionState = { plan: null, loadError: null, status: { kind: 'saved' }, notices: [] };

export interface PlanEditor {
  plan: Plan | null;
  loadError: DomainError | null;
  /** The quality check's findings for `checkedPlan`: they follow the plan shortly after typing pauses (see useDeferredCheck). */
  findings: Finding[];
  /** The plan the findings were computed for (null before the first check). */
  checkedPlan: Plan | null;
  /** The plan as the session holds it at this moment; for event handlers, so they need not change at every key. */
  current: () => Plan | null;
  status: SaveStatus;
  notices: SessionNotice[];
  update: (next: Plan) => void;
  /** Saves now; true when the store holds exactly what the screen shows. */
  settle: () => Promise<boolean>;
  resolveConflict: (prefer: MergePreference) => Promise<void>;
  retryNow: () => void;
  dismissNotice: (index: number) => void;
}

/**
 * Binds one plan's edit session (src/app/savePlan.ts, the one save path) to React and to the page's life:
 * retry on `online` and when the tab is shown again, save on `pagehide`, and ask before leaving with unsaved edits.
 */
export function usePlanEditor(planId: string): PlanEditor {
  const services = useServices();
  const { store, drafts, presence, clock } = services;
  const [session, setSession] = useState<PlanEditSession | null>(null);

  // One session per mount: created in the effect, so a remount (StrictMode, a new plan id) never reuses a closed one.
  useEffect(() => {
    const next = new PlanEditSession({ store, drafts, presence, clock }, planId);
    setSession(next);
    void next.open();
    const unbind = bindPageLifecycle(next);
    return () => {
      unbind();
      void next.close();
    };
  }, [planId, store, drafts, presence, clock]);

  const state: SessionState = useSyncExternalStore(
    useCallback((notify: () => void) => session?.subscribe(notify) ?? (() => undefined), [session]),
    () => session?.snapshot ?? LOADING,
  );

  const organisation = useOrganisation();
  const checked = useDeferredCheck(state.plan, clock, organisation);

  return {
    plan: state.plan,
    loadError: state.loadError,
    findings: checked.findings,
    checkedPlan: checked.plan,
    current: useCallback(() => session?.snapshot.plan ?? null, [session]),
    status: state.status,
    notices: state.notices,
    update: useCallback((next: Plan) => session?.edit(next), [session]),
    settle: useCallback(async () => (session ? session.settle() : false), [session]),
    resolveConflict: useCallback(async (prefer: MergePreference) => session?.resolve(prefer), [session]),
    retryNow: useCallback(() => session?.retryNow(), [session]),
    dismissNotice: useCallback((index: number) => session?.dismissNotice(index), [session]),
  };
}

/** How long typing must pause before the quality check runs again. */
export const CHECK_DELAY_MS = 150;

interface Checked {
  plan: Plan | null;
  findings: Finding[];
}

/**
 * Runs the quality check off the keystroke path: the first plan is checked at once (after the first paint), every
 * later edit once typing pauses for CHECK_DELAY_MS, in an idle moment where the browser offers one. A key press
 * therefore never waits for the check, whatever the size of the plan; the findings follow a moment later.
 */
function useDeferredCheck(plan: Plan | null, clock: Clock, organisation: OrganisationSettings): Checked {
  const [checked, setChecked] = useState<Checked>({ plan: null, findings: [] });
  const firstDone = useRef(false);
  useEffect(() => {
    if (!plan) return undefined;
    const delay = firstDone.current ? CHECK_DELAY_MS : 0;
    firstDone.current = true;
    let idle: number | null = null;
    const run = () => setChecked({ plan, findings: checkPlan(plan, clock.now(), organisation) });
    const timer = setTimeout(() => {
      if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(run, { timeout: CHECK_DELAY_MS });
      else run();
    }, delay);
    return () => {
      clearTimeout(timer);
      if (idle !== null) window.cancelIdleCallback(idle);
    };
  }, [plan, clock, organisation]);
  return checked;
}

/** Wires the browser's page events to the session; returns the cleanup. */
function bindPageLifecycle(session: PlanEditSession): () => void {
  const retry = () => session.retryNow();
  const onVisibility = () => {
    if (document.visibilityState === 'visible') session.retryNow();
    else void session.flush();
  };
  const onPageHide = () => void session.flush();
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!session.hasUnsaved()) return;
    // Both forms: preventDefault is the standard, returnValue what older Chromium and WebViews still read.
    event.preventDefault();
    event.returnValue = '';
  };
  window.addEventListener('online', retry);
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    window.removeEventListener('online', retry);
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}
