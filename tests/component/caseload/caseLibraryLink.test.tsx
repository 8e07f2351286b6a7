import { screen } from '@testing-library/react';
import { App } from '../../../src/ui/App';
import type { AppServices } from '../../../src/ui/services';
import { FIXTURE_TODAY, completeDraft } from '../../fixtures';
import { MemoryStore } from '../../fakes/memoryStore';
import { localServices, renderWith } from '../evaluation/renderEvaluation';

describe('a caseload row that names its case library (#/plan/<id>?drive=<driveId>, issue 21)', () => {
  afterEach(() => { window.location.hash = ''; });

  it('opens the plan from that library, not from the library the tab runs in', async () => {
    const plan = completeDraft();
    const caseLibrary = new MemoryStore({ now: () => FIXTURE_TODAY });
    await caseLibrary.save(plan, null);
    const asked: string[] = [];
    const services: AppServices = {
      ...localServices(FIXTURE_TODAY),
      storeAt: ({ driveId }) => { asked.push(driveId); return caseLibrary; },
    };
    window.location.hash = `#/plan/${plan.id}?drive=b!case-42_lib`;
    renderWith(services, <App />);
    expect(await screen.findByRole('heading', { level: 1, name: `Veiligheidsplan van de familie ${plan.familyName}` })).toBeInTheDocument();
    expect(new Set(asked)).toEqual(new Set(['b!case-42_lib']));
  });

  it('without a library in the link, opens the plan from the tab\'s own store', async () => {
    const plan = completeDraft();
    const own = new MemoryStore({ now: () => FIXTURE_TODAY });
    await own.save(plan, null);
    const services: AppServices = { ...localServices(FIXTURE_TODAY, own), storeAt: () => { throw new Error('not asked'); } };
    window.location.hash = `#/plan/${plan.id}`;
    renderWith(services, <App />);
    expect(await screen.findByRole('heading', { level: 1, name: `Veiligheidsplan van de familie ${plan.familyName}` })).toBeInTheDocument();
  });
});
