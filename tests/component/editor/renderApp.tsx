import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { PlanExports } from '../../../src/app/ports';
import type { Locale } from '../../../src/domain';
import { App } from '../../../src/ui/App';
import { ServicesProvider } from '../../../src/ui/services';
import type { AppServices } from '../../../src/ui/services';
import { MemoryStore } from '../../fakes/memoryStore';
import { fakeExports } from '../../fakes/exports';
import { FakeDevice } from '../../fakes/deviceServices';

export const TODAY = new Date('2026-11-24T10:00:00Z');

export function renderApp(options: { store?: MemoryStore; locale?: Locale; exports?: PlanExports; device?: FakeDevice } = {}) {
  const store = options.store ?? new MemoryStore();
  // Not named `exports`: under ts-jest's CommonJS output that name would shadow the module's own exports (TODAY).
  const planExports: PlanExports = options.exports ?? fakeExports('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  const services: AppServices = {
    mode: 'local', store, ...(options.device ?? new FakeDevice()).tab(), clock: { now: () => TODAY }, loadExports: async () => planExports,
    calendar: null, sharing: null, people: null, document: null,
  };
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services} locale={options.locale ?? 'nl'}>
        <App />
      </ServicesProvider>
    </FluentProvider>,
  );
  return { ...utils, store, services };
}
