import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { liveViewOf } from '../../../src/domain';
import { MemoryStore } from '../../fakes/memoryStore';
import { FakeLiveMeeting } from '../../fakes/liveSession';
import { facilitatorJoin, memberJoin, showLive, storeWithPlan } from './renderLive';

/** Issue 22 item 8: the family's say, given live from a family member's own window, ends up in the plan's family agreement. */
describe('the family\'s say, live', () => {
  it('lets a family member give their disagreement in their own words, and the facilitator\'s save records it', async () => {
    const user = userEvent.setup({ delay: null });
    const { store, plan } = await storeWithPlan();
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    await facilitator.shareBase(liveViewOf(plan));
    const member = meeting.join(memberJoin);
    const memberWindow = showLive(member, new MemoryStore());

    const say = screen.getByRole('region', { name: 'Instemming van de familie' });
    // Only the adult family members are offered (the children Mila and Daan are not).
    const who = within(say).getByRole('combobox', { name: 'Wie bent u?' });
    expect(within(who).getAllByRole('option').map((o) => o.textContent)).toEqual(['Kies uw naam', 'Sanne Bakker', 'Emre Yilmaz']);
    await user.selectOptions(who, 'Emre Yilmaz');
    await user.click(await within(say).findByRole('radio', { name: 'Nee, ik stem niet in' }));
    await user.click(within(say).getByRole('button', { name: 'Doorgeven' }));
    // A disagreement needs their own words.
    expect(await within(say).findByText('U stemt niet in: schrijf in uw eigen woorden op waarom niet.')).toBeInTheDocument();
    expect(member.snapshot().says).toEqual([]);

    await user.type(within(say).getByRole('textbox', { name: /In uw eigen woorden/ }), 'Ik ga niet weg uit mijn eigen huis.');
    await user.click(within(say).getByRole('button', { name: 'Doorgeven' }));
    expect(await within(say).findByText(/Doorgegeven\./)).toBeInTheDocument();
    expect(within(say).getByTestId('live-says')).toHaveTextContent('Emre Yilmaz: stemt niet in — "Ik ga niet weg uit mijn eigen huis."');
    memberWindow.unmount();

    showLive(facilitator, store, 'panel');
    const saveButton = await screen.findByRole('button', { name: 'Opslaan in het plan' });
    await waitFor(() => expect(saveButton).toBeEnabled(), { timeout: 4000 });
    expect(within(screen.getByRole('region', { name: 'Instemming van de familie' })).getByTestId('live-says')).toHaveTextContent('Emre Yilmaz: stemt niet in');
    await user.click(saveButton);
    expect(await screen.findByText(/Opgeslagen als versie "Netwerkberaad 29-11-2026"/)).toBeInTheDocument();

    const stored = (await store.load(plan.id)).plan.familyAgreement;
    expect(stored.find((f) => f.personId === 'd-emre')).toEqual({
      id: 'fa-emre', personId: 'd-emre', stance: 'disagrees', words: 'Ik ga niet weg uit mijn eigen huis.', date: '2026-11-29', how: 'meeting',
    });
    // Sanne gave nothing live: her earlier record stays as it was.
    expect(stored.find((f) => f.personId === 'd-sanne')).toEqual(plan.familyAgreement.find((f) => f.personId === 'd-sanne'));
  });

  it('gives a window no say for a person it did not choose, and none for someone outside the family', async () => {
    const { plan } = await storeWithPlan();
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    await facilitator.shareBase(liveViewOf(plan));
    const member = meeting.join(memberJoin);
    expect(await member.giveSay('agrees', '')).toBe('notFamily');
    expect(await member.choosePerson('d-mila')).toBe('notFamily');
    expect(await member.choosePerson('s-ria')).toBe('notFamily');
    expect(await member.choosePerson('d-sanne')).toBeNull();
    expect(await member.giveSay('agrees', '')).toBeNull();
    expect(member.snapshot().says).toEqual([{ personId: 'd-sanne', stance: 'agrees', words: '', by: member.selfId }]);
  });
});
