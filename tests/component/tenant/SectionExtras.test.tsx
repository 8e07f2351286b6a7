import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Calendar, FindTimesRequest, MeetingSuggestion } from '../../../src/app/ports';
import type { Plan } from '../../../src/domain';
import { SectionExtras } from '../../../src/ui/tenant/SectionExtras';
import { basePlan } from '../../unit/adapters/graph/planFixture';
import { fakeSharing } from '../../fakes/exports';
import { renderTenant } from './renderTenant';

const booked: Plan = {
  ...basePlan,
  evaluationAttendeeIds: ['pro'],
  evaluationEvent: { eventId: 'ev1', joinUrl: 'https://teams.microsoft.com/l/meetup-join/x', transactionId: 't1' },
};

function fakeCalendar(me = 'l.smit@contoso.nl') {
  const finds: FindTimesRequest[] = [];
  const moves: string[] = [];
  const cancels: string[] = [];
  const calendar: Calendar = {
    findMeetingTimes: async (r) => {
      finds.push(r);
      const start = `${r.windowStart.slice(0, 10)}T09:00:00.000Z`;
      const suggestion: MeetingSuggestion = { start, end: start.replace('T09', 'T10'), confidence: 100, attendeeAvailability: [{ email: 'fatima@contoso.nl', availability: 'free' }] };
      return [suggestion];
    },
    createEvent: async (r) => ({ eventId: 'ev2', joinUrl: '', transactionId: r.transactionId }),
    updateEventTime: async (id, start) => { moves.push(`${id}@${start}`); },
    cancelEvent: async (id) => { cancels.push(id); },
    mailboxOwner: async () => ({ addresses: [me] }),
  };
  return { calendar, finds, moves, cancels };
}

/** The editor around the extras: a date field of section 9 and a way to switch sections. */
function Harness({ start, initialSection = 'evaluation' }: { start: Plan; initialSection?: string }) {
  const [plan, setPlan] = useState<Plan>(start);
  const [section, setSection] = useState(initialSection);
  return (
    <>
      <label>
        Datum
        <input type="date" value={plan.evaluationDate ?? ''} onChange={(e) => setPlan({ ...plan, evaluationDate: e.target.value || null })} />
      </label>
      <button type="button" onClick={() => setSection(section === 'evaluation' ? 'home' : 'evaluation')}>Ander onderdeel</button>
      <output aria-label="Afspraak in plan">{plan.evaluationEvent?.eventId ?? 'geen'}</output>
      <SectionExtras sectionId={section} plan={plan} onPlanChange={setPlan} />
    </>
  );
}

const dateInput = () => screen.getByLabelText('Datum');

describe('<SectionExtras>', () => {
  it('section 9 in tenant mode: a moved date offers to find times on the new day, and moves the booked meeting', async () => {
    const { calendar, finds, moves } = fakeCalendar();
    renderTenant(<Harness start={booked} />, { calendar });
    expect(screen.getByRole('region', { name: 'Evaluatie plannen' })).toBeInTheDocument();
    expect(screen.queryByText(/staat nog op/)).not.toBeInTheDocument();

    await userEvent.clear(dateInput());
    await userEvent.type(dateInput(), '2027-01-22');
    expect(screen.getByText(/De evaluatiedatum is nu 22 januari 2027, maar de afspraak in de agenda staat nog op 15 januari 2027/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Tijden zoeken op 22 januari 2027' }));
    const list = await screen.findByRole('list', { name: 'Voorgestelde tijden' });
    expect(finds.at(-1)!.windowStart).toBe('2027-01-22T07:00:00.000Z');
    await userEvent.click(within(list).getByRole('button', { name: /^Afspraak verplaatsen naar/ }));

    expect(await screen.findByText('De afspraak is verplaatst.')).toBeInTheDocument();
    expect(moves).toEqual(['ev1@2027-01-22T09:00:00.000Z']);
    expect(screen.queryByText(/staat nog op/)).not.toBeInTheDocument();
  });

  it('section 9 in tenant mode: a cleared date offers to cancel the meeting, and cancelling forgets it', async () => {
    const { calendar, cancels } = fakeCalendar();
    renderTenant(<Harness start={booked} />, { calendar });
    await userEvent.clear(dateInput());
    expect(screen.getByText(/Wilt u de afspraak annuleren\?/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Afspraak annuleren' }));
    expect(await screen.findByText('De afspraak is geannuleerd.')).toBeInTheDocument();
    expect(cancels).toEqual(['ev1']);
    expect(screen.getByRole('status', { name: 'Afspraak in plan' })).toHaveTextContent('geen');
  });

  it('keeps the meeting when asked, without any calendar request', async () => {
    const { calendar, finds, moves, cancels } = fakeCalendar();
    renderTenant(<Harness start={booked} />, { calendar });
    await userEvent.clear(dateInput());
    await userEvent.type(dateInput(), '2027-01-22');
    await userEvent.click(screen.getByRole('button', { name: 'Afspraak laten staan' }));
    expect(screen.queryByText(/staat nog op/)).not.toBeInTheDocument();
    expect([finds.length, moves.length, cancels.length]).toEqual([0, 0, 0]);
  });

  it('section 9: a colleague of the organiser gets the date change news with whom to ask, and no move or cancel', async () => {
    const { calendar, finds, moves, cancels } = fakeCalendar('b.kuipers@contoso.nl');
    const byLotte: Plan = { ...booked, evaluationEvent: { ...booked.evaluationEvent!, organizerEmail: 'l.smit@contoso.nl', organizerName: 'Lotte Smit' } };
    renderTenant(<Harness start={byLotte} />, { calendar });
    await userEvent.clear(dateInput());
    await userEvent.type(dateInput(), '2027-01-22');
    expect(await screen.findAllByText(/Vraag Lotte Smit \(l\.smit@contoso\.nl\) om dat te doen\./)).not.toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Tijden zoeken op 22 januari 2027' })).not.toBeInTheDocument();
    await userEvent.clear(dateInput());
    expect(screen.getByText(/Wilt u de afspraak annuleren\?/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Afspraak annuleren' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Afspraak laten staan' })).toBeInTheDocument();
    expect([finds.length, moves.length, cancels.length]).toEqual([0, 0, 0]);
  });

  it('still offers the move after the user visits another section and comes back', async () => {
    const { calendar } = fakeCalendar();
    renderTenant(<Harness start={booked} />, { calendar });
    await userEvent.clear(dateInput());
    await userEvent.type(dateInput(), '2027-01-22');
    await userEvent.click(screen.getByRole('button', { name: 'Ander onderdeel' }));
    expect(screen.queryByText(/staat nog op/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Ander onderdeel' }));
    expect(screen.getByText(/staat nog op 15 januari 2027/)).toBeInTheDocument();
  });

  it('section 8 in tenant mode shows the share panel with the refusal of a recipient without consent', () => {
    const { sharing } = fakeSharing();
    renderTenant(<Harness start={booked} initialSection="home" />, { sharing });
    const panel = screen.getByRole('region', { name: 'Kopie delen' });
    expect(within(panel).getByText('Geen toestemming vastgelegd: wordt niet gedeeld.')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Delen met 1 ontvanger(s)' })).toBeEnabled();
  });

  it('section 8 in local mode explains that the app shares nothing', () => {
    renderTenant(<Harness start={booked} initialSection="home" />);
    expect(screen.queryByRole('region', { name: 'Kopie delen' })).not.toBeInTheDocument();
    expect(screen.getByText(/Zonder koppeling met Microsoft 365 deelt de app niets/)).toBeInTheDocument();
  });

  it('section 9 in local mode offers the .ics download instead of scheduling', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => { created.push(blob as Blob); return 'blob:x'; };
    URL.revokeObjectURL = () => undefined;
    // jsdom cannot navigate; the click on the download link is what hands the file to the browser.
    const clicks = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderTenant(<Harness start={booked} />);
    expect(screen.queryByRole('region', { name: 'Evaluatie plannen' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Agendabestand (.ics) downloaden' }));
    expect(await screen.findByText('Het agendabestand is gedownload.')).toBeInTheDocument();
    expect(created.map((b) => b.type)).toEqual(['text/calendar']);
    expect(clicks).toHaveBeenCalledTimes(1);
    clicks.mockRestore();
  });

  it('section 9 in local mode asks for the date before the .ics can be made', async () => {
    renderTenant(<Harness start={{ ...booked, evaluationDate: null }} />);
    expect(screen.getByText('Vul eerst de datum van de evaluatie in.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Agendabestand (.ics) downloaden' })).toBeDisabled();
  });
});
