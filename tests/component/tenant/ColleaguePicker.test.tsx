import { useState } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { People } from '../../../src/app/ports';
import { PermissionError, createEmptyPlan } from '../../../src/domain';
import type { Plan } from '../../../src/domain';
import { errorMessage } from '../../../src/i18n';
import { SectionExtras } from '../../../src/ui/tenant/SectionExtras';
import { renderTenant } from './renderTenant';

function Harness({ onChange }: { onChange: (p: Plan) => void }) {
  const [plan, setPlan] = useState<Plan>(createEmptyPlan('p1'));
  return <SectionExtras sectionId="people" plan={plan} onPlanChange={(p) => { setPlan(p); onChange(p); }} />;
}

describe('colleague picker in section 1 (tenant mode)', () => {
  it('searches the directory after a pause in typing and adds the chosen colleague once', async () => {
    const user = userEvent.setup({ delay: null });
    const queries: string[] = [];
    const people: People = {
      search: async (q) => { queries.push(q); return [{ name: 'Fatima el Amrani', email: 'fatima@contoso.nl', jobTitle: 'Jeugdprofessional' }]; },
    };
    const changes: Plan[] = [];
    renderTenant(<Harness onChange={(p) => changes.push(p)} />, { people });

    await user.type(screen.getByRole('searchbox', { name: 'Zoek op naam of e-mailadres' }), 'Fatima');
    const add = await screen.findByRole('button', { name: 'Toevoegen: Fatima el Amrani (Jeugdprofessional)' });
    expect(queries).toEqual(['Fatima']);
    await user.click(add);
    expect(changes.at(-1)?.professionals.map((p) => p.email)).toEqual(['fatima@contoso.nl']);
    expect(screen.getByRole('status')).toHaveTextContent('Fatima el Amrani is toegevoegd aan de professionals.');

    await user.click(add);
    expect(changes).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('Fatima el Amrani staat al bij de professionals.');
  });

  it('says which consent is missing when the directory refuses the search', async () => {
    const user = userEvent.setup({ delay: null });
    const refusal = new PermissionError(403, 'People.Read');
    renderTenant(<Harness onChange={() => undefined} />, { people: { search: async () => { throw refusal; } } });
    await user.type(screen.getByRole('searchbox', { name: 'Zoek op naam of e-mailadres' }), 'Fa');
    expect(await screen.findByRole('alert')).toHaveTextContent(errorMessage(refusal, 'nl'));
  });

  it('is absent in local mode, where there is no directory', () => {
    renderTenant(<Harness onChange={() => undefined} />, {});
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });
});
