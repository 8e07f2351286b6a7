import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { LiveSession } from '../../../src/app/live/ports';
import { LiveMeeting } from '../../../src/ui/live/LiveMeeting';
import { ServicesProvider } from '../../../src/ui/services';
import type { AppServices } from '../../../src/ui/services';
import { completePlan } from '../../fixtures';
import { FakeDevice } from '../../fakes/deviceServices';
import { FakeLiveMeeting } from '../../fakes/liveSession';
import { MemoryStore } from '../../fakes/memoryStore';

const facilitatorJoin = { isOrganiser: true, isPresenter: true, inTenant: true, leadsFromHere: true, name: 'Sanne' };
const professionalJoin = { isOrganiser: false, isPresenter: true, inTenant: true, leadsFromHere: true, name: 'Wijkcoach' };
const memberJoin = { isOrganiser: false, isPresenter: false, inTenant: false, leadsFromHere: false, name: null };

function services(store: MemoryStore): AppServices {
  return {
    mode: 'local', store, ...new FakeDevice().tab(), clock: { now: () => new Date('2026-11-29T10:00:00') },
    loadExports: async () => { throw new Error('not used'); }, calendar: null, sharing: null, people: null, document: null,
  };
}

function show(session: LiveSession, store: MemoryStore, view: 'panel' | 'stage' = 'stage') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services(store)} locale="nl"><LiveMeeting session={session} view={view} /></ServicesProvider>
    </FluentProvider>,
  );
}

describe('LiveMeeting', () => {
  it('lets the facilitator bring a plan in and save it as one "Netwerkberaad" version', async () => {
    const store = new MemoryStore();
    const plan = completePlan();
    await store.save(plan, null);
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    show(facilitator, store, 'panel');
    await userEvent.click(await screen.findByRole('button', { name: new RegExp(`^Delen in de vergadering: ${plan.familyName}`) }));
    await waitFor(() => expect(facilitator.snapshot().base?.id).toBe(plan.id));
    await act(() => facilitator.setField('smallRelapse', 'Bel oma'));
    await userEvent.click(await screen.findByRole('button', { name: 'Opslaan in het plan' }));
    expect(await screen.findByText(/Opgeslagen als versie "Netwerkberaad 29-11-2026"/)).toBeInTheDocument();
    expect((await store.load(plan.id)).plan.smallRelapse).toBe('Bel oma');
    expect((await store.listVersions(plan.id)).map((v) => v.label)).toEqual(['Netwerkberaad 29-11-2026']);
  });

  it('keeps a network member\'s strength a proposal until a professional includes it, and shows no name for an anonymous joiner', async () => {
    const store = new MemoryStore();
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    await facilitator.shareBase(completePlan());
    await facilitator.startAgendaItem('analysis');
    const member = meeting.join(memberJoin);
    const { unmount } = show(member, store);

    expect(within(screen.getByTestId('live-presence')).getByText(/Deelnemer zonder naam/)).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Wat gaat goed, of wie helpt?' }), 'Buurvrouw past op');
    await userEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByText('Uw voorstel wacht tot een professional het opneemt.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Opnemen in het plan' })).not.toBeInTheDocument();
    unmount();

    const professional = meeting.join(professionalJoin);
    show(professional, store);
    await userEvent.click(screen.getByRole('button', { name: 'Opnemen in het plan' }));
    expect(member.snapshot().proposals[0]?.status).toBe('accepted');
  });

  it('shows who is typing in a field to the others', async () => {
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    await facilitator.shareBase(completePlan());
    await facilitator.lead('monitoring');
    const professional = meeting.join(professionalJoin);
    const member = meeting.join(memberJoin);
    show(member, new MemoryStore());
    act(() => professional.typing('largeRelapse'));
    expect(await screen.findByTestId('typing-largeRelapse')).toHaveTextContent('Wijkcoach typt hier');
  });

  it('shows a professional who leads, and lets them take over the lead with the button', async () => {
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    await facilitator.shareBase(completePlan());
    const professional = meeting.join(professionalJoin);
    show(professional, new MemoryStore(), 'panel');
    const lead = screen.getByTestId('live-lead');
    expect(within(lead).getByRole('status')).toHaveTextContent(/^Sanne leidt dit netwerkberaad, sinds \d{2}:\d{2}\.$/);
    expect(screen.queryByRole('button', { name: 'Opslaan in het plan' })).not.toBeInTheDocument();
    await userEvent.click(within(lead).getByRole('button', { name: 'Leiding overnemen' }));
    expect(within(lead).getByRole('status')).toHaveTextContent(/^U leidt dit netwerkberaad/);
    expect(facilitator.role).toBe('professional');
    expect(await screen.findByRole('button', { name: 'Opslaan in het plan' })).toBeInTheDocument();
  });

  it('offers a network member no take-over', () => {
    const meeting = new FakeLiveMeeting();
    meeting.join(facilitatorJoin);
    show(meeting.join(memberJoin), new MemoryStore());
    expect(screen.queryByRole('button', { name: 'Leiding overnemen' })).not.toBeInTheDocument();
  });
});
