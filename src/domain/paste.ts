import { MAX_SCORE, MIN_SCORE } from './evaluation';
import { isIsoDate } from './plan';

/**
 * What a paste into a field that is not free text means: a date field takes a date written the Dutch way
 * (12-3-2026, 12/03/2026, 12.3.2026) or as ISO (2026-03-12); a score field takes a whole number from 0 to 10.
 * Anything else gives null, and the editor says that nothing was pasted (it is never dropped silently).
 */

const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const pad = (n: string): string => n.padStart(2, '0');

/** The ISO date (YYYY-MM-DD) in pasted text, or null when it holds no valid date. */
export function parsePastedDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  const dutch = DUTCH_DATE.exec(trimmed);
  const candidate = iso ? `${iso[1]}-${pad(iso[2] ?? '')}-${pad(iso[3] ?? '')}`
    : dutch ? `${dutch[3]}-${pad(dutch[2] ?? '')}-${pad(dutch[1] ?? '')}` : null;
  return candidate !== null && isIsoDate(candidate) ? candidate : null;
}

/** The score in pasted text ("7", " 7 "), or null when it is not a whole number from 0 to 10. */
export function parsePastedScore(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  const score = Number(trimmed);
  return score >= MIN_SCORE && score <= MAX_SCORE ? score : null;
}

/** A short, safe echo of what was pasted, for a notice: a pasted megabyte is not shown whole. */
export function pastePreview(text: string, max = 40): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(oneLine);
  return chars.length <= max ? oneLine : `${chars.slice(0, max).join('')}…`;
}
