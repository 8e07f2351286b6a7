import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Calendar, EventRequest, MeetingSuggestion } from '../../../src/app/ports';
import type { Plan } from '../../../src/domain';
import { NotFoundError, ServerError } from '../../../src/domain';
import { SchedulingPanel } from '../../../src/ui/tenant/SchedulingPanel';
import { basePlan } from '../../unit/adapters/graph/planFixture';
import { renderTenant } from './renderTenant';

const slotA: MeetingSuggestion = { start: '2027-01-15T09:00:00.000Z', end: '2027-01-15T10:00:00.000Z', confidence: 100, attendeeAvailability: [{ email: 'fatima@contoso.nl', availability: 'free' }] };
const slotB: MeetingSuggestion = { start: '2027-01-15T13:00:00.000Z', end: '2027-01-15T14:00:00.000Z', confidence: 100, attendeeAvailability: [{ email: 'fatima@contoso.nl', availability: 'free' }] };

const LOTTE = 'l.smit@contoso.nl';

/** A calendar port fake; `me` is the signed-in user's address (the organiser of what this fake creates). */
function fakeCalendar(options: { suggestions?: MeetingSuggestion[]; failFirstCreate?: boolean; me?: string } = {}) {
  const creates: EventRequest[] = [];
  const cancels: string[] = [];
  const moves: string[] = [];
  const me = options.me ?? LOTTE;
  const calendar: Calendar = {
    findMeetingTimes: async () => options.suggestions ?? [slotA, slotB],
    createEvent: async (r) => {
      creates.push(r);
      if (options.failFirstCreate && creates.length === 1) throw new ServerError(503);
      return { eventId: 'ev1', joinUrl: 'https://teams.microsoft.com/l/meetup-join/x', transactionId: r.transactionId, organizerEmail: me, organizerName: 'Lotte Smit', iCalUId: 'uid-1' };
    },
    updateEventTime: async (id) => { moves.push(id); },
    cancelEvent: async (id) => { cancels.push(id); },
    mailboxOwner: async () => ({ addresses: [me] }),
  };
  return { calendar, creates, cancels, moves };
}

/** Booked by Lotte Smit: the reference names her as organiser. */
const bookedByLotte: Plan = {
  ...basePlan,
  evaluationEvent: { eventId: 'ev1', joinUrl: 'https://teams.microsoft.com/l/meetup-join/x', transactionId: 't1', organizerEmail: LOTTE, organizerName: 'Lotte Smit', iCalUId: 'uid-1' },
};

function Harness({ onPlan, start = basePlan }: { onPlan?: (p: Plan) => void; start?: Plan }) {
  const [plan, setPlan] = useState<Plan>(start);
  return <SchedulingPanel plan={plan} target={{ kind: 'evaluation' }} personIds={['pro', 'grandpa', 'child']} onPlanChange={(p) => { setPlan(p); onPlan?.(p); }} />;
}

describe('<SchedulingPanel>', () => {
  it('lists suggestions with each colleague availability, and ranks by the phone answers', async () => {
    const { calendar } = fakeCalendar();
    renderTenant(<Harness />, { calendar });
    await userEvent.click(screen.getByRole('button', { name: 'Zoek tijden' }));
    const list = await screen.findByRole('list', { name: 'Voorgestelde tijden' });
    const first = within(list).getAllByRole('group')[0]!;
    expect(within(first).getByText('Fatima El Amrani: vrij')).toBeInTheDocument();
    await userEvent.selectOptions(within(first).getByRole('combobox', { name: 'Telefonisch antwoord van Opa Kees' }), 'no');
    const reordered = within(list).getAllByRole('group');
    expect(within(reordered[1]!).getByRole('combobox', { name: 'Telefonisch antwoord van Opa Kees' })).toHaveValue('no');
  });

  it('books the chosen time, keeps the transactionId on a retry, and stores the event in the plan', async () => {
    const { calendar, creates } = fakeCalendar({ failFirstCreate: true });
    const plans: Plan[] = [];
    renderTenant(<Harness onPlan={(p) => plans.push(p)} />, { calendar });
    await userEvent.click(screen.getByRole('button', { name: 'Zoek tijden' }));
    const [first] = within(await screen.findByRole('list', { name: 'Voorgestelde tijden' })).getAllByRole('group');
    const book = within(first!).getByRole('button', { name: /^Uitnodiging versturen voor/ });
    await userEvent.click(book);
    expect(await screen.findByRole('alert')).toHaveTextContent('Microsoft 365 gaf een fout (503)');
    await userEvent.click(book);
    expect(await screen.findByText('De uitnodiging is verstuurd.')).toBeInTheDocument();
    expect(creates.map((c) => c.transactionId)).toEqual([creates[0]!.transactionId, creates[0]!.transactionId]);
    expect(creates[1]!.attendees.map((a) => a.email)).toEqual(['fatima@contoso.nl']);
    expect(plans.at(-1)!.evaluationEvent).toMatchObject({ eventId: 'ev1' });
    expect(screen.getByRole('link', { name: 'Deelnamelink (Teams)' })).toHaveAttribute('href', 'https://teams.microsoft.com/l/meetup-join/x');
  });

  it('cancels an existing meeting', async () => {
    const { calendar, cancels } = fakeCalendar();
    renderTenant(<Harness />, { calendar });
    await userEvent.click(screen.getByRole('button', { name: 'Zoek tijden' }));
    const [first] = within(await screen.findByRole('list', { name: 'Voorgestelde tijden' })).getAllByRole('group');
    await userEvent.click(within(first!).getByRole('button', { name: /^Uitnodiging versturen voor/ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Afspraak annuleren' }));
    expect(await screen.findByText('De afspraak is geannuleerd.')).toBeInTheDocument();
    expect(cancels).toEqual(['ev1']);
  });

  it('offers the organiser to cancel and to move the booked meeting', async () => {
    const { calendar, moves } = fakeCalendar();
    renderTenant(<Harness start={bookedByLotte} />, { calendar });
    expect(await screen.findByRole('button', { name: 'Afspraak annuleren' })).toBeEnabled();
    expect(screen.queryByText(/Georganiseerd door/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Zoek tijden' }));
    const [first] = within(await screen.findByRole('list', { name: 'Voorgestelde tijden' })).getAllByRole('group');
    await userEvent.click(within(first!).getByRole('button', { name: /^Afspraak verplaatsen naar/ }));
    expect(await screen.findByText('De afspraak is verplaatst.')).toBeInTheDocument();
    expect(moves).toEqual(['ev1']);
  });

  it('shows a colleague who organises the meeting and whom to ask, without move or cancel', async () => {
    const { calendar, moves, cancels } = fakeCalendar({ me: 'b.kuipers@contoso.nl' });
    renderTenant(<Harness start={bookedByLotte} />, { calendar });
    expect(await screen.findByText(
      'Georganiseerd door Lotte Smit (l.smit@contoso.nl). Alleen de organisator kan de afspraak verplaatsen of annuleren. Vraag Lotte Smit (l.smit@contoso.nl) om dat te doen.',
    )).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Deelnamelink (Teams)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Afspraak annuleren' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Zoek tijden' })).not.toBeInTheDocument();
    expect([moves, cancels]).toEqual([[], []]);
  });

  it('explains a 404 on an older reference without organiser: the meeting is not in the user calendar', async () => {
    const { calendar } = fakeCalendar();
    const legacy: Plan = { ...basePlan, evaluationEvent: { eventId: 'ev-of-someone-else', joinUrl: '', transactionId: 't0' } };
    renderTenant(<Harness start={legacy} />, { calendar: { ...calendar, cancelEvent: async () => { throw new NotFoundError('event'); } } });
    await userEvent.click(screen.getByRole('button', { name: 'Afspraak annuleren' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze afspraak staat niet in uw agenda. Heeft een collega hem gepland?');
    expect(screen.queryByText('De afspraak is geannuleerd.')).not.toBeInTheDocument();
  });

  it('says so when no time is found', async () => {
    const { calendar } = fakeCalendar({ suggestions: [] });
    renderTenant(<Harness />, { calendar });
    await userEvent.click(screen.getByRole('button', { name: 'Zoek tijden' }));
    expect(await screen.findByText(/Geen tijd gevonden/)).toBeInTheDocument();
  });
});
