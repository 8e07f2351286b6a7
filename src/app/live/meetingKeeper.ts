import type { LiveWorkingCopy } from '../../domain';

/** Typing is kept this long after it pauses. */
export const KEEP_DELAY_MS = 400;
/** ... and at the latest this long after the first change not yet kept, however busy the meeting is. */
export const KEEP_MAX_WAIT_MS = 2000;

/**
 * When the facilitator's device keeps the meeting's working copy as a draft (`LiveSave.keep`). The meeting's decisions
 * live in the windows of the professionals, not in the relay: when the facilitator's window is killed and no colleague's
 * window holds them, the device's draft is what the next window (and its save) finds. So:
 * - an accepted proposal or a say of the family is kept at once (a window killed a moment after an accept keeps it);
 * - typing is kept after a short pause, and at the latest `KEEP_MAX_WAIT_MS` after the first change not kept, so a busy
 *   meeting (someone always typing) is never left unkept.
 */
export class MeetingKeeper {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstUnkeptAt: number | null = null;
  private latest: LiveWorkingCopy | null = null;
  private keptDecisions = '';

  constructor(private readonly keep: (copy: LiveWorkingCopy) => Promise<void>, private readonly now: () => number = Date.now) {}

  /** The meeting's working copy changed (only a copy that differs from the last save is passed). */
  changed(copy: LiveWorkingCopy): void {
    this.latest = copy;
    if (decisionsOf(copy) !== this.keptDecisions) {
      this.flush();
      return;
    }
    const now = this.now();
    this.firstUnkeptAt ??= now;
    const wait = Math.min(KEEP_DELAY_MS, this.firstUnkeptAt + KEEP_MAX_WAIT_MS - now);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), Math.max(0, wait));
  }

  /** Keeps what is waiting now (also when the panel closes). */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.firstUnkeptAt = null;
    const copy = this.latest;
    this.latest = null;
    if (!copy) return;
    this.keptDecisions = decisionsOf(copy);
    void this.keep(copy);
  }

  /**
   * The copy is saved (or no longer this window's to keep): what waits is dropped, so a later flush cannot write a draft
   * older than the save.
   */
  settled(): void {
    this.stop();
  }

  /** Stops without keeping what waits (the window is gone). */
  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.latest = null;
  }
}

/** What was decided in the copy: the accepted proposals and the family's says (typed fields are not decisions). */
function decisionsOf(copy: LiveWorkingCopy): string {
  const accepted = copy.proposals.filter((p) => p.status === 'accepted').map((p) => p.id).sort();
  const says = (copy.says ?? []).map((s) => `${s.by}:${s.personId}:${s.stance}:${s.words}`).sort();
  return JSON.stringify([accepted, says]);
}
