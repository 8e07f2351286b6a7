import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { isIsoDate, parsePlan, serializePlan } from '../../../src/domain';
import type { ParseResult } from '../../../src/domain';
import { completePlan, firstDraftPlan } from '../../fixtures';
import { applyMutation, isoDateArb, mutationArb, validPlanArb } from '../../fixtures/arbitraries';
import type { PathStep } from '../../fixtures/arbitraries';

const RUNS = { numRuns: 1000 };

/** Reads a JSON path as parsePlan writes it (`$.a[0]["odd key"]`) back into steps; null if it is not one. */
function parsePath(path: string): PathStep[] | null {
  if (!path.startsWith('$')) return null;
  const steps: PathStep[] = [];
  const step = /\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  step.lastIndex = 1;
  while (step.lastIndex < path.length) {
    const m = step.exec(path);
    if (!m) return null;
    steps.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]!) as string)));
  }
  return steps;
}

/**
 * What is wrong with a parse result, or null if nothing: every error has a Dutch message and a JSON path whose parent
 * exists in the document (the last step may be a missing field). Plain checks, one expect per run: jest's expect is
 * slow enough to dominate 1000 runs with dozens of errors each.
 */
function problemWith(result: ParseResult, doc: unknown): string | null {
  if (result.ok) {
    // Whatever was accepted is a plan that survives its own save and load.
    const again = parsePlan(JSON.parse(serializePlan(result.plan)));
    return again.ok && serializePlan(again.plan) === serializePlan(result.plan) ? null : 'accepted plan does not round-trip';
  }
  if (result.errors.length === 0) return 'refused without errors';
  for (const error of result.errors) {
    if (typeof error.message !== 'string' || error.message.trim().length < 5) return `no message at ${error.path}`;
    const steps = parsePath(error.path);
    if (steps === null) return `not a JSON path: ${error.path}`;
    if (steps.length === 0) continue;
    let node: unknown = doc;
    for (const s of steps.slice(0, -1)) {
      // A migrated v1 file is checked under current names: its parent may only exist after migration.
      if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, s)) { node = undefined; break; }
      node = (node as Record<PathStep, unknown>)[s];
    }
    if (node !== undefined && (node === null || typeof node !== 'object')) return `path ${error.path} goes through a non-container`;
  }
  return null;
}

function expectWellFormed(result: ParseResult, doc: unknown): void {
  expect(problemWith(result, doc)).toBeNull();
}

function safeParse(input: unknown): ParseResult {
  let result: ParseResult | undefined;
  expect(() => { result = parsePlan(input); }).not.toThrow();
  return result!;
}

describe('parsePlan properties', () => {
  it('gives back every generated valid plan after serialize and JSON.parse, and saves it byte-identically again', () => {
    fc.assert(fc.property(validPlanArb, (plan) => {
      const text = serializePlan(plan);
      const again = parsePlan(JSON.parse(text));
      // isDeepStrictEqual first: jest's toEqual on 1000 whole plans costs seconds; it only runs to explain a failure.
      if (!isDeepStrictEqual(again, { ok: true, plan })) expect(again).toEqual({ ok: true, plan });
      expect(again.ok && serializePlan(again.plan)).toBe(text);
    }), RUNS);
  });

  it('never throws on arbitrary JSON values, and errors always carry a path', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const before = structuredClone(value);
      expectWellFormed(safeParse(value), value);
      expect(value).toEqual(before);
    }), RUNS);
  });

  it('never throws on arbitrary objects that claim to be a plan', () => {
    const claim = fc.record({ schemaVersion: fc.constantFrom(1, 2, 3) }).chain((head) =>
      fc.dictionary(fc.string({ maxLength: 20 }), fc.jsonValue({ maxDepth: 3 })).map((rest) => ({ ...rest, ...head })));
    fc.assert(fc.property(claim, (value) => {
      expectWellFormed(safeParse(value), value);
    }), RUNS);
  });

  it('never throws on mutated valid plans, never changes them, and always returns a plan or errors with a path', () => {
    const base = fc.oneof(
      { weight: 1, arbitrary: fc.constant(null).map(() => completePlan()) },
      { weight: 1, arbitrary: fc.constant(null).map(() => firstDraftPlan()) },
      { weight: 2, arbitrary: validPlanArb },
    );
    fc.assert(fc.property(base, fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (plan, mutations) => {
      const doc = mutations.reduce((d, m) => applyMutation(d, m), JSON.parse(serializePlan(plan)) as unknown);
      const before = structuredClone(doc);
      expectWellFormed(safeParse(doc), doc);
      if (!isDeepStrictEqual(doc, before)) expect(doc).toEqual(before);
    }), RUNS);
  });

  it('accepts exactly the ISO dates that exist', () => {
    fc.assert(fc.property(isoDateArb, (d) => expect(isIsoDate(d)).toBe(true)), RUNS);
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
      const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const real = new Date(`${text}T00:00:00.000Z`);
      const exists = !Number.isNaN(real.getTime()) && real.toISOString().startsWith(text);
      expect(isIsoDate(text)).toBe(exists);
    }), RUNS);
  });
});
