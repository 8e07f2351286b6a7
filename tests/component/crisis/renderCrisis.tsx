import { useState } from 'react';
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { PlanExports, ReflectionStore } from '../../../src/app/ports';
import type { Plan } from '../../../src/domain';
import { ServicesProvider } from '../../../src/ui/services';
import type { AppServices } from '../../../src/ui/services';
import { SectionExtras } from '../../../src/ui/tenant/SectionExtras';
import { MemoryStore } from '../../fakes/memoryStore';
import { FakeDevice } from '../../fakes/deviceServices';
import { fakePlanExports } from '../../fakes/planExports';

export const TODAY = new Date('2026-10-30T10:00:00Z');

/** The section extras of one editor section in local mode (no calendar), with the plan kept in state like the editor does. */
export function renderSection(sectionId: string, initial: Plan, options: { reflections?: ReflectionStore; toIcs?: PlanExports['toIcs'] } = {}) {
  const changes: Plan[] = [];
  const planExports: PlanExports = fakePlanExports({ toIcs: options.toIcs ?? (async () => 'BEGIN:VCALENDAR') });
  const services: AppServices = {
    mode: 'local', store: new MemoryStore(), ...new FakeDevice().tab(), clock: { now: () => TODAY }, loadExports: async () => planExports,
    calendar: null, sharing: null, people: null, document: null, ...(options.reflections ? { reflections: options.reflections } : {}),
  };
  function Harness() {
    const [plan, setPlan] = useState(initial);
    return <SectionExtras sectionId={sectionId} plan={plan} onPlanChange={(p) => { changes.push(p); setPlan(p); }} />;
  }
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services} locale="nl"><Harness /></ServicesProvider>
    </FluentProvider>,
  );
  return { ...view, changes };
}
