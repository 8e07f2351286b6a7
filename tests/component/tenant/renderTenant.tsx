import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Calendar, CaseAccess, People, PlanExports, Sharing } from '../../../src/app/ports';
import { ServicesProvider } from '../../../src/ui/services';
import type { AppServices } from '../../../src/ui/services';
import { MemoryStore } from '../../fakes/memoryStore';
import { FakeDevice } from '../../fakes/deviceServices';
import { fakePlanExports } from '../../fakes/planExports';

export const NOW = new Date('2026-11-24T10:00:00Z');

/** Renders a tenant-mode component with fake ports (no adapters, no HTTP). */
export function renderTenant(
  ui: ReactNode,
  ports: { calendar?: Calendar | null; sharing?: Sharing | null; people?: People | null; caseAccess?: CaseAccess | null } = {},
  locale: 'nl' | 'en' = 'nl',
) {
  const store = new MemoryStore();
  const planExports: PlanExports = fakePlanExports();
  const services: AppServices = {
    mode: 'tenant', store, ...new FakeDevice().tab(), clock: { now: () => NOW }, loadExports: async () => planExports,
    calendar: ports.calendar ?? null, sharing: ports.sharing ?? null, people: ports.people ?? null, document: null, caseAccess: ports.caseAccess ?? null,
  };
  return render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services} locale={locale}>{ui}</ServicesProvider>
    </FluentProvider>,
  );
}
