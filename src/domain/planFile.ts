import type { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, allPeople, planSchema } from './plan';
import type { Plan } from './plan';
import { migrate } from './migrations';

/** A problem in a plan file: where (a JSON path such as `$.goals[0].text`) and what, in Dutch. */
export interface ParseError {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; plan: Plan } | { ok: false; errors: ParseError[] };

type Path = ReadonlyArray<PropertyKey>;

export function toJsonPath(path: Path): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `${acc}.${name}` : `${acc}[${JSON.stringify(name)}]`;
  }, '$');
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'ja/nee (true of false)',
  array: 'een lijst',
  object: 'een object',
  null: 'leeg (null)',
};

function describeReceived(input: unknown): string {
  if (input === null) return 'leeg (null)';
  if (typeof input === 'number' && !Number.isInteger(input)) return 'een getal met decimalen';
  if (Array.isArray(input)) return 'een lijst';
  if (input === undefined) return 'niets (het veld ontbreekt)';
  return TYPE_NAMES[typeof input] ?? typeof input;
}

function dutchMessage(issue: z.core.$ZodIssue): string {
  if (issue.input === undefined && issue.code !== 'unrecognized_keys') return 'Dit verplichte veld ontbreekt.';
  switch (issue.code) {
    case 'invalid_type':
      return `Verwacht ${TYPE_NAMES[issue.expected] ?? issue.expected}, maar het bestand bevat ${describeReceived(issue.input)}.`;
    case 'too_big':
      if (issue.origin === 'string') {
        return `De tekst is te lang: maximaal ${Number(issue.maximum).toLocaleString('nl-NL')} tekens.`;
      }
      if (issue.origin === 'array') return `De lijst is te lang: maximaal ${String(issue.maximum)} items.`;
      return `De waarde is te groot: maximaal ${String(issue.maximum)}.`;
    case 'too_small':
      return `De waarde is te klein: minimaal ${String(issue.minimum)}.`;
    case 'invalid_value':
      return `Ongeldige waarde. Toegestaan: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'unrecognized_keys':
      return `Onbekend veld: ${issue.keys.map((k) => `"${k}"`).join(', ')}.`;
    case 'invalid_format':
      if (issue.message === 'id') return 'Ongeldige id: gebruik 1 tot 64 letters, cijfers, - of _.';
      return 'De waarde heeft niet de juiste vorm.';
    case 'custom':
      if (issue.message === 'date') return 'Dit is geen geldige datum. Gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2026-03-01.';
      if (issue.message === 'id') return 'Ongeldige id: gebruik 1 tot 64 letters, cijfers, - of _.';
      return issue.message;
    default:
      return 'Ongeldige waarde.';
  }
}

/** An unknown key is reported at the key itself, so the path leads straight to what must go. */
function issueToErrors(issue: z.core.$ZodIssue): ParseError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: toJsonPath([...issue.path, key]), message: `Onbekend veld: "${key}". Dit veld hoort niet in een veiligheidsplan.` }));
  }
  return [{ path: toJsonPath(issue.path), message: dutchMessage(issue) }];
}

function referenceErrors(plan: Plan): ParseError[] {
  const errors: ParseError[] = [];
  const people = new Set(allPeople(plan).map((p) => p.id));
  const goals = new Set(plan.goals.map((g) => g.id));
  const unknownPerson = (path: Path, id: string | null): void => {
    if (id !== null && !people.has(id)) {
      errors.push({ path: toJsonPath(path), message: `Verwijst naar een persoon die niet in het plan staat (id "${id}").` });
    }
  };
  const unknownPeople = (path: Path, ids: string[]): void => ids.forEach((id, i) => unknownPerson([...path, i], id));

  plan.agreements.forEach((a, i) => {
    unknownPeople(['agreements', i, 'who'], a.who);
    if (a.goalId !== null && !goals.has(a.goalId)) {
      errors.push({ path: toJsonPath(['agreements', i, 'goalId']), message: `Verwijst naar een doel dat niet in het plan staat (id "${a.goalId}").` });
    }
  });
  plan.safetyPersons.forEach((sp, i) => {
    unknownPerson(['safetyPersons', i, 'personId'], sp.personId);
    unknownPeople(['safetyPersons', i, 'childIds'], sp.childIds);
  });
  plan.monitoring.forEach((m, i) => unknownPeople(['monitoring', i, 'who'], m.who));
  unknownPerson(['safetyDirectorId'], plan.safetyDirectorId);
  plan.informing.forEach((inf, i) => {
    unknownPerson(['informing', i, 'personId'], inf.personId);
    unknownPeople(['informing', i, 'byWhom'], inf.byWhom);
  });
  unknownPerson(['copiesSentById'], plan.copiesSentById);
  plan.copyRecipients.forEach((r, i) => {
    unknownPerson(['copyRecipients', i, 'consentById'], r.consentById ?? null);
    if (r.receives.kind === 'overview') unknownPerson(['copyRecipients', i, 'receives', 'personId'], r.receives.personId);
    if (r.receives.kind === 'childBook') unknownPerson(['copyRecipients', i, 'receives', 'childId'], r.receives.childId);
  });
  unknownPeople(['evaluationAttendeeIds'], plan.evaluationAttendeeIds);
  unknownPerson(['evaluationInitiatorId'], plan.evaluationInitiatorId);
  plan.networkMeetings.forEach((m, i) => unknownPeople(['networkMeetings', i, 'attendeeIds'], m.attendeeIds));
  return [...errors, ...duplicateIdErrors(plan)];
}

function duplicateIdErrors(plan: Plan): ParseError[] {
  const seen = new Set<string>();
  const errors: ParseError[] = [];
  const lists = ['directPersons', 'socialNetwork', 'professionals', 'goals', 'agreements'] as const;
  for (const key of lists) {
    plan[key].forEach((item, i) => {
      if (seen.has(item.id)) {
        errors.push({ path: toJsonPath([key, i, 'id']), message: `De id "${item.id}" komt meer dan eens voor; elke persoon, elk doel en elke afspraak heeft een eigen id.` });
      }
      seen.add(item.id);
    });
  }
  return errors;
}

/**
 * Reads a plan from any JSON value. Never throws and never mutates `input`:
 * older schema versions are migrated on a copy, newer ones are refused.
 */
export function parsePlan(input: unknown): ParseResult {
  try {
    const migrated = migrate(input);
    if (!migrated.ok) return migrated;
    // reportInput: without it zod 4 leaves `issue.input` out, and every message would read as a missing field.
    const result = planSchema.safeParse(migrated.value, { reportInput: true });
    if (!result.success) {
      return { ok: false, errors: result.error.issues.flatMap(issueToErrors) };
    }
    const refErrors = referenceErrors(result.data);
    if (refErrors.length > 0) return { ok: false, errors: refErrors };
    return { ok: true, plan: result.data };
  } catch {
    // Defensive: a parser must never take the UI down, whatever the file holds.
    return { ok: false, errors: [{ path: '$', message: 'Dit bestand kan niet als veiligheidsplan worden gelezen.' }] };
  }
}

/** Reads a plan from the text of a .json file. */
export function parsePlanText(text: string): ParseResult {
  let value: unknown;
  try {
    // Windows editors may put a byte order mark in front; JSON.parse refuses it, but it is not part of the content.
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return { ok: false, errors: [{ path: '$', message: 'Dit is geen geldig JSON-bestand.' }] };
  }
  return parsePlan(value);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** Stable JSON: sorted keys, 2-space indent, trailing newline. Two saves of one plan are byte-identical. */
export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(sortKeys(plan), null, 2)}\n`;
}

export { CURRENT_SCHEMA_VERSION };
