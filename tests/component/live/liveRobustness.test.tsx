import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { liveViewOf } from '../../../src/domain';
import type { Proposal } from '../../../src/domain';
import { completePlan } from '../../fixtures';
import { FakeLiveMeeting } from '../../fakes/liveSession';
import { MemoryStore } from '../../fakes/memoryStore';
import { facilitatorJoin, memberJoin, showLive } from './renderLive';

/** A proposal as a tampered client could leave it: its text is no text, so rendering it throws. */
function broken(id: string): Proposal {
  return { id, kind: 'strength', text: { nl: 'x' } as unknown as string, goalId: null, when: '', who: [], status: 'open', proposedBy: 'p9' };
}

describe('the live screens with a bad entry', () => {
  it('show one unreadable proposal as such, keep the rest, and let the facilitator remove it', async () => {
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    await facilitator.shareBase(liveViewOf(completePlan()));
    await facilitator.startAgendaItem('analysis');
    await facilitator.propose({ kind: 'strength', text: 'Oma kookt op woensdag', goalId: null, when: '', who: [] });
    meeting.inject({ proposals: [...facilitator.snapshot().proposals, broken('bad-1')], unreadableEntries: 2 });
    showLive(facilitator, new MemoryStore(), 'stage');
    const list = await screen.findByTestId('live-proposals');
    expect(within(list).getByText('Oma kookt op woensdag')).toBeInTheDocument();
    const unreadable = within(list).getByTestId('live-unreadable');
    expect(unreadable).toHaveTextContent('Deze invoer is onleesbaar en wordt niet getoond.');
    expect(screen.getByTestId('live-unreadable-entries')).toHaveTextContent('2 onleesbare invoer');

    await userEvent.click(within(unreadable).getByRole('button', { name: 'Verwijderen uit de vergadering' }));
    await waitFor(() => expect(within(screen.getByTestId('live-proposals')).queryByTestId('live-unreadable')).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Onleesbare invoer verwijderen' }));
    await waitFor(() => expect(screen.queryByTestId('live-unreadable-entries')).toBeNull());
  });

  it('shows a participant the unreadable entry without a way to remove it', async () => {
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    await facilitator.shareBase(liveViewOf(completePlan()));
    await facilitator.startAgendaItem('analysis');
    const member = meeting.join(memberJoin);
    act(() => meeting.inject({ proposals: [broken('bad-2')] }));
    showLive(member, new MemoryStore(), 'stage');
    const unreadable = await screen.findByTestId('live-unreadable');
    expect(within(unreadable).queryByRole('button')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Netwerkberaad live' })).toBeInTheDocument();
  });
});

describe('the live screens in a channel meeting', () => {
  it('say plainly that guests cannot take part there, and how to hold the netwerkberaad instead', async () => {
    const { render, screen: s } = await import('@testing-library/react');
    const { FluentProvider, webLightTheme } = await import('@fluentui/react-components');
    const { LiveMeeting } = await import('../../../src/ui/live/LiveMeeting');
    const { ServicesProvider } = await import('../../../src/ui/services');
    const { FakeDevice } = await import('../../fakes/deviceServices');
    const meeting = new FakeLiveMeeting();
    const facilitator = meeting.join(facilitatorJoin);
    const services = {
      mode: 'local' as const, store: new MemoryStore(), ...new FakeDevice().tab(), clock: { now: () => new Date('2026-11-29T10:00:00') },
      loadExports: async () => { throw new Error('not used'); }, calendar: null, sharing: null, people: null, document: null,
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <ServicesProvider services={services} locale="nl"><LiveMeeting session={facilitator} view="panel" channelMeeting /></ServicesProvider>
      </FluentProvider>,
    );
    expect(await s.findByTestId('live-channel-meeting')).toHaveTextContent('Live Share laat hier geen gasten meedoen');
    expect(s.getByTestId('live-channel-meeting')).toHaveTextContent('gewone vergadering in de Teams-agenda');
  });
});
