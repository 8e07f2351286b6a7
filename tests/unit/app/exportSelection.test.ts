import { loadPreviousVersion, previousVersionFor } from '../../../src/app/exportSelection';
import type { PlanStore, PlanVersionInfo } from '../../../src/app/ports';
import { NotFoundError } from '../../../src/domain';
import type { Plan } from '../../../src/domain';
import { MemoryStore } from '../../fakes/memoryStore';
import { evaluationPlan } from '../domain/evaluationPlan';

const info = (versionId: string, planVersion: number, savedAt: string): PlanVersionInfo => ({ versionId, planVersion, savedAt, label: '' });

/** A clock the test moves forward, so every frozen version has its own time. */
function steppingClock(start: string) {
  let now = new Date(start).getTime();
  return { now: () => new Date((now += 60_000)) };
}

describe('previousVersionFor()', () => {
  const v2 = evaluationPlan({ version: 2 });

  it('picks the most recent frozen version of an earlier plan version, not the activation of this one', () => {
    const versions = [
      info('activated-v2', 2, '2027-01-20T10:00:00.000Z'),
      info('evaluated-v1', 1, '2027-01-15T10:00:00.000Z'),
      info('activated-v1', 1, '2026-11-01T10:00:00.000Z'),
    ];
    expect(previousVersionFor(v2, versions)?.versionId).toBe('evaluated-v1');
  });

  it('orders by the time of freezing, whatever order the store lists them in', () => {
    const versions = [info('activated-v1', 1, '2026-11-01T10:00:00.000Z'), info('evaluated-v1', 1, '2027-01-15T10:00:00.000Z')];
    expect(previousVersionFor(v2, versions)?.versionId).toBe('evaluated-v1');
  });

  it('falls back to the most recent frozen version when none is of an earlier plan version (an extended plan)', () => {
    const v1 = evaluationPlan({ version: 1 });
    const versions = [info('extended', 1, '2027-01-15T10:00:00.000Z'), info('activated', 1, '2026-11-01T10:00:00.000Z')];
    expect(previousVersionFor(v1, versions)?.versionId).toBe('extended');
  });

  it('is null when nothing was frozen yet', () => {
    expect(previousVersionFor(v2, [])).toBeNull();
  });
});

describe('loadPreviousVersion()', () => {
  it('loads the evaluated version 1 for an adjusted plan that was activated again as version 2', async () => {
    const store = new MemoryStore(steppingClock('2026-11-01T10:00:00Z'));
    const v1 = evaluationPlan();
    await store.freezeVersion(v1, 'Geactiveerd');
    const evaluated: Plan = { ...v1, status: 'evaluated', agreements: v1.agreements.slice(0, 1) };
    await store.freezeVersion(evaluated, 'Evaluatie: bijgesteld');
    const v2: Plan = { ...v1, version: 2, status: 'active' };
    await store.freezeVersion(v2, 'Geactiveerd');

    const previous = await loadPreviousVersion(store, v2);
    expect(previous?.version).toBe(1);
    expect(previous?.status).toBe('evaluated');
    expect(previous?.agreements.map((a) => a.id)).toEqual(['a1']);
  });

  it('gives null for a plan without history, and when the history cannot be read, so the export still works', async () => {
    const plan = evaluationPlan();
    expect(await loadPreviousVersion(new MemoryStore(), plan)).toBeNull();
    const failing: Pick<PlanStore, 'listVersions' | 'loadVersion'> = {
      listVersions: async () => [info('v1', 1, '2026-11-01T10:00:00.000Z')],
      loadVersion: async () => { throw new NotFoundError('version'); },
    };
    expect(await loadPreviousVersion(failing, plan)).toBeNull();
  });
});
