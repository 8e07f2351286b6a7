import fc from 'fast-check';
import { deepEqual, fieldLabelOfPath, mergePlans, parsePlan } from '../../../src/domain';
import type { Plan } from '../../../src/domain';
import { completePlan } from '../../fixtures';

const base = completePlan();
const withAgreement = (plan: Plan, id: string, what: string): Plan => ({
  ...plan,
  agreements: [...plan.agreements, { ...plan.agreements[0]!, id, what }],
});

describe('mergePlans()', () => {
  it('takes each side\'s change when they changed different fields, with no conflict', () => {
    const mine = { ...base, genogramNote: 'Mijn notitie' };
    const theirs = { ...base, smallRelapse: 'Hun terugval-afspraak' };
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.genogramNote).toBe('Mijn notitie');
    expect(merged.smallRelapse).toBe('Hun terugval-afspraak');
    expect(parsePlan(merged).ok).toBe(true);
  });

  it('keeps both sides\' new list items (two people adding agreements)', () => {
    const mine = withAgreement(base, 'mine-1', 'Oma haalt op');
    const theirs = withAgreement(base, 'theirs-1', 'Buurman belt');
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.agreements.map((a) => a.id)).toEqual([...base.agreements.map((a) => a.id), 'mine-1', 'theirs-1']);
  });

  it('merges edits to different fields of one list item', () => {
    const first = base.agreements[0]!;
    const mine = { ...base, agreements: base.agreements.map((a) => (a.id === first.id ? { ...a, what: 'Nieuw wat' } : a)) };
    const theirs = { ...base, agreements: base.agreements.map((a) => (a.id === first.id ? { ...a, when: 'Elke dag' } : a)) };
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.agreements[0]).toMatchObject({ what: 'Nieuw wat', when: 'Elke dag' });
  });

  it('reports a clash when both changed one field, and settles it by preference', () => {
    const mine = { ...base, familyName: 'Mijn naam' };
    const theirs = { ...base, familyName: 'Hun naam', genogramNote: 'Hun notitie' };
    const preferMine = mergePlans(base, mine, theirs, 'mine');
    expect(preferMine.conflicts).toEqual(['$.familyName']);
    expect(preferMine.merged).toMatchObject({ familyName: 'Mijn naam', genogramNote: 'Hun notitie' });
    expect(mergePlans(base, mine, theirs, 'theirs').merged).toMatchObject({ familyName: 'Hun naam', genogramNote: 'Hun notitie' });
  });

  it('removes an item one side removed and the other left alone', () => {
    const gone = base.agreements[0]!.id;
    const mine = { ...base, agreements: base.agreements.filter((a) => a.id !== gone) };
    const theirs = { ...base, genogramNote: 'x' };
    const { merged, conflicts } = mergePlans(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.agreements.some((a) => a.id === gone)).toBe(false);
  });

  it('flags removed-here, changed-there as a clash and keeps the change when that side is preferred', () => {
    const item = base.agreements[0]!;
    const mine = { ...base, agreements: base.agreements.filter((a) => a.id !== item.id) };
    const theirs = { ...base, agreements: base.agreements.map((a) => (a.id === item.id ? { ...a, what: 'Gewijzigd' } : a)) };
    const preferTheirs = mergePlans(base, mine, theirs, 'theirs');
    expect(preferTheirs.conflicts).toEqual([`$.agreements[id=${item.id}]`]);
    expect(preferTheirs.merged.agreements.find((a) => a.id === item.id)?.what).toBe('Gewijzigd');
    expect(mergePlans(base, mine, theirs, 'mine').merged.agreements.some((a) => a.id === item.id)).toBe(false);
  });

  it('never mutates its inputs', () => {
    const mine = { ...base, familyName: 'A' };
    const theirs = { ...base, familyName: 'B' };
    const copies = structuredClone([base, mine, theirs]);
    mergePlans(base, mine, theirs);
    expect([base, mine, theirs]).toEqual(copies);
  });

  it('property: a side equal to the base yields the other side; equal sides yield that side', () => {
    const texts = fc.record({ familyName: fc.string({ maxLength: 40 }), genogramNote: fc.string({ maxLength: 40 }), smallRelapse: fc.string({ maxLength: 40 }) });
    fc.assert(fc.property(texts, texts, (a, b) => {
      const other = { ...base, ...a };
      const same = { ...base, ...b };
      expect(deepEqual(mergePlans(base, base, other).merged, other)).toBe(true);
      expect(deepEqual(mergePlans(base, other, base).merged, other)).toBe(true);
      expect(deepEqual(mergePlans(base, same, same).merged, same)).toBe(true);
    }), { numRuns: 200 });
  });

  it('property: no value either side typed in a field only it changed is lost', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 30 }), fc.string({ minLength: 1, maxLength: 30 }), (x, y) => {
      const mine = { ...base, genogramNote: `m${x}` };
      const theirs = { ...base, largeRelapse: `t${y}` };
      const { merged } = mergePlans(base, mine, theirs);
      expect(merged.genogramNote).toBe(`m${x}`);
      expect(merged.largeRelapse).toBe(`t${y}`);
    }), { numRuns: 200 });
  });
});

describe('fieldLabelOfPath()', () => {
  it('names a field in the form\'s words, list items by number', () => {
    expect(fieldLabelOfPath('$.familyName', 'nl')).not.toBe('');
    expect(fieldLabelOfPath('$.agreements[2].what', 'nl')).toMatch(/3 › /);
    expect(fieldLabelOfPath('$.nonsense', 'nl')).toBe('');
  });
});
