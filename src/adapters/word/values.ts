import { MAX_LONG_TEXT, MAX_SHORT_TEXT, copyChoiceLabel, copyChoiceSchema, isIsoDate, parseCopyChoice } from '../../domain';
import type { Locale, ScalarField } from '../../domain';
import { translate } from '../../i18n';
import { wordDocumentMessages as d, wordProblemMessages as p } from '../../i18n/areas/word';

/**
 * How each kind of template field reads as text in Word, and how typed text turns back into a value.
 * People and goals are written by name and number (what a reader understands), and resolved back to ids
 * through the people and goals read from the same document.
 */

/** Looks up people and goals of the plan being written or read. */
export interface RefContext {
  locale: Locale;
  personName(id: string): string | undefined;
  personIdByName(name: string): string | undefined;
  /** 1-based position of a goal in section 3. */
  goalNumber(id: string): number | undefined;
  goalIdByNumber(n: number): string | undefined;
}

/** A parsed value, and what was wrong with the text if anything (already in the user's language). */
export interface Parsed {
  value: unknown;
  problem: string | null;
}

const ok = (value: unknown): Parsed => ({ value, problem: null });
const NOTHING_CHOSEN = { kind: 'sections', sections: [] } as const;

/** Word separates paragraphs with \r and line breaks with \v; the plan uses \n. */
export function normalizeWordText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\v/g, '\n').replace(/\n+$/, '');
}

const pad = (n: number): string => String(n).padStart(2, '0');

function formatDate(iso: string, locale: Locale): string {
  if (locale === 'en') return iso;
  const [y, m, day] = iso.split('-');
  return `${day}-${m}-${y}`;
}

/** Accepts 2026-11-18, 18-11-2026, 18/11/2026 and 18.11.2026 (day first, as written in the Netherlands). */
export function parseDateText(text: string): string | null {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  if (!match) return null;
  const iso = `${match[3]}-${pad(Number(match[2]))}-${pad(Number(match[1]))}`;
  return isIsoDate(iso) ? iso : null;
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'x', 'waar', 'true', '1']);
const NO = new Set(['nee', 'n', 'no', 'onwaar', 'false', '0', '']);

/** The longest text a field of this kind may hold (mirrors the plan schema's limits). */
export function maxLength(field: ScalarField): number {
  return field.kind === 'text' ? MAX_SHORT_TEXT : MAX_LONG_TEXT;
}

export function formatValue(field: ScalarField, value: unknown, ctx: RefContext): string {
  const { locale } = ctx;
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return typeof value === 'string' ? value : '';
    case 'date':
      return typeof value === 'string' ? formatDate(value, locale) : '';
    case 'boolean':
      return translate(value === true ? d['doc.yes'] : d['doc.no'], locale);
    case 'score':
      return typeof value === 'number' ? String(value) : '';
    case 'select':
      return field.options.find((o) => o.value === value)?.label[locale] ?? '';
    case 'personRef':
      return typeof value === 'string' ? (ctx.personName(value) ?? '') : '';
    case 'personRefs':
      return Array.isArray(value) ? value.map((id: unknown) => (typeof id === 'string' ? ctx.personName(id) ?? '' : '')).filter(Boolean).join('; ') : '';
    case 'goalRef': {
      const n = typeof value === 'string' ? ctx.goalNumber(value) : undefined;
      return n === undefined ? '' : translate(d['doc.goalRef'], locale, { n });
    }
    case 'copyChoice': {
      const choice = copyChoiceSchema.safeParse(value);
      return choice.success ? copyChoiceLabel(choice.data, locale, (id) => ctx.personName(id)) : '';
    }
  }
}

function parseText(field: ScalarField, text: string, locale: Locale): Parsed {
  const max = maxLength(field);
  if (text.length <= max) return ok(text);
  return { value: text.slice(0, max), problem: translate(p['problem.tooLong'], locale, { length: text.length.toLocaleString('nl-NL'), max: max.toLocaleString('nl-NL') }) };
}

function parsePeople(text: string, ctx: RefContext): Parsed {
  const names = text.split(/[;,\n]/).map((s) => s.trim()).filter(Boolean);
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const id = ctx.personIdByName(name);
    if (id === undefined) unknown.push(name);
    else if (!ids.includes(id)) ids.push(id);
  }
  const problem = unknown.length > 0 ? translate(p['problem.person'], ctx.locale, { text: unknown.join('; ') }) : null;
  return { value: ids, problem };
}

function parseSelect(field: ScalarField & { kind: 'select' }, text: string, locale: Locale): Parsed {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return ok(null);
  const option = field.options.find((o) => [o.value, o.label.nl, o.label.en, ...(o.aliases ?? [])].some((s) => s.toLowerCase() === wanted));
  if (option) return ok(option.value);
  const options = field.options.map((o) => o.label[locale]).join(', ');
  return { value: null, problem: translate(p['problem.select'], locale, { text: text.trim(), options }) };
}

/** Reads a field's text as typed in Word. Never throws: a value that does not fit comes back empty, with the reason. */
export function parseValue(field: ScalarField, rawText: string, ctx: RefContext): Parsed {
  const { locale } = ctx;
  const text = normalizeWordText(rawText);
  const trimmed = text.trim();
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return parseText(field, text, locale);
    case 'date': {
      if (!trimmed) return ok(null);
      const iso = parseDateText(trimmed);
      return iso ? ok(iso) : { value: null, problem: translate(p['problem.date'], locale, { text: excerpt(trimmed) }) };
    }
    case 'boolean': {
      const word = trimmed.toLowerCase();
      if (YES.has(word)) return ok(true);
      if (NO.has(word)) return ok(false);
      return { value: false, problem: translate(p['problem.boolean'], locale, { text: excerpt(trimmed) }) };
    }
    case 'score': {
      if (!trimmed) return ok(null);
      const n = /^\d{1,2}$/.test(trimmed) ? Number(trimmed) : NaN;
      return n >= 0 && n <= 10 ? ok(n) : { value: null, problem: translate(p['problem.score'], locale, { text: excerpt(trimmed) }) };
    }
    case 'select':
      return parseSelect(field, text, locale);
    case 'personRefs':
      return parsePeople(text, ctx);
    case 'personRef': {
      const people = parsePeople(text, ctx);
      const ids = people.value as string[];
      return { value: ids[0] ?? null, problem: people.problem };
    }
    case 'copyChoice': {
      const parsed = parseCopyChoice(trimmed, (name) => ctx.personIdByName(name));
      // A text that is not a choice gives no sections at all: nothing is shared with this person until it is fixed.
      return parsed.ok ? ok(parsed.choice) : { value: NOTHING_CHOSEN, problem: translate(p['problem.copyChoice'], locale, { text: excerpt(trimmed) }) };
    }
    case 'goalRef': {
      if (!trimmed) return ok(null);
      const n = Number(/\d+/.exec(trimmed)?.[0] ?? NaN);
      const id = Number.isInteger(n) ? ctx.goalIdByNumber(n) : undefined;
      return id ? ok(id) : { value: null, problem: translate(p['problem.goal'], locale, { text: excerpt(trimmed) }) };
    }
  }
}

/** Quoting a whole megabyte back at the user helps nobody. */
function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
