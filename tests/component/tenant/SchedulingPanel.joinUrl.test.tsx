import { screen } from '@testing-library/react';
import type { Calendar } from '../../../src/app/ports';
import type { Plan } from '../../../src/domain';
import { SchedulingPanel } from '../../../src/ui/tenant/SchedulingPanel';
import { basePlan } from '../../unit/adapters/graph/planFixture';
import { renderTenant } from './renderTenant';

/** Issue 14: a plan's joinUrl is shown as a link only when it is a Teams meeting link (src/domain/joinUrl.ts). */

const LOTTE = 'l.smit@contoso.nl';
const calendar: Calendar = {
  findMeetingTimes: async () => [],
  createEvent: async (r) => ({ eventId: 'ev1', joinUrl: '', transactionId: r.transactionId }),
  updateEventTime: async () => undefined,
  cancelEvent: async () => undefined,
  mailboxOwner: async () => ({ addresses: [LOTTE] }),
};

function bookedWith(joinUrl: string): Plan {
  return { ...basePlan, evaluationEvent: { eventId: 'ev1', joinUrl, transactionId: 't1', organizerEmail: LOTTE, organizerName: 'Lotte Smit', iCalUId: 'uid-1' } };
}

function renderWith(joinUrl: string) {
  renderTenant(<SchedulingPanel plan={bookedWith(joinUrl)} target={{ kind: 'evaluation' }} personIds={['pro']} onPlanChange={() => undefined} />, { calendar });
}

describe('<SchedulingPanel> join link', () => {
  it('shows a Teams meeting link as a link', async () => {
    renderWith('https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0');
    expect(await screen.findByRole('link', { name: 'Deelnamelink (Teams)' })).toHaveAttribute('href', 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0');
  });

  it.each([
    ['a look-alike host', 'https://teams.microsoft.com.evil.example/l/meetup-join/x'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['another site', 'https://example.org/meet/x'],
  ])('does not render %s as a link', async (_what, joinUrl) => {
    renderWith(joinUrl);
    await screen.findByText(/Er staat al een afspraak/);
    expect(screen.queryByRole('link', { name: 'Deelnamelink (Teams)' })).toBeNull();
    expect(document.querySelector(`a[href="${joinUrl}"]`)).toBeNull();
  });
});
