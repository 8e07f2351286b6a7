import { createEmptyPlan, parsePlan, serializePlan, checkPlan } from '../../../src/domain';

describe('domain smoke', () => {
  it('round-trips an empty plan and flags it', () => {
    const p = createEmptyPlan('abc');
    const r = parsePlan(JSON.parse(serializePlan(p)));
    expect(r).toEqual({ ok: true, plan: p });
    expect(checkPlan(p, new Date()).map((f) => f.ruleId)).toContain('family-name');
    const bad = parsePlan({ ...p, __proto__x: 1, madeOn: '2026-02-30' });
    expect(bad.ok).toBe(false);
    const proto = parsePlan(JSON.parse('{"__proto__": {"a":1}, "schemaVersion": 2}'));
    console.log(JSON.stringify(bad), JSON.stringify(proto).slice(0, 300));
  });
});
