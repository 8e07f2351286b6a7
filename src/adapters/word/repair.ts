import { createEmptyPlan, emptyValue, parsePlan } from '../../domain';
import type { Field, Locale, Plan } from '../../domain';
import { translate } from '../../i18n';
import { wordProblemMessages as p } from '../../i18n/areas/word';
import { TOP_FIELDS, isList, rowFields } from './fields';
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
 * Makes the candidate valid at the path parsePlan objected to: a form field gets its empty value; an item whose
 * bookkeeping is broken (say, a duplicated id) is left out. Returns false when nothing could be changed.
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
    if (rest === undefined || rest === 'id') return removeItem(candidate, steps.slice(0, i + 2));
    container = items[next];
    fields = rowFields(field);
    i += 1;
  }
  return false;
}

function removeItem(candidate: Item, itemPath: ReadonlyArray<string | number>): boolean {
  const index = itemPath[itemPath.length - 1];
  let list: unknown = candidate;
  for (const step of itemPath.slice(0, -1)) list = (list as Record<string | number, unknown>)[step];
  if (!Array.isArray(list) || typeof index !== 'number' || index >= list.length) return false;
  list.splice(index, 1);
  return true;
}

const MAX_REPAIRS = 50;

/**
 * parsePlan has the last word: whatever it still objects to is reported and repaired, one problem at a time, until the
 * plan is valid. `report` receives the place and the Dutch (or English) message.
 */
export function validateCandidate(candidate: Item, locale: Locale, report: (path: PlanPath, message: string) => void): Plan {
  for (let attempt = 0; attempt < MAX_REPAIRS; attempt++) {
    const result = parsePlan(candidate);
    if (result.ok) return result.plan;
    const first = result.errors[0];
    if (!first) break;
    const steps = pathSteps(first.path);
    report(steps, translate(p['problem.invalid'], locale, { detail: first.message }));
    if (!repairAt(candidate, steps)) break;
  }
  // Defensive: the repairs above always converge for documents this app wrote; keep the user's plan id at least.
  const fallback = createEmptyPlan(typeof candidate.id === 'string' ? candidate.id : undefined);
  return parsePlan(fallback).ok ? fallback : createEmptyPlan();
}

