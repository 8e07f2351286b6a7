/**
 * Where an edit session stood when it began to wait for something (a store load, a store save, a frozen version).
 * The one rule for every await of the save path: an awaited result is applied only to the session it was asked for.
 * If the session moved on meanwhile (it took another revision, set another status, or closed), the result describes
 * a moment the screen has left, and applying it would rewind the screen: a late load while following another tab
 * turned a saved screen back to an older revision while it still said "Opgeslagen" (issue 24).
 *
 * Typing is the one change some results survive: a merge replays keys typed during its wait on top of its result,
 * so it tolerates them; a result that replaces the screen whole (following another tab) does not.
 */
export interface SessionMark {
  readonly revision: string | null;
  /** Counts the session's own transitions: every status it set. Typing does not count (see `editSeq`). */
  readonly moves: number;
  /** Counts edits typed. */
  readonly editSeq: number;
  readonly closed: boolean;
}

/** What the awaited result may live with: nothing at all, or keys typed meanwhile (it replays them). */
export type Tolerance = 'nothing' | 'typing';

export function movedOn(then: SessionMark, now: SessionMark, tolerate: Tolerance): boolean {
  if (now.closed || now.revision !== then.revision || now.moves !== then.moves) return true;
  return tolerate === 'nothing' && now.editSeq !== then.editSeq;
}
