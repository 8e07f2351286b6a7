import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { liveViewOf } from '../../../src/domain';
import type { Plan } from '../../../src/domain';
import { completeDraft } from '../../fixtures';
import { crisisPlan } from '../../fixtures/crisisPlan';
import { FakeLiveMeeting } from '../../fakes/liveSession';
import { MemoryStore } from '../../fakes/memoryStore';
import { facilitatorJoin, memberJoin, professionalJoin, showLive, storeWithPlan } from './renderLive';

/** Issue 22 item 7: the whole netwerkberaad on the stage, from the plan's live view. */

describe('the whole netwerkberaad on the stage', () => {
  it('shows concerns, danger statements, strengths and exceptions side by side, each with whose view, and takes a child\'s concern', async () => {
    const user = userEvent.setup({ delay: null });
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    await facilitator.shareBase(liveViewOf(completeDraft()));
    await facilitator.startAgendaItem('analysis');
    const member = meeting.join(memberJoin);
    showLive(member, new MemoryStore());

    const grid = await screen.findByTestId('live-analysis');
    const column = (id: string) => grid.querySelector(`[data-list="${id}"]`) as HTMLElement;
    expect(within(column('concernFacts')).getByText(/politie een melding van huiselijk geweld/)).toBeInTheDocument();
    expect(within(column('dangerStatements')).getAllByText('Kijk van: Gezin')).toHaveLength(1);
    expect(within(column('strengths')).getByText('Kijk van: Netwerk')).toBeInTheDocument();
    expect(within(column('exceptions')).getByText(/bij zijn broer gaan slapen/)).toBeInTheDocument();

    const form = screen.getByRole('form', { name: /Inbreng toevoegen/ });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Wat voegt u toe?' }), 'concern');
    await user.type(within(form).getByRole('textbox', { name: 'Wat is er gebeurd?' }), 'Mila hoort elke avond geschreeuw');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Wiens kijk is dit?' }), 'child');
    await user.click(within(form).getByRole('button', { name: 'Toevoegen' }));
    expect(await within(form).findByText('Uw voorstel wacht tot een professional het opneemt.')).toBeInTheDocument();
    expect(member.snapshot().proposals).toEqual([expect.objectContaining({ kind: 'concern', perspective: 'child', status: 'open' })]);
    // Open, it is not in the analysis yet; accepted, it is, with the child's view.
    expect(within(column('concernFacts')).queryByText('Mila hoort elke avond geschreeuw')).toBeNull();
    await facilitator.decide(member.snapshot().proposals[0]!.id, true);
    const item = await within(column('concernFacts')).findByText('Mila hoort elke avond geschreeuw');
    expect(item.closest('li')).toHaveTextContent('Kijk van: Kind');
  });

  it('shows the conditions and a crisis plan\'s bottom lines with nothing to edit, and agreements with acute or stable', async () => {
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    await facilitator.shareBase(liveViewOf(crisisPlan()));
    await facilitator.lead('goals');
    const member = meeting.join(memberJoin);
    const { unmount } = showLive(member, new MemoryStore());

    const conditions = await screen.findByTestId('live-conditions');
    expect(within(conditions).getAllByText('Veiligheidsvoorwaarde').length).toBeGreaterThan(0);
    expect(within(screen.getByTestId('live-bottom-lines')).getByText('Geen geweld waar Mila en Daan bij zijn.')).toBeInTheDocument();
    const section = screen.getByRole('region', { name: /^3\./ });
    expect(within(section).queryAllByRole('textbox')).toEqual([]);
    expect(within(section).queryByRole('button', { name: 'Toevoegen' })).toBeNull();
    unmount();

    await facilitator.lead('agreements');
    showLive(member, new MemoryStore());
    const agreements = await screen.findByTestId('live-agreements');
    expect(within(agreements).getAllByText('Acute veiligheid').length).toBeGreaterThan(0);
  });

  it('shows section 5, who watches what and who tells the children, and takes the evaluation date as a date', async () => {
    const user = userEvent.setup({ delay: null });
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    await facilitator.shareBase(liveViewOf(completeDraft()));
    const member = meeting.join(memberJoin);
    await facilitator.lead('circumstances');
    const first = showLive(member, new MemoryStore());
    expect(await screen.findByText(/Kerstvakantie: de kinderen zijn twee weken thuis/)).toBeInTheDocument();
    first.unmount();
    await facilitator.lead('monitoring');
    const second = showLive(member, new MemoryStore());
    expect(within(await screen.findByTestId('live-monitoring')).getByText(/Ria Bakker, Lotte Smit let op/)).toBeInTheDocument();
    second.unmount();
    await facilitator.lead('informing');
    const third = showLive(member, new MemoryStore());
    expect(within(await screen.findByTestId('live-informing')).getByText(/Daan Yilmaz hoort het van Sanne Bakker, Lotte Smit/)).toBeInTheDocument();
    third.unmount();

    await facilitator.lead('evaluation');
    showLive(member, new MemoryStore());
    const date = await screen.findByLabelText('Datum');
    expect(date).toHaveAttribute('type', 'date');
    expect(date).toHaveValue('2027-01-20');
    await user.clear(date);
    await user.type(date, '2027-02-03');
    await waitFor(() => expect(member.snapshot().fields.evaluationDate?.text).toBe('2027-02-03'));
  });

  it('lets a participant only propose when Veilig Thuis is informed; a professional includes it and the save stores it', async () => {
    const user = userEvent.setup({ delay: null });
    const { store, plan } = await storeWithPlan();
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    await facilitator.shareBase(liveViewOf(plan));
    await facilitator.lead('monitoring');
    const member = meeting.join(memberJoin);
    const memberWindow = showLive(member, new MemoryStore());

    // No field to type in: only a proposal.
    expect(document.querySelector('[data-field="informAuthorityWhen"]')).toBeNull();
    const decided = screen.getByRole('region', { name: 'Wanneer wordt Veilig Thuis geïnformeerd?' });
    expect(within(decided).getByTestId('decided-informAuthorityWhen')).toHaveTextContent(plan.informAuthorityWhen);
    await user.type(within(decided).getByRole('textbox'), 'Bij elk incident dezelfde dag');
    await user.click(within(decided).getByRole('button', { name: 'Voorstellen' }));
    expect(await within(decided).findByText('Uw voorstel wacht tot een professional het opneemt.')).toBeInTheDocument();
    expect(within(decided).getByTestId('decided-informAuthorityWhen')).toHaveTextContent(plan.informAuthorityWhen);
    expect(within(screen.getByTestId('live-proposals')).getByText(/Voorstel voor "Wanneer wordt Veilig Thuis geïnformeerd\?"/)).toBeInTheDocument();
    memberWindow.unmount();

    const professional = meeting.join(professionalJoin);
    const professionalWindow = showLive(professional, new MemoryStore(), 'panel');
    await user.click(within(screen.getByTestId('live-proposals')).getByRole('button', { name: 'Opnemen in het plan' }));
    await waitFor(() => expect(screen.getByTestId('decided-informAuthorityWhen')).toHaveTextContent('Bij elk incident dezelfde dag'));
    professionalWindow.unmount();

    showLive(facilitator, store, 'panel');
    const save = await screen.findByRole('button', { name: 'Opslaan in het plan' });
    await waitFor(() => expect(save).toBeEnabled(), { timeout: 4000 });
    await user.click(save);
    expect(await screen.findByText(/Opgeslagen als versie "Netwerkberaad 29-11-2026"/)).toBeInTheDocument();
    expect((await store.load(plan.id)).plan.informAuthorityWhen).toBe('Bij elk incident dezelfde dag');
  });

  it('goes on in a crisis conference\'s next session where the last one stopped', async () => {
    const user = userEvent.setup({ delay: null });
    const plan: Plan = { ...crisisPlan(), status: 'draft', networkMeetings: crisisPlan().networkMeetings.map((m) => ({ ...m, agendaStep: 'agreements' as const })) };
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    await facilitator.shareBase(liveViewOf(plan));
    showLive(facilitator, new MemoryStore(), 'panel');

    const resume = await screen.findByTestId('live-resume');
    expect(resume).toHaveTextContent('de vorige sessie stopte bij "Afspraken per doel"');
    expect(document.querySelectorAll('[data-covered="true"]')).toHaveLength(3);
    await user.click(within(resume).getByRole('button', { name: 'Verder bij: Afspraken per doel' }));
    await waitFor(() => expect(facilitator.snapshot().timer.itemId).toBe('agreements'));
    expect(facilitator.snapshot().followSectionId).toBe('agreements');
    expect(screen.queryByTestId('live-resume')).toBeNull();
  });
});
