import { isIsoDate } from './plan';

/**
 * Dates of birth, and the ages they give (schema version 5). Before version 5 the form held a free text, "date of birth or
 * age"; the migration reads the common ways of writing a date and keeps everything else as it was, flagged.
 */

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, january: 1, februari: 2, feb: 2, february: 2, maart: 3, mrt: 3, march: 3, mar: 3, april: 4, apr: 4,
  mei: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, augustus: 8, aug: 8, august: 8, september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function iso(year: number, month: number, day: number): string | null {
  const value = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return isIsoDate(value) ? value : null;
}

/**
 * The ISO date a free text names, or null. Read: `2017-05-12`, `12-05-2017`, `12/5/2017`, `12.5.2017` (day first, the Dutch
 * order) and `12 mei 2017` / `12 May 2017`. A two-digit year or an age ("9 jaar") is not read: it cannot give one date, and
 * guessing a birth date would make a consent rule answer for the wrong person.
 */
export function readBirthDate(text: string): string | null {
  const value = text.trim().toLowerCase();
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  if (dayFirst) return iso(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const named = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(value);
  const month = named ? MONTHS[named[2] as string] : undefined;
  if (named && month !== undefined) return iso(Number(named[3]), month, Number(named[1]));
  return null;
}

/** What the migration makes of an old "date of birth or age" text: the date it names, or the text kept to be looked at. */
export function migrateBirthText(text: unknown): { birthDate: string | null; birthDateUnread: string } {
  const value = typeof text === 'string' ? text.trim() : '';
  if (value.length === 0) return { birthDate: null, birthDateUnread: '' };
  const date = readBirthDate(value);
  return date === null ? { birthDate: null, birthDateUnread: value } : { birthDate: date, birthDateUnread: '' };
}

/** Age in whole years on `day` (ISO dates); null for a birth date after that day. */
export function ageOn(birthDate: string, day: string): number | null {
  if (birthDate > day) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}
