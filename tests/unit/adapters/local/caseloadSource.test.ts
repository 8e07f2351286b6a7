import { IndexedDbCaseloadSource, VIEWER_ADDRESS_KEY } from '../../../../src/adapters/local/caseloadSource';
import type { AddressStorage } from '../../../../src/adapters/local/caseloadSource';
import { caseloadRowOfStoredPlan } from '../../../../src/adapters/local/caseloadRow';
import { startRevision } from '../../../../src/domain';
import { completePlan, planWith, v1PrototypeJson } from '../../../fixtures';
import { crisisPlan } from '../../../fixtures/crisisPlan';
import { freshDbName, openTab } from './localStore';

const stored = { revision: '1', savedAt: '2026-11-24T10:00:00.000Z' };

function memoryStorage(): AddressStorage & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => { values.set(key, value); },
    removeItem: (key) => { values.delete(key); },
  };
}

describe('caseloadRowOfStoredPlan()', () => {
  it('adds the children\'s first names, variant, professionals, role holders, case and link to the plan list\'s summary', () => {
    const plan = completePlan();
    const row = caseloadRowOfStoredPlan(plan.id, plan, stored);
    expect(row).toMatchObject({ id: plan.id, caseId: plan.id, caseLabel: '', variant: 'standard', revisionOf: null, href: `#/plan/${plan.id}` });
    expect(row?.childFirstNames).toEqual(plan.directPersons.filter((p) => p.isChild).map((p) => p.name.split(' ')[0]));
    expect(row?.professionals.map((p) => p.id)).toEqual(plan.professionals.map((p) => p.id));
    expect(row?.roleHolders).toEqual({
      facilitator: plan.facilitatorId, caseDirector: plan.caseDirectorId, safetyDirector: plan.safetyDirectorId,
      evaluationInitiator: plan.evaluationInitiatorId, copiesSender: plan.copiesSentById,
    });
  });

  it('files an adjusted version under the case of the plan in force, and reads the crisis variant', () => {
    const revision = startRevision(completePlan(), 'rev-1');
    expect(caseloadRowOfStoredPlan('rev-1', revision, stored)).toMatchObject({ caseId: completePlan().id, revisionOf: completePlan().id });
    const crisis = crisisPlan();
    expect(caseloadRowOfStoredPlan(crisis.id, crisis, stored)?.variant).toBe('crisis');
  });

  it('reads a schema version 1 record, which has no variant, facilitator or case director yet, with their defaults', () => {
    expect(caseloadRowOfStoredPlan('v1', v1PrototypeJson(), stored)).toMatchObject({
      familyName: 'Bakker-Yilmaz', variant: 'standard',
      roleHolders: { facilitator: null, caseDirector: null, safetyDirector: 's-ria', evaluationInitiator: 'p-lotte', copiesSender: 'p-lotte' },
    });
  });

  it('skips a record the plan list skips too', () => {
    expect(caseloadRowOfStoredPlan('x', { ...completePlan(), status: 'archived' }, stored)).toBeNull();
  });
});

describe('IndexedDbCaseloadSource', () => {
  it('lists every readable plan on the device, and the team facts without names', async () => {
    const tab = openTab(freshDbName());
    await tab.store.save(planWith({ id: 'plan-a', familyName: 'Jansen' }), null);
    await tab.store.save(planWith({ id: 'plan-b', familyName: 'de Boer' }), null);
    const source = new IndexedDbCaseloadSource(tab.db, memoryStorage());
    expect((await source.listCaseload()).map((r) => r.familyName).sort()).toEqual(['Jansen', 'de Boer']);
    const facts = await source.listTeamPlans();
    expect(facts.map((f) => f.planId).sort()).toEqual(['plan-a', 'plan-b']);
    expect(JSON.stringify(facts)).not.toMatch(/Jansen|Boer/);
    await tab.db.close();
  });

  it('remembers the viewer\'s address on the device, folded, and forgets it when cleared', async () => {
    const storage = memoryStorage();
    const source = new IndexedDbCaseloadSource(openTab(freshDbName()).db, storage);
    expect(await source.viewer()).toEqual({ addresses: [], teamLead: true });
    await source.rememberViewerAddress(' A.Smit@Team.NL ');
    expect(storage.values.get(VIEWER_ADDRESS_KEY)).toBe('a.smit@team.nl');
    expect((await source.viewer()).addresses).toEqual(['a.smit@team.nl']);
    await source.rememberViewerAddress('');
    expect((await source.viewer()).addresses).toEqual([]);
  });

  it('still answers where the browser gives no storage', async () => {
    const source = new IndexedDbCaseloadSource(openTab(freshDbName()).db, null);
    await source.rememberViewerAddress('a@b.nl');
    expect(await source.viewer()).toEqual({ addresses: [], teamLead: true });
  });
});
