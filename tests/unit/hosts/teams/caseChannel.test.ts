import type { app } from '@microsoft/teams-js';
import { caseChannelOf } from '../../../../src/hosts/teams/teamsContext';

/** The tab learns it runs in a private case channel from the Teams context, which has no team.groupId there. */
describe('caseChannelOf()', () => {
  const channel = (membershipType: string) => ({ id: '19:case1@thread.tacv2', membershipType }) as unknown as app.ChannelInfo;

  it('is the channel (and no team id) in a private channel, where Teams leaves groupId out', () => {
    expect(caseChannelOf({ channel: channel('Private'), team: { internalId: '19:team@thread.tacv2' } as app.TeamInfo }))
      .toEqual({ channelId: '19:case1@thread.tacv2', teamId: null });
  });

  it('keeps the group id where the context has one', () => {
    expect(caseChannelOf({ channel: channel('Private'), team: { internalId: 'x', groupId: 'g1' } as app.TeamInfo })?.teamId).toBe('g1');
  });

  it('is null in a standard channel and outside channels: the team site is no case', () => {
    expect(caseChannelOf({ channel: channel('Regular'), team: { internalId: 'x', groupId: 'g1' } as app.TeamInfo })).toBeNull();
    expect(caseChannelOf({})).toBeNull();
  });
});
