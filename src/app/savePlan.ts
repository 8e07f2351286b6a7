import { ConflictError, DomainError, checkChange, differingSections, isDomainError, parsePlan, recordsOnly } from '../domain';
import type { GateVerdict, ParseError, Plan, PlanStatus } from '../domain';
import { deepEqual, mergePlans } from '../domain/merge';
import type { MergePreference } from '../domain/merge';
import type { Clock, DraftStore, EditorPresence, PlanStore } from './ports';
import { adoptLeftDrafts } from './leftDrafts';
import type { LeftDrafts } from './leftDrafts';
import { retryDelayMs, isRetryable } from './retryPolicy';
import { movedOn } from './sessionMark';
import type { SessionMark, Tolerance } from './sessionMark';

/**
 * The one save path for an open plan. Every edit is written to this editor's draft on the device at once, and to the
 * plan store after a short pause, guarded by the revision the edits started from. What the store refuses for a while
 * (offline, throttled, a server error) is retried with backoff; what someone else saved in between is merged field
 * by field from the common base; a real clash waits for the user, and whichever side is not chosen is frozen.
 * Nothing here touches React or the DOM: the editor hook drives it and renders `state`.
 */

export interface SessionDeps {
  store: PlanStore;
  drafts: DraftStore;
  presence: EditorPresence;
  clock: Clock;
}

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'pending'; unsaved: number }
  | { kind: 'saving'; unsaved: number }
  /** The store could not be reached or asked us to wait; `retryAt` is epoch ms. */
  | { kind: 'retrying'; unsaved: number; error: DomainError; retryAt: number }
  /** The plan breaks a limit or a reference; the draft keeps it, the store is not asked. */
  | { kind: 'invalid'; unsaved: number; problems: ParseError[] }
  /** A failure a retry will not cure by itself (permission, storage full): shown until the user acts. */
  | { kind: 'failed'; unsaved: number; error: DomainError }
  | { kind: 'conflict'; unsaved: number; theirs: Plan; clashes: string[] };

export type SessionNotice =
  | { kind: 'restored'; count: number }
  | { kind: 'merged'; sections: number }
  | { kind: 'followed' }
  | { kind: 'draftFailed'; error: DomainError }
  | { kind: 'frozen'; label: string }
  /**
   * The status gate refused a change (domain statusGate.ts): the plan is in force or closed. `frozenAs` is set when
   * edits that could not go in were kept as a version in the history (a merge or a restored draft); an edit made on
   * this screen is simply not applied.
   */
  | { kind: 'locked'; status: PlanStatus; frozenAs: string | null };

export interface SessionState {
  plan: Plan | null;
  loadError: DomainError | null;
  status: SaveStatus;
  notices: SessionNotice[];
}

export const AUTOSAVE_DELAY_MS = 500;

/** Labels of versions frozen so that the side not chosen in a conflict survives. */
export const FROZEN_LABELS = {
  theirsReplaced: 'Versie van collega, vervangen na conflict',
  mineNotChosen: 'Mijn versie, niet gekozen na conflict',
  leftDraft: 'Niet opgeslagen wijzigingen uit een ander venster',
  /** Edits that the status gate kept out of the plan, because it went into force or was closed meanwhile. */
  lockedEdits: 'Niet toegepaste wijzigingen: het plan was intussen in werking of afgesloten',
} as const;

function newEditorId(): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function asDomainError(e: unknown): DomainError {
  return isDomainError(e) ? e : new DomainError('STORAGE.UNAVAILABLE', 'unexpected failure');
}

export class PlanEditSession {
  readonly editorId = newEditorId();
  private current: Plan | null = null;
  /** The stored plan at `revision`: the common base for a three-way merge. */
  private base: Plan | null = null;
  private revision: string | null = null;
  private editSeq = 0;
  private savedSeq = 0;
  private attempts = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private draftWrites: Promise<void> = Promise.resolve();
  /** Follows of other tabs' saves, one after another: each starts from where the one before left the session. */
  private following: Promise<void> = Promise.resolve();
  /** The session's own status transitions (see SessionMark). */
  private moves = 0;
  private releaseHold: () => void = () => undefined;
  private unsubscribe: () => void = () => undefined;
  private closed = false;
  private state: SessionState = { plan: null, loadError: null, status: { kind: 'saved' }, notices: [] };
  private readonly listeners = new Set<(state: SessionState) => void>();

  constructor(private readonly deps: SessionDeps, readonly planId: string) {}

  get snapshot(): SessionState {
    return this.state;
  }

  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The stored plan and revision this screen builds on: what a draft written now names as its base. */
  get stored(): { plan: Plan; revision: string } | null {
    return this.base && this.revision !== null ? { plan: this.base, revision: this.revision } : null;
  }

  get unsaved(): number {
    return this.editSeq - this.savedSeq;
  }

  /** True while the screen holds anything the plan store does not. */
  hasUnsaved(): boolean {
    return this.unsaved > 0 || this.state.status.kind === 'conflict';
  }

  async open(): Promise<void> {
    try {
      this.releaseHold = await this.deps.presence.hold(this.editorId);
      // Closed while the lock was being granted (a quick remount): let go at once, or this editor would look open forever.
      if (this.closed) {
        this.releaseHold();
        return;
      }
      const opening = this.mark();
      const stored = await this.deps.store.load(this.planId);
      // Closed while loading (a quick remount): close() let go of the hold; listening now would outlive the editor.
      if (this.movedOnSince(opening, 'nothing')) return;
      this.setStored(stored.plan, stored.revision);
      const adopting = this.mark();
      const left = await adoptLeftDrafts(this.deps, this.planId, this.editorId, stored, FROZEN_LABELS);
      // The left drafts stay on the device for the next editor to adopt.
      if (this.movedOnSince(adopting, 'nothing')) return;
      this.unsubscribe = this.deps.presence.onSaved(this.planId, (revision, by) => this.follow(revision, by));
      if (left?.locked) this.notice({ kind: 'locked', status: stored.plan.status, frozenAs: FROZEN_LABELS.lockedEdits });
      if (!left || deepEqual(left.draft.plan, stored.plan)) {
        if (left) await left.discard().catch(() => undefined);
        this.emit({ plan: stored.plan, status: { kind: 'saved' } });
        return;
      }
      this.notice({ kind: 'restored', count: left.count });
      if (left.frozen > 0) this.notice({ kind: 'frozen', label: FROZEN_LABELS.leftDraft });
      await this.restore(left, stored.plan);
    } catch (e) {
      this.emit({ loadError: asDomainError(e) });
    }
  }

  /** Continues from a closed editor's draft: this editor's own draft holds it before the old one is deleted. */
  private async restore(left: LeftDrafts, theirs: Plan): Promise<void> {
    const { draft, clashes } = left;
    this.current = draft.plan;
    this.editSeq += 1;
    if (clashes.length > 0) this.base = draft.base;
    const restoring = this.mark();
    await this.writeDraft();
    if (!this.state.notices.some((n) => n.kind === 'draftFailed')) await left.discard().catch(() => undefined);
    // Closed meanwhile: this editor's draft holds the content for the next one to restore.
    if (this.movedOnSince(restoring, 'nothing')) return;
    if (clashes.length > 0) {
      this.emit({ plan: draft.plan, status: { kind: 'conflict', unsaved: this.unsaved, theirs, clashes } });
      return;
    }
    this.emit({ plan: draft.plan, status: this.pendingStatus() });
    this.schedule(0);
  }

  /**
   * Takes an edit. The status gate judges it against the plan as it is now (domain `checkChange`): a draft changes
   * freely, a plan in force only in what it records (an evaluation, an incident, a booking, a share), a closed plan not
   * at all. A refused edit is not applied, and the notice says why; the verdict is returned for the caller.
   */
  edit(next: Plan): GateVerdict {
    if (this.closed) return { ok: true };
    const before = this.current;
    const verdict = before ? checkChange(before, next, this.deps.clock.now()) : { ok: true as const };
    if (!verdict.ok) {
      this.replaceNotice({ kind: 'locked', status: verdict.status, frozenAs: null });
      return verdict;
    }
    this.current = next;
    this.editSeq += 1;
    const inConflict = this.state.status.kind === 'conflict';
    // Typing is not a move of the session: results that replay later edits stay valid (see SessionMark).
    this.publish({ plan: next, status: inConflict ? { ...this.state.status, unsaved: this.unsaved } as SaveStatus : this.pendingStatus() });
    void this.writeDraft();
    if (!inConflict) this.schedule(AUTOSAVE_DELAY_MS);
    return verdict;
  }

  /** Saves now what is pending; resolves when the store holds the screen, or the attempt failed (see `state`). */
  flush(): Promise<void> {
    this.clearTimer();
    const next = this.queue.then(() => this.save());
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** After going back online or to the tab: try at once instead of waiting for the backoff. */
  retryNow(): void {
    const kind = this.state.status.kind;
    if (kind === 'retrying' || kind === 'failed' || (kind === 'pending' && this.timer === null)) void this.flush();
  }

  /** Saves and reports whether the store now holds exactly what the screen shows (for Back and Activate). */
  async settle(): Promise<boolean> {
    await this.draftWrites;
    await this.flush();
    return this.state.status.kind === 'saved';
  }

  /**
   * Settles a conflict. Fields only one side changed are merged either way; `prefer` decides the fields both
   * changed. The whole version not chosen is frozen first, so both survive in the history.
   */
  async resolve(prefer: MergePreference): Promise<void> {
    const mine = this.current;
    if (!mine || this.state.status.kind !== 'conflict') return;
    // Keys typed while resolving are replayed on the merge (withLaterEdits); anything else that moves the session
    // (another resolve, a close) makes this one stale.
    const asked = this.mark();
    try {
      const theirs = await this.deps.store.load(this.planId);
      if (this.movedOnSince(asked, 'typing')) return;
      // Without a known base (a draft from before bases were kept), the preferred side is taken whole.
      const base = this.base ?? (prefer === 'mine' ? theirs.plan : mine);
      const merged = mergePlans(base, mine, theirs.plan, prefer).merged;
      if (!checkChange(theirs.plan, merged, this.deps.clock.now()).ok) {
        await this.keepOutOfLockedPlan(mine, merged, theirs);
        return;
      }
      const notChosen = prefer === 'mine' ? theirs.plan : mine;
      const label = prefer === 'mine' ? FROZEN_LABELS.theirsReplaced : FROZEN_LABELS.mineNotChosen;
      await this.deps.store.freezeVersion(notChosen, label);
      this.notice({ kind: 'frozen', label });
      if (this.movedOnSince(asked, 'typing')) return;
      this.setStored(theirs.plan, theirs.revision);
      this.current = this.withLaterEdits(mine, merged);
      this.emit({ plan: this.current, status: this.pendingStatus() });
      await this.writeDraft();
    } catch (e) {
      if (!this.movedOnSince(asked, 'typing')) this.emit({ status: { kind: 'failed', unsaved: this.unsaved, error: asDomainError(e) } });
      return;
    }
    await this.flush();
  }

  dismissNotice(index: number): void {
    this.emit({ notices: this.state.notices.filter((_, i) => i !== index) });
  }

  /** The editor is closing: save what is pending (the draft keeps it if that fails) and stop listening. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.unsaved > 0 && this.state.status.kind !== 'conflict') await this.flush().catch(() => undefined);
    this.closed = true;
    this.clearTimer();
    this.unsubscribe();
    this.releaseHold();
  }

  private async save(): Promise<void> {
    const snapshot = this.current;
    if (!snapshot || this.closed || this.state.status.kind === 'conflict') return;
    const seq = this.editSeq;
    if (seq === this.savedSeq && this.revision !== null) return;
    const parsed = parsePlan(snapshot);
    if (!parsed.ok) {
      this.emit({ status: { kind: 'invalid', unsaved: this.unsaved, problems: parsed.errors } });
      return;
    }
    this.emit({ status: { kind: 'saving', unsaved: this.unsaved } });
    try {
      // The store's answer to this session's own save is a fact about the store, recorded even if keys were typed
      // meanwhile (saved() keeps them pending). Saves run one at a time (the queue), and nothing else moves the
      // session while it says "saving": follows wait for "saved", resolve waits for a conflict.
      const stored = await this.deps.store.save(snapshot, this.revision);
      this.saved(snapshot, seq, stored.revision);
    } catch (e) {
      if (e instanceof ConflictError) await this.mergeWithTheirs();
      else this.failed(asDomainError(e));
    }
  }

  private saved(snapshot: Plan, seq: number, revision: string): void {
    this.setStored(snapshot, revision);
    this.savedSeq = seq;
    this.attempts = 0;
    this.deps.presence.announceSaved(this.planId, revision, this.editorId);
    if (this.unsaved > 0) {
      // Edits came in during the save: the draft keeps them, now based on the revision just saved.
      void this.writeDraft();
    } else {
      // Compare, then delete: an edit written to the draft after this snapshot keeps the draft alive.
      void this.draftWrites.then(() => this.deps.drafts.clearIfSaved(this.planId, this.editorId, snapshot)).catch(() => undefined);
    }
    if (this.unsaved === 0 && deepEqual(snapshot, this.current)) {
      this.emit({ status: { kind: 'saved' } });
    } else {
      this.emit({ status: this.pendingStatus() });
      this.schedule(0);
    }
  }

  /** Someone saved in between: merge from the common base; ask the user only when both changed the same field. */
  private async mergeWithTheirs(): Promise<void> {
    const mine = this.current;
    if (!mine) return;
    const asked = this.mark();
    let theirs;
    try {
      theirs = await this.deps.store.load(this.planId);
    } catch (e) {
      if (!this.movedOnSince(asked, 'typing')) this.failed(asDomainError(e));
      return;
    }
    // Keys typed meanwhile are replayed below (withLaterEdits); a session that moved on otherwise (closed) is left alone.
    if (this.movedOnSince(asked, 'typing')) return;
    const base = this.base;
    const { merged, conflicts } = base ? mergePlans(base, mine, theirs.plan) : { merged: mine, conflicts: ['$'] };
    // Their save put the plan in force or closed it: edits to its content cannot follow it there.
    if (!checkChange(theirs.plan, base ? merged : mine, this.deps.clock.now()).ok) {
      await this.keepOutOfLockedPlan(mine, merged, theirs).catch((e: unknown) => this.failed(asDomainError(e)));
      return;
    }
    if (conflicts.length > 0 || !parsePlan(merged).ok) {
      this.emit({ status: { kind: 'conflict', unsaved: this.unsaved, theirs: theirs.plan, clashes: conflicts } });
      return;
    }
    this.setStored(theirs.plan, theirs.revision);
    this.current = this.withLaterEdits(mine, merged);
    this.notice({ kind: 'merged', sections: base ? differingSections(base, theirs.plan).length : 0 });
    this.emit({ plan: this.current, status: this.pendingStatus() });
    void this.writeDraft();
    this.schedule(0);
  }

  /**
   * The stored plan went into force or was closed while this editor held edits to it. Those edits are frozen as a
   * version (nothing typed is lost, and nothing reaches the plan without Bijstellen); what may be recorded in the plan
   * as it is now (an incident, a withdrawn consent: `recordsOnly`) is kept and saved.
   */
  private async keepOutOfLockedPlan(mine: Plan, merged: Plan, theirs: { plan: Plan; revision: string }): Promise<void> {
    await this.deps.store.freezeVersion(mine, FROZEN_LABELS.lockedEdits);
    const kept = recordsOnly(theirs.plan, merged);
    this.setStored(theirs.plan, theirs.revision);
    this.current = kept;
    this.replaceNotice({ kind: 'locked', status: theirs.plan.status, frozenAs: FROZEN_LABELS.lockedEdits });
    if (deepEqual(kept, theirs.plan)) {
      this.savedSeq = this.editSeq;
      void this.draftWrites.then(() => this.deps.drafts.clear(this.planId, this.editorId)).catch(() => undefined);
      this.emit({ plan: kept, status: { kind: 'saved' } });
      return;
    }
    this.emit({ plan: kept, status: this.pendingStatus() });
    void this.writeDraft();
    this.schedule(0);
  }

  /**
   * A merge started from `snapshot` and awaited the store; keys typed meanwhile are in `current`. They are replayed
   * on top of the merge result (three-way from the snapshot, the newer keys winning), so none is dropped.
   */
  private withLaterEdits(snapshot: Plan, resolved: Plan): Plan {
    const latest = this.current;
    if (!latest || latest === snapshot) return resolved;
    return mergePlans(snapshot, latest, resolved, 'mine').merged;
  }

  private failed(error: DomainError): void {
    if (!isRetryable(error)) {
      this.emit({ status: { kind: 'failed', unsaved: this.unsaved, error } });
      return;
    }
    this.attempts += 1;
    const delay = retryDelayMs(error, this.attempts);

    this.emit({ status: { kind: 'retrying', unsaved: this.unsaved, error, retryAt: this.deps.clock.now().getTime() + delay } });
    this.schedule(delay);
  }

  private follow(revision: string, by: string): void {
    this.following = this.following.then(() => this.followOtherEditor(revision, by)).catch(() => undefined);
  }

  /**
   * Another tab saved this plan. With nothing pending here, follow it; otherwise the next save merges. The load
   * replaces the screen whole, so it is dropped if anything moved meanwhile: a key typed, a save or merge of this
   * tab (the screen is then newer than the load, issue 24), a failure shown. The next save merges what was missed.
   */
  private async followOtherEditor(revision: string, by: string): Promise<void> {
    if (this.closed || by === this.editorId || revision === this.revision || this.unsaved > 0 || this.state.status.kind !== 'saved') return;
    const asked = this.mark();
    const stored = await this.deps.store.load(this.planId).catch(() => null);
    if (!stored || stored.revision === this.revision || this.movedOnSince(asked, 'nothing')) return;
    this.setStored(stored.plan, stored.revision);
    this.current = stored.plan;
    this.notice({ kind: 'followed' });
    this.emit({ plan: stored.plan });
  }

  private writeDraft(): Promise<void> {
    const plan = this.current;
    if (!plan) return this.draftWrites;
    const input = { planId: this.planId, editorId: this.editorId, plan, base: this.base, baseRevision: this.revision };
    // Drafts are written in order, so a slow older write can never land over a newer one.
    this.draftWrites = this.draftWrites.then(() => this.deps.drafts.put(input)).then(
      () => this.dropNotice('draftFailed'),
      (e: unknown) => this.replaceNotice({ kind: 'draftFailed', error: asDomainError(e) }),
    );
    return this.draftWrites;
  }

  private setStored(plan: Plan, revision: string): void {
    this.base = plan;
    this.revision = revision;
    this.current ??= plan;
  }

  private pendingStatus(): SaveStatus {
    return { kind: 'pending', unsaved: this.unsaved };
  }

  private schedule(delay: number): void {
    this.clearTimer();
    if (this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private notice(notice: SessionNotice): void {
    this.emit({ notices: [...this.state.notices, notice] });
  }

  private replaceNotice(notice: SessionNotice): void {
    this.emit({ notices: [...this.state.notices.filter((n) => n.kind !== notice.kind), notice] });
  }

  private dropNotice(kind: SessionNotice['kind']): void {
    if (this.state.notices.some((n) => n.kind === kind)) this.emit({ notices: this.state.notices.filter((n) => n.kind !== kind) });
  }

  private mark(): SessionMark {
    return { revision: this.revision, moves: this.moves, editSeq: this.editSeq, closed: this.closed };
  }

  private movedOnSince(mark: SessionMark, tolerate: Tolerance): boolean {
    return movedOn(mark, this.mark(), tolerate);
  }

  /** A change the session makes itself; a new status counts as a move (see SessionMark). */
  private emit(change: Partial<SessionState>): void {
    if (change.status) this.moves += 1;
    this.publish(change);
  }

  private publish(change: Partial<SessionState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener(this.state);
  }
}
