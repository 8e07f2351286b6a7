import { render, screen } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Plan } from '../../../src/domain';
import { App } from '../../../src/ui/App';
import { ServicesProvider } from '../../../src/ui/services';
import type { AppServices } from '../../../src/ui/services';
import { MemoryStore } from '../../fakes/memoryStore';
import { fakeExports } from '../../fakes/exports';
import { FakeDevice } from '../../fakes/deviceServices';

export type User = ReturnType<typeof userEvent.setup>;

/** Services for local mode with a clock fixed at `now`; the store keeps versions in memory. */
export function localServices(now: Date, store = new MemoryStore({ now: () => now })): AppServices {
  return {
    mode: 'local', store, ...new FakeDevice().tab(), clock: { now: () => now },
    loadExports: async () => fakeExports(),
    calendar: null, sharing: null, people: null, document: null,
  };
}

export function renderWith(services: AppServices, ui: ReactNode): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services} locale="nl">{ui}</ServicesProvider>
    </FluentProvider>,
  );
}

/** Stores the plan and opens it in the app's editor, as a user following a link to it would. */
export async function openPlanInApp(plan: Plan, now: Date): Promise<{ store: MemoryStore; services: AppServices }> {
  const store = new MemoryStore({ now: () => now });
  await store.save(plan, null);
  const services = localServices(now, store);
  window.location.hash = `#/plan/${plan.id}`;
  renderWith(services, <App />);
  await screen.findByRole('heading', { level: 1, name: /Veiligheidsplan van de familie/ });
  return { store, services };
}

export async function openEvaluations(user: User): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Evaluaties' }));
  await screen.findByRole('heading', { level: 1, name: 'Evaluaties van het plan' });
}
