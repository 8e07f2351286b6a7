/**
 * How long a text in a plan may be, and what an input does with text that does not fit.
 *
 * The schema (plan.ts) and the editor read the same numbers from here, so a field never accepts text that a
 * save would refuse (issue 9: a 3,000-character paste into the family name made every later save fail).
 *
 * Lengths count UTF-16 code units, as zod's `.max()` and the HTML `maxlength` attribute do; an emoji counts as 2.
 * This module imports nothing: plan.ts builds its schema from it while it loads.
 */

/** The longest text a field of each size may hold. */
export const TEXT_LIMITS = {
  /** One line: names, phone numbers, e-mail addresses, "when". */
  short: 500,
  /** Free text: goals, agreements, notes. */
  long: 20_000,
} as const;

/** The most items a list in the plan may hold. */
export const LIST_LIMIT = 500;

/** The template's two kinds of free-text field: a single line (`text`) or several lines (`textarea`). */
export type TextKind = 'text' | 'textarea';

/** The maximum length of a text field of this kind; the schema uses the same value for the field's key. */
export function maxLengthOf(kind: TextKind): number {
  return kind === 'text' ? TEXT_LIMITS.short : TEXT_LIMITS.long;
}

/** The counter shows from this share of the limit: early enough to see the end coming, late enough not to distract. */
export const COUNTER_FROM = 0.8;

export interface LimitState {
  length: number;
  limit: number;
  /** Show the "412 / 500" counter. */
  showCounter: boolean;
  /** The text is longer than a save accepts (e.g. an older draft); the user has to shorten it. */
  over: boolean;
}

export function limitState(text: string, limit: number): LimitState {
  return { length: text.length, limit, showCounter: text.length >= Math.ceil(limit * COUNTER_FROM), over: text.length > limit };
}

export interface Fitted {
  text: string;
  /** How many characters (UTF-16 code units) were cut off the end; 0 when the text fits. */
  cut: number;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** How far past the cut the grapheme segmenter looks, so a cluster that crosses the cut is seen whole. */
const SEGMENT_MARGIN = 64;

/**
 * The last place at or before `end` where the text may be cut: never inside a surrogate pair (half an emoji
 * becomes "�"), and, where the runtime can segment text, never inside a grapheme cluster (a family emoji,
 * a flag, a letter with its accents).
 */
function safeCut(text: string, end: number): number {
  let at = end;
  if (at > 0 && at < text.length && isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at))) at -= 1;
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return at;
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let boundary = 0;
  for (const { index, segment } of segmenter.segment(text.slice(0, at + SEGMENT_MARGIN))) {
    if (index + segment.length > at) break;
    boundary = index + segment.length;
  }
  // One cluster longer than the whole limit (hundreds of combining marks): cutting it is better than keeping nothing.
  return boundary === 0 ? at : boundary;
}

/**
 * Cuts `text` to at most `limit` characters, at a safe place (see safeCut), and says how much was cut.
 * Pure; the caller tells the user when `cut > 0`.
 */
export function fitToLimit(text: string, limit: number): Fitted {
  const max = Math.max(0, Math.floor(limit));
  if (text.length <= max) return { text, cut: 0 };
  const end = safeCut(text, max);
  return { text: text.slice(0, end), cut: text.length - end };
}

/**
 * Control characters: C0 (except tab, line feed and carriage return, which are handled per field), DEL and C1.
 * They are invisible, break Word's XML and say nothing to a reader. Format characters such as the zero-width
 * joiner (emoji) and the right-to-left marks are not controls and are kept.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export interface Cleaned {
  text: string;
  /** How many control characters were removed; the caller says so. */
  removedControls: number;
}

/**
 * Cleans text that enters a field. Line breaks become `\n` in a multi-line field, and a space in a single line
 * (so "Jan\nBakker" stays two words); a tab is kept in a multi-line field and becomes a space in a single line.
 * Other control characters are removed and counted. Emoji and right-to-left text pass unchanged.
 */
export function cleanInput(text: string, multiline: boolean): Cleaned {
  let removedControls = 0;
  const withoutControls = text.replace(CONTROL, () => {
    removedControls += 1;
    return '';
  });
  const lines = withoutControls.replace(/\r\n?/g, '\n');
  return { text: multiline ? lines : lines.replace(/[\n\t]/g, ' '), removedControls };
}

export interface TextSelection {
  start: number;
  end: number;
}

export interface PasteResult {
  /** The field's new value. */
  value: string;
  /** Where the caret goes: just after what was pasted. */
  caret: number;
  /** Characters of the pasted text that did not fit and were left out. */
  cut: number;
  removedControls: number;
}

/**
 * Pastes `pasted` over `selection` in `current`, as a text input would, but cleaned (cleanInput) and cut to fit
 * `limit`. What does not fit is cut from the end of the pasted text; the text around it is never touched.
 */
export function pasteText(current: string, selection: TextSelection, pasted: string, options: { limit: number; multiline: boolean }): PasteResult {
  const start = Math.max(0, Math.min(selection.start, selection.end, current.length));
  const end = Math.min(current.length, Math.max(selection.start, selection.end, start));
  const before = current.slice(0, start);
  const after = current.slice(end);
  const cleaned = cleanInput(pasted, options.multiline);
  const fitted = fitToLimit(cleaned.text, options.limit - before.length - after.length);
  return {
    value: before + fitted.text + after,
    caret: before.length + fitted.text.length,
    cut: fitted.cut,
    removedControls: cleaned.removedControls,
  };
}
