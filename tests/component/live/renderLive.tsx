import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { LiveSession } from '../../../src/app/live/ports';
import { LiveMeeting } from '../../../src/ui/live/LiveMeeting';
import { ServicesProvider } from '../../../src/ui/services';
import type { AppServices } from '../../../src/ui/services';
import { FakeDevice } from '../../fakes/deviceServices';
import { completeDraft } from '../../fixtures';
import type { Plan } from '../../../src/domain';
import { MemoryStore } from '../../fakes/memoryStore';

/** How each kind of person joins the fake meeting (tests/fakes/liveSession.ts). */
export const facilitatorJoin = { isOrganiser: true, isPresenter: true, inTenant: true, leadsFromHere: true, name: 'Sanne' };
export const professionalJoin = { isOrganiser: false, isPresenter: true, inTenant: true, leadsFromHere: true, name: 'Wijkcoach' };
export const memberJoin = { isOrganiser: false, isPresenter: false, inTenant: false, leadsFromHere: false, name: null };

function services(store: MemoryStore, device: FakeDevice): AppServices {
  return {
    mode: 'local', store, ...device.tab(), clock: { now: () => new Date('2026-11-29T10:00:00') },
    loadExports: async () => { throw new Error('not used'); }, calendar: null, sharing: null, people: null, document: null,
  };
}

/** One person's window on the meeting: the side panel or the stage, with the device's store. */
export function showLive(session: LiveSession, store: MemoryStore, view: 'panel' | 'stage' = 'stage', device = new FakeDevice()) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services(store, device)} locale="nl"><LiveMeeting session={session} view={view} /></ServicesProvider>
    </FluentProvider>,
  );
}

/** The facilitator's device: a store that already holds the plan the meeting is about. */
/** A store holding `plan`: by default a draft (a plan in force takes a meeting's save as an adjusted version). */
export async function storeWithPlan(plan: Plan = completeDraft()) {
  const store = new MemoryStore();
  await store.save(plan, null);
  return { store, plan };
}
