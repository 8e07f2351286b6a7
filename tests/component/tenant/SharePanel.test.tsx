import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ShareRecipient, Sharing } from '../../../src/app/ports';
import { SharePanel } from '../../../src/ui/tenant/SharePanel';
import { basePlan } from '../../unit/adapters/graph/planFixture';
import { renderTenant } from './renderTenant';

function fakeSharing(failFor: string[] = []) {
  const shared: string[] = [];
  const sharing: Sharing = {
    publishDocument: async () => undefined,
    shareDocument: async (_id, recipients: ShareRecipient[]) => recipients.map((r) => {
      shared.push(r.id);
      return failFor.includes(r.id) ? { recipientId: r.id, ok: false as const, code: 'GRAPH.SERVER', message: 'x' } : { recipientId: r.id, ok: true as const };
    }),
  };
  return { sharing, shared };
}

describe('<SharePanel>', () => {
  it('shows why a recipient without consent is refused, and shares only with the consenting one', async () => {
    const { sharing, shared } = fakeSharing();
    renderTenant(<SharePanel plan={basePlan} />, { sharing });
    const list = screen.getByRole('list', { name: 'Resultaat per ontvanger' });
    const school = within(list).getByText(/School/).closest('li')!;
    expect(within(school).getByRole('note')).toHaveTextContent('Geen toestemming vastgelegd');
    await userEvent.click(screen.getByRole('button', { name: 'Delen met 1 ontvanger(s)' }));
    expect(await within(list).findByText('Gedeeld')).toBeInTheDocument();
    expect(shared).toEqual(['r1']);
  });

  it('reports a failure per recipient', async () => {
    const { sharing } = fakeSharing(['r1']);
    renderTenant(<SharePanel plan={basePlan} />, { sharing });
    await userEvent.click(screen.getByRole('button', { name: 'Delen met 1 ontvanger(s)' }));
    expect(await screen.findByText(/Niet gelukt: Microsoft 365 gaf een fout/)).toBeInTheDocument();
  });

  it('renders nothing in local mode (no sharing port)', () => {
    renderTenant(<SharePanel plan={basePlan} />);
    expect(screen.queryByRole('region', { name: 'Kopie delen' })).toBeNull();
  });
});
