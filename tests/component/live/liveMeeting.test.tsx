import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { liveViewOf } from '../../../src/domain';
// The meeting's save of a draft; into a plan in force it becomes an adjusted version (tests/unit/app/live/liveSave.test.ts).
import { completeDraft as completePlan, completePlan as planInForce } from '../../fixtures';
import { FakeLiveMeeting } from '../../fakes/liveSession';
import { MemoryStore } from '../../fakes/memoryStore';
import { facilitatorJoin, professionalJoin, memberJoin, showLive, storeWithPlan } from './renderLive';

describe('LiveMeeting', () => {
  it('lets the facilitator bring a plan in and save it as one "Netwerkberaad" version', async () => {
    const { store, plan } = await storeWithPlan();
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    showLive(facilitator, store, 'panel');
    // Sharing asks first; declining shares nothing.
    await userEvent.click(await screen.findByRole('button', { name: new RegExp(`^Delen in de vergadering: ${plan.familyName}`) }));
    // In jsdom a Fluent dialog's surface can keep aria-hidden (its enter motion never ends), so it is looked up with hidden ones.
    const dialog = await screen.findByRole('alertdialog', { hidden: true }, { timeout: 3000 });
    expect(dialog).toHaveTextContent('Delen met iedereen in deze vergadering?');
    expect(dialog).toHaveTextContent(plan.familyName);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Niet delen', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
    expect(facilitator.snapshot().base).toBeNull();
    await userEvent.click(await screen.findByRole('button', { name: new RegExp(`^Delen in de vergadering: ${plan.familyName}`) }));
    await userEvent.click(await screen.findByRole('button', { name: 'Delen', hidden: true }));
    await waitFor(() => expect(facilitator.snapshot().base?.planId).toBe(plan.id));
    await act(() => facilitator.setField('smallRelapse', 'Bel oma'));
    await userEvent.click(await screen.findByRole('button', { name: 'Opslaan in het plan' }));
    expect(await screen.findByText(/Opgeslagen als versie "Netwerkberaad 29-11-2026"/)).toBeInTheDocument();
    expect((await store.load(plan.id)).plan.smallRelapse).toBe('Bel oma');
    expect((await store.listVersions(plan.id)).map((v) => v.label)).toEqual(['Netwerkberaad 29-11-2026']);
  });

  it('saves into a plan in force as an adjusted version, says so, and leaves the plan in force as it was', async () => {
    const { store, plan } = await storeWithPlan(planInForce());
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    showLive(facilitator, store, 'panel');
    await userEvent.click(await screen.findByRole('button', { name: new RegExp(`^Delen in de vergadering: ${plan.familyName}`) }));
    await userEvent.click(await screen.findByRole('button', { name: 'Delen', hidden: true }));
    await waitFor(() => expect(facilitator.snapshot().base?.planId).toBe(plan.id));
    await act(() => facilitator.setField('smallRelapse', 'Bel oma'));
    await userEvent.click(await screen.findByRole('button', { name: 'Opslaan in het plan' }));
    expect(await screen.findByText(/Het netwerkberaad is opgeslagen in een bijstelling \(versie 3/)).toBeInTheDocument();
    expect((await store.load(plan.id)).plan).toEqual(plan);
  });

  it('keeps a network member\'s strength a proposal until a professional includes it, and shows no name for an anonymous joiner', async () => {
    const store = new MemoryStore();
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    await facilitator.shareBase(liveViewOf(completePlan()));
    await facilitator.startAgendaItem('analysis');
    const member = meeting.join(memberJoin);
    const { unmount } = showLive(member, store);

    expect(within(screen.getByTestId('live-presence')).getByText(/Deelnemer zonder naam/)).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Wat gaat goed, of wie helpt?' }), 'Buurvrouw past op');
    await userEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByText('Uw voorstel wacht tot een professional het opneemt.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Opnemen in het plan' })).not.toBeInTheDocument();
    unmount();

    const professional = meeting.join(professionalJoin);
    showLive(professional, store);
    await userEvent.click(screen.getByRole('button', { name: 'Opnemen in het plan' }));
    expect(member.snapshot().proposals[0]?.status).toBe('accepted');
  });

  it('shows who is typing in a field to the others', async () => {
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    await facilitator.shareBase(liveViewOf(completePlan()));
    await facilitator.lead('monitoring');
    const professional = meeting.join(professionalJoin);
    const member = meeting.join(memberJoin);
    showLive(member, new MemoryStore());
    act(() => professional.typing('largeRelapse'));
    expect(await screen.findByTestId('typing-largeRelapse')).toHaveTextContent('Wijkcoach typt hier');
  });

  it('shows a professional who leads, and lets them take over the lead with the button', async () => {
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    await facilitator.shareBase(liveViewOf(completePlan()));
    const professional = meeting.join(professionalJoin);
    showLive(professional, new MemoryStore(), 'panel');
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
    showLive(meeting.join(memberJoin), new MemoryStore());
    expect(screen.queryByRole('button', { name: 'Leiding overnemen' })).not.toBeInTheDocument();
  });
});
