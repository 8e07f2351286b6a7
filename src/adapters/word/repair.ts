import { createEmptyPlan, emptyValue, newId, parsePlan } from '../../domain';
import type { Field, Locale, Plan } from '../../domain';
import { translate } from '../../i18n';
import { wordProblemMessages as p } from '../../i18n/areas/word';
import { TOP_FIELDS, isList, itemKeys, rowFields } from './fields';
import type { PlanPath } from './problems';

/** Makes a plan read from a document valid, by the plan schema's own rules (parsePlan). */

type Item = Record<string, unknown>;

/** A new plan's values: the empty value of a top-level field the plan cannot leave open (the phase). */
export const PLAN_DEFAULTS = createEmptyPlan('defaults') as unknown as Item;

/** `$.agreements[2].who[0]` -> `['agreements', 2, 'who', 0]`. */
function pathSteps(jsonPath: string): Array<string | number> {
  const steps: Array<string | number> = [];
  const pattern = /\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (const match of jsonPath.matchAll(pattern)) {
    if (match[1] !== undefined) steps.push(match[1]);
    else if (match[2] !== undefined) steps.push(Number(match[2]));
    else if (match[3] !== undefined) steps.push(match[3]);
  }
  return steps;
}

/**
 * Makes the candidate valid at the path parsePlan objected to: a form field gets its empty value; an item whose id is
 * broken or repeated gets a new id (it is never dropped); an item whose other bookkeeping is broken is left out.
 * Returns false when nothing could be changed.
 */
function repairAt(candidate: Item, steps: ReadonlyArray<string | number>): boolean {
  let fields: ReadonlyArray<Field> = TOP_FIELDS;
  let container: unknown = candidate;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (step === undefined || typeof step === 'number' || container === null || typeof container !== 'object') return false;
    const field = fields.find((f) => f.id === step);
    const record = container as Item;
    if (!field) {
      if (i === 0) return false;
      // Bookkeeping of an item (from the hidden link): a key the schema does not know goes, the item stays.
      if (!itemKeys(listNames(steps.slice(0, i))).has(step) && step in record) {
        delete record[step];
        return true;
      }
      return removeItem(candidate, steps.slice(0, i));
    }
    const next = steps[i + 1];
    if (!isList(field) || typeof next !== 'number') {
      const empty = i === 0 ? PLAN_DEFAULTS[step] : emptyValue(field);
      // A required value inside a row (a score, say) has no empty form: the row goes.
      if (JSON.stringify(record[step]) === JSON.stringify(empty)) return i > 0 && removeItem(candidate, steps.slice(0, i));
      record[step] = empty;
      return true;
    }
    const items = record[step];
    if (!Array.isArray(items)) {
      record[step] = [];
      return true;
    }
    const rest = steps[i + 2];
    // A broken or repeated id: the item stays, with an id of its own.
    if (rest === 'id' && isRecord(items[next])) {
      (items[next] as Item).id = newId();
      return true;
    }
    if (rest === undefined) return removeItem(candidate, steps.slice(0, i + 2));
    container = items[next];
    fields = rowFields(field);
    i += 1;
  }
  return false;
}

/** The list names along a path: `['evaluations', 0, 'scores', 1]` -> `['evaluations', 'scores']`. */
function listNames(steps: ReadonlyArray<string | number>): string[] {
  return steps.filter((s): s is string => typeof s === 'string');
}

function isRecord(value: unknown): value is Item {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function removeItem(candidate: Item, itemPath: ReadonlyArray<string | number>): boolean {
  const index = itemPath[itemPath.length - 1];
  let list: unknown = candidate;
  for (const step of itemPath.slice(0, -1)) list = (list as Record<string | number, unknown>)[step];
  if (!Array.isArray(list) || typeof index !== 'number' || index >= list.length) return false;
  list.splice(index, 1);
  return true;
}

/** How many repairs a read may make before it gives up on the document (and refuses to apply it). */
export const MAX_REPAIRS = 50;

/**
 * parsePlan has the last word: whatever it still objects to is reported and repaired, one problem at a time, until the
 * plan is valid. `report` receives the place and the Dutch (or English) message.
 *
 * Returns null when the plan is not valid after MAX_REPAIRS repairs, or a problem cannot be repaired. There is no
 * fallback plan on purpose: an empty plan with the document's plan id, applied, would replace the stored plan with
 * nothing (issue 9, "never lose an edit"). The caller reports the document as unusable instead.
 */
export function validateCandidate(candidate: Item, locale: Locale, report: (path: PlanPath, message: string) => void): Plan | null {
  for (let attempt = 0; attempt < MAX_REPAIRS; attempt++) {
    const result = parsePlan(candidate);
    if (result.ok) return result.plan;
    const first = result.errors[0];
    if (!first) return null;
    const steps = pathSteps(first.path);
    report(steps, translate(p['problem.invalid'], locale, { detail: first.message }));
    if (!repairAt(candidate, steps)) return null;
  }
  const last = parsePlan(candidate);
  return last.ok ? last.plan : null;
}

