import {
  DomainError, NotFoundError, composeLivePlan, isDomainError, isInForce, isoDay, mergePlans, netwerkberaadLabel, newId, recordFamilySays, recordLiveMeeting,
  startRevision,
} from '../../domain';
import type { AgendaStep, LiveWorkingCopy, Plan } from '../../domain';
import { PlanEditSession } from '../savePlan';
import type { SaveStatus, SessionDeps } from '../savePlan';
import type { PlanVersionInfo } from '../ports';

export type LiveSaveResult =
  /**
   * `meetingEntryId`: the plan's network-meeting entry this save wrote (the session keeps it for the next save); null
   * when the plan's list of meetings was full and the plan was saved without the meeting.
   */
  | {
    ok: true; version: PlanVersionInfo; meetingEntryId: string | null;
    /**
     * Set when the plan is in force (the status gate): the meeting was saved as an adjusted version beside it (its id
     * and version number), to be activated in the app through the quality check. The plan in force is unchanged.
     */
    revision?: { planId: string; version: number };
  }
  /** The store did not take it (offline, conflict, a limit): `status` says why; the device's draft keeps the plan. */
  | { ok: false; status: SaveStatus };

/** The label of the adjusted version's frozen copy before a meeting's save merged into it (nothing of it is lost). */
export const BEFORE_MEETING_LABEL = 'Bijstelling voor het netwerkberaad';

/** What the facilitator records of the meeting itself: who was there, and the entry an earlier save wrote. */
export interface LiveAttendance {
  /** From the session: the entry this meeting's earlier save wrote, null before the first save. */
  meetingEntryId: string | null;
  attendeeIds: ReadonlyArray<string>;
  /** The agenda step the meeting reached (its time-box's point), kept in the plan's meeting entry for a next session. */
  agendaStep?: AgendaStep | null;
}

/**
 * The facilitator's side of a live meeting's plan. The meeting's working copy lives in the live session; this keeps it
 * on the facilitator's device as a draft of the one editor opened on the plan, so nothing is lost when the meeting ends
 * unsaved (the next time the plan is opened, the editor restores that draft). The save goes through the one save path
 * (`PlanEditSession`): one store save with its conflict rules, then one frozen version "Netwerkberaad <date>". The save
 * records the meeting in the plan's network meetings (domain `recordLiveMeeting`: one entry per meeting).
 */
export class LiveSave {
  private readonly session: PlanEditSession;
  private stored: { plan: Plan; revision: string } | null = null;
  private keeping: Promise<void> = Promise.resolve();
  /** For a plan in force: the adjusted version this meeting saves into (made or found at the first save). */
  private revisionId: string | null = null;

  constructor(private readonly deps: SessionDeps, readonly planId: string) {
    this.session = new PlanEditSession(deps, planId);
  }

  /** Opens the plan the way the editor does (it holds the editor open on this device). */
  async open(): Promise<Plan> {
    await this.session.open();
    const { plan, loadError } = this.session.snapshot;
    if (loadError || !plan) throw loadError ?? new Error('plan not loaded');
    // The base the session's drafts name, taken from the session itself: a second load could answer with a
    // colleague's later save, and a draft based on that would undo the colleague's change when restored.
    this.stored = this.session.stored;
    return plan;
  }

  /**
   * The plan the meeting's changes are laid over (domain `composeLivePlan`): the plan as this device holds it open, never
   * what the meeting shared (the meeting only ever holds the plan's need-to-know view). Null before `open`.
   */
  get plan(): Plan | null {
    return this.stored ? this.session.snapshot.plan : null;
  }

  /** Who the stored plan records as present at the meeting entry `entryId` (an earlier save of this meeting), if any. */
  recordedAttendees(entryId: string | null): string[] | null {
    const entry = entryId === null ? undefined : this.stored?.plan.networkMeetings.find((m) => m.id === entryId);
    return entry ? [...entry.attendeeIds] : null;
  }

  /** Writes the meeting's working copy to the device's draft (in order, the newest last). */
  keep(copy: LiveWorkingCopy): Promise<void> {
    const stored = this.stored;
    if (!stored) return this.keeping;
    const input = {
      planId: this.planId, editorId: this.session.editorId, plan: this.meetingPlan(copy, isoDay(this.deps.clock.now())), base: stored.plan, baseRevision: stored.revision,
    };
    this.keeping = this.keeping.then(() => this.deps.drafts.put(input)).catch(() => undefined);
    return this.keeping;
  }

  async save(copy: LiveWorkingCopy, attendance: LiveAttendance = { meetingEntryId: null, attendeeIds: [] }): Promise<LiveSaveResult> {
    await this.keeping;
    const day = isoDay(this.deps.clock.now());
    const recorded = recordLiveMeeting(this.meetingPlan(copy, day), {
      entryId: attendance.meetingEntryId, date: day, attendeeIds: attendance.attendeeIds, agendaStep: attendance.agendaStep ?? null,
    }, newId());
    const meetingEntryId = recorded.ok ? recorded.entryId : null;
    const inForce = this.stored !== null && isInForce(this.stored.plan);
    if (inForce) return this.saveAsRevision(recorded.plan, day, meetingEntryId);
    this.session.edit(recorded.plan);
    let saved = await this.session.settle();
    // A merge with a colleague's save leaves the merged plan pending: save that too, a bounded number of times.
    for (let round = 0; !saved && round < 3 && this.session.snapshot.status.kind === 'pending'; round += 1) saved = await this.session.settle();
    const plan = this.session.snapshot.plan;
    if (!saved || !plan) return { ok: false, status: this.session.snapshot.status };
    // Later edits in the meeting are kept as a draft against what was saved now (the session's base), not against
    // whatever a later load would find.
    this.stored = this.session.stored;
    const version = await this.deps.store.freezeVersion(plan, netwerkberaadLabel(day));
    return { ok: true, version, meetingEntryId };
  }

  /** This meeting's adjusted version if it still exists, else one being prepared for the plan, else none. */
  private async revisionToSaveInto(planId: string): Promise<{ plan: Plan; revision: string } | null> {
    if (this.revisionId !== null) {
      const own = await this.deps.store.load(this.revisionId).catch((e: unknown) => {
        if (e instanceof NotFoundError) return null;
        throw e;
      });
      if (own) return own;
      this.revisionId = null;
    }
    const id = (await this.deps.store.list()).find((s) => s.revisionOf === planId)?.id;
    return id === undefined ? null : this.deps.store.load(id);
  }

  /**
   * The status gate: a meeting does not change a plan in force. What it made goes into an adjusted version beside it
   * (domain revision.ts), the same one at every save of this meeting; one that was already being prepared is merged
   * with (its state before is frozen first), never replaced. The plan in force stays as it is; the adjusted version
   * goes into force later through the quality check (`putRevisionInForce`).
   */
  private async saveAsRevision(meetingPlan: Plan, day: string, meetingEntryId: string | null): Promise<LiveSaveResult> {
    try {
      // The plan in force as it is now (an earlier adjusted version may have gone into force during the meeting).
      const inForce = (await this.deps.store.load(this.planId)).plan;
      const existing = await this.revisionToSaveInto(inForce.id);
      const fresh = startRevision(inForce, existing?.plan.id ?? newId());
      const base: Plan = { ...inForce, ...identityOf(fresh) };
      const mine: Plan = { ...meetingPlan, ...identityOf(fresh) };
      let plan = mine;
      if (existing) {
        if (this.revisionId !== existing.plan.id) await this.deps.store.freezeVersion(existing.plan, BEFORE_MEETING_LABEL);
        plan = mergePlans(base, mine, existing.plan, 'mine').merged;
      }
      const saved = await this.deps.store.save(plan, existing?.revision ?? null);
      this.revisionId = saved.plan.id;
      const version = await this.deps.store.freezeVersion(saved.plan, netwerkberaadLabel(day));
      // The meeting is in the adjusted version now: the device's draft of the plan in force would only be refused later.
      await this.deps.drafts.clear(this.planId, this.session.editorId).catch(() => undefined);
      return { ok: true, version, meetingEntryId, revision: { planId: saved.plan.id, version: saved.plan.version } };
    } catch (e) {
      // A colleague saved the adjusted version in between (ConflictError), or the store failed: nothing is lost, the
      // device's draft keeps the meeting, and the next save tries again.
      const error = isDomainError(e) ? e : new DomainError('STORAGE.UNAVAILABLE', 'the adjusted version could not be saved');
      return { ok: false, status: { kind: 'failed', unsaved: 1, error } };
    }
  }

  /** The plan the meeting made on `day`: its typed fields and accepted proposals, and the family's say given live. */
  private meetingPlan(copy: LiveWorkingCopy, day: string): Plan {
    return recordFamilySays(composeLivePlan(copy), copy, day, newId);
  }

  /** The meeting ended or the panel closed: stops holding the editor, so the draft is restored on the next open. */
  async close(): Promise<void> {
    await this.keeping;
    this.session.close().catch(() => undefined);
  }
}

/** What makes a plan record the adjusted version rather than the plan in force (revision.ts `startRevision`). */
function identityOf(revision: Plan): Pick<Plan, 'id' | 'status' | 'version' | 'revisionOf' | 'evaluations' | 'incidents' | 'closure' | 'evaluationEvent'> {
  const { id, status, version, revisionOf, evaluations, incidents, closure, evaluationEvent } = revision;
  return { id, status, version, revisionOf, evaluations, incidents, closure, evaluationEvent };
}
