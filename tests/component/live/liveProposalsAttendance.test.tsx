import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { liveViewOf } from '../../../src/domain';
// The meeting's save of a draft; into a plan in force it becomes an adjusted version (tests/unit/app/live/liveSave.test.ts).
import { completeDraft as completePlan } from '../../fixtures';
import { FakeLiveMeeting } from '../../fakes/liveSession';
import { MemoryStore } from '../../fakes/memoryStore';
import { facilitatorJoin, professionalJoin, memberJoin, showLive, storeWithPlan } from './renderLive';

/** The plan the live meeting makes: who does a proposed agreement, and who was at the meeting when it is saved. */

describe('live agreement proposals name who does it', () => {
  it('lets a network member pick who does it, by keyboard, from the people the editor offers for an agreement', async () => {
    const user = userEvent.setup({ delay: null });
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    await facilitator.shareBase(liveViewOf(completePlan()));
    await facilitator.startAgendaItem('agreements');
    const member = meeting.join(memberJoin);
    showLive(member, new MemoryStore());

    await user.type(screen.getByRole('textbox', { name: 'Wat gaat er gebeuren?' }), 'Oma haalt de kinderen op');
    await user.click(screen.getByRole('combobox', { name: 'Wie voert het uit' }));
    const list = await screen.findByRole('listbox', { name: 'Wie voert het uit' });
    const offered = within(list).getAllByRole('option').map((o) => o.textContent);
    // Kees takes no part in the plan: the editor's "Wie" of an agreement does not offer him, nor does the meeting.
    expect(offered).toContain('Ria Bakker');
    expect(offered).not.toContain('Kees van Dam');
    await user.keyboard('ria{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Wanneer' }), 'woensdag');
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));

    expect(await screen.findByText('Uw voorstel wacht tot een professional het opneemt.')).toBeInTheDocument();
    expect(member.snapshot().proposals).toEqual([expect.objectContaining({ kind: 'agreement', who: ['s-ria'], when: 'woensdag', status: 'open' })]);
    expect(within(screen.getByTestId('live-proposals')).getByTestId('proposal-who')).toHaveTextContent('Wie: Ria Bakker');
  });

  it('lets the professional correct who does it before including it, and everyone sees the names', async () => {
    const user = userEvent.setup({ delay: null });
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    await facilitator.shareBase(liveViewOf(completePlan()));
    await facilitator.lead('agreements');
    const member = meeting.join(memberJoin);
    await member.propose({ kind: 'agreement', text: 'Oma haalt op', goalId: null, when: 'woensdag', who: ['s-ria'] });
    const professional = meeting.join(professionalJoin);
    showLive(professional, new MemoryStore());

    const correction = screen.getByRole('combobox', { name: 'Wie voert het uit (Oma haalt op)' });
    await user.click(correction);
    await user.keyboard('lotte{Enter}');
    await user.click(screen.getByRole('button', { name: 'Opnemen in het plan' }));

    await waitFor(() => expect(member.snapshot().proposals[0]).toEqual(expect.objectContaining({ status: 'accepted', who: ['s-ria', 'p-lotte'] })));
    expect(within(screen.getByTestId('live-proposals')).getByTestId('proposal-who')).toHaveTextContent('Wie: Ria Bakker, Lotte Smit');
  });
});

describe('the live save records the meeting', () => {
  it('records the ticked people once in the plan\'s network meetings, however often the facilitator saves', async () => {
    const user = userEvent.setup({ delay: null });
    const { store, plan } = await storeWithPlan();
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    showLive(facilitator, store, 'panel');
    await user.click(await screen.findByRole('button', { name: new RegExp(`^Delen in de vergadering: ${plan.familyName}`) }));
    await user.click(await screen.findByRole('button', { name: 'Delen', hidden: true }));

    const attendance = await screen.findByRole('group', { name: 'Aanwezig bij dit beraad' });
    await user.click(within(attendance).getByRole('checkbox', { name: 'Sanne Bakker' }));
    await user.click(within(attendance).getByRole('checkbox', { name: 'Ria Bakker' }));
    // Space ticks a box for whoever works by keyboard.
    within(attendance).getByRole('checkbox', { name: 'Lotte Smit' }).focus();
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: 'Opslaan in het plan' }));
    expect(await screen.findByText(/Opgeslagen als versie "Netwerkberaad 29-11-2026"/)).toBeInTheDocument();

    const saved = (await store.load(plan.id)).plan.networkMeetings.filter((m) => m.date === '2026-11-29');
    expect(saved).toEqual([expect.objectContaining({ attendeeIds: ['d-sanne', 's-ria', 'p-lotte'], event: null })]);
    expect(facilitator.snapshot().meetingEntryId).toBe(saved[0]!.id);

    await user.click(within(attendance).getByRole('checkbox', { name: 'Ria Bakker' }));
    await user.click(screen.getByRole('button', { name: 'Opslaan in het plan' }));
    await waitFor(async () => expect((await store.listVersions(plan.id)).length).toBe(2));
    const again = (await store.load(plan.id)).plan.networkMeetings;
    expect(again.filter((m) => m.date === '2026-11-29')).toEqual([expect.objectContaining({ id: saved[0]!.id, attendeeIds: ['d-sanne', 'p-lotte'] })]);
    expect(again).toHaveLength(plan.networkMeetings.length + 1);
  });

  it('ticks again, in a reloaded facilitator window, whom the meeting\'s earlier save recorded', async () => {
    const store = new MemoryStore();
    const plan = completePlan();
    await store.save({ ...plan, networkMeetings: [...plan.networkMeetings, { id: 'nm-live', date: '2026-11-29', attendeeIds: ['s-joke'], notes: '', event: null }] }, null);
    const meeting = new FakeLiveMeeting();
    const first = meeting.join(facilitatorJoin);
    await first.shareBase(liveViewOf(plan));
    await first.markSaved(Date.now(), 'nm-live');
    await first.leave();
    showLive(meeting.join(facilitatorJoin), store, 'panel');
    const attendance = await screen.findByRole('group', { name: 'Aanwezig bij dit beraad' });
    // The reloaded window opens the plan from the store first (two loads); on a loaded machine that takes over a second.
    await waitFor(() => expect(within(attendance).getByRole('checkbox', { name: 'Joke de Wit' })).toBeChecked(), { timeout: 4000 });
    expect(within(attendance).getByRole('checkbox', { name: 'Sanne Bakker' })).not.toBeChecked();
  });

  it('allows saving with nobody ticked', async () => {
    const user = userEvent.setup({ delay: null });
    const { store, plan } = await storeWithPlan();
    const facilitator = new FakeLiveMeeting().join(facilitatorJoin);
    showLive(facilitator, store, 'panel');
    await user.click(await screen.findByRole('button', { name: new RegExp(`^Delen in de vergadering: ${plan.familyName}`) }));
    await user.click(await screen.findByRole('button', { name: 'Delen', hidden: true }));
    await user.click(await screen.findByRole('button', { name: 'Opslaan in het plan' }));
    expect(await screen.findByText(/Opgeslagen als versie/)).toBeInTheDocument();
    expect((await store.load(plan.id)).plan.networkMeetings.filter((m) => m.date === '2026-11-29')).toEqual([expect.objectContaining({ attendeeIds: [] })]);
  });
});
