import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { liveViewOf } from '../../../src/domain';
// The meeting's save of a draft; into a plan in force it becomes an adjusted version (tests/unit/app/live/liveSave.test.ts).
import { completeDraft as completePlan } from '../../fixtures';
import { FakeLiveMeeting } from '../../fakes/liveSession';
import { MemoryStore } from '../../fakes/memoryStore';
import { facilitatorJoin, professionalJoin, showLive, storeWithPlan } from './renderLive';

/** What a professional who takes over the lead starts with: the facilitator's ticks, and a way on when the plan will not open. */

describe('taking over the lead of a live meeting', () => {
  it('starts the new facilitator with the ticks of who is present that the facilitator before shared (person ids only)', async () => {
    const user = userEvent.setup({ delay: null });
    const { store, plan } = await storeWithPlan();
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    const first = showLive(facilitator, store, 'panel');
    await user.click(await screen.findByRole('button', { name: new RegExp(`^Delen in de vergadering: ${plan.familyName}`) }));
    await user.click(await screen.findByRole('button', { name: 'Delen', hidden: true }));
    const attendance = await screen.findByRole('group', { name: 'Aanwezig bij dit beraad' });
    await user.click(within(attendance).getByRole('checkbox', { name: 'Ria Bakker' }));
    await user.click(within(attendance).getByRole('checkbox', { name: 'Lotte Smit' }));
    const colleague = meeting.join(professionalJoin);
    expect(colleague.snapshot().attendeeIds).toEqual(['s-ria', 'p-lotte']);
    first.unmount();

    await facilitator.leave();
    expect(colleague.role).toBe('facilitator');
    showLive(colleague, store, 'panel');
    const taken = await screen.findByRole('group', { name: 'Aanwezig bij dit beraad' });
    await waitFor(() => expect(within(taken).getByRole('checkbox', { name: 'Ria Bakker' })).toBeChecked());
    expect(within(taken).getByRole('checkbox', { name: 'Lotte Smit' })).toBeChecked();
    expect(within(taken).getByRole('checkbox', { name: 'Sanne Bakker' })).not.toBeChecked();
    // Saving without changing anything records the ticks the colleague inherited.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Opslaan in het plan' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Opslaan in het plan' }));
    expect(await screen.findByText(/Opgeslagen als versie/)).toBeInTheDocument();
    expect((await store.load(plan.id)).plan.networkMeetings.filter((m) => m.date === '2026-11-29'))
      .toEqual([expect.objectContaining({ attendeeIds: ['s-ria', 'p-lotte'] })]);
  });

  it('says the meeting goes on when the new facilitator\'s device cannot open the plan, and opens it on retry', async () => {
    const user = userEvent.setup({ delay: null });
    const plan = completePlan();
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    await facilitator.shareBase(liveViewOf(plan));
    await facilitator.setField('smallRelapse', 'Bel oma');
    const colleague = meeting.join(professionalJoin);
    await facilitator.leave();
    // The plan is not (yet) on the colleague's device.
    const store = new MemoryStore();
    showLive(colleague, store, 'panel');

    const message = await screen.findByTestId('live-open-failed');
    expect(message).toHaveTextContent('Het beraad gaat gewoon door');
    expect(message).toHaveTextContent('er gaat niets verloren');
    expect(screen.queryByText('De live sessie kon niet starten. Het plan zelf is niet veranderd.')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Opslaan in het plan' })).toBeDisabled();
    expect(colleague.snapshot().fields.smallRelapse?.text).toBe('Bel oma');

    await store.save(plan, null);
    await user.click(within(message).getByRole('button', { name: 'Plan opnieuw openen' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Opslaan in het plan' })).toBeEnabled());
    expect(screen.queryByTestId('live-open-failed')).not.toBeInTheDocument();
  });
});
