import type { CaseAccess, CaseRoster } from '../../app/ports';
import { consentFor } from '../../auth/scopes';
import type { GraphContext } from './client';
import { graphCall } from './errors';
import { channelHeadcount, teamOfChannel } from './teams';

/**
 * Who can open the case, as far as Graph tells without admin consent: the channel's headcount (channel-get,
 * `$select=summary`, Channel.ReadBasic.All). Who the members are is ChannelMember.Read.All, which needs an admin's
 * consent, so the app does not ask it (docs/tenant.md). In a private channel the Teams context has no team.groupId:
 * the team is then found through the user's joined teams (teams.ts, teamOfChannel).
 */
export class GraphCaseAccess implements CaseAccess {
  private teamId: Promise<string | null> | null = null;

  constructor(private readonly ctx: GraphContext, private readonly channel: { channelId: string; teamId: string | null }) {}

  async roster(): Promise<CaseRoster> {
    return graphCall(this.ctx, consentFor('cases'), async () => {
      this.teamId ??= this.channel.teamId ? Promise.resolve(this.channel.teamId) : teamOfChannel(this.ctx, this.channel.channelId);
      const teamId = await this.teamId;
      if (!teamId) return { kind: 'unknown' };
      const count = await channelHeadcount(this.ctx, teamId, this.channel.channelId);
      return { kind: 'counted', people: count.owners + count.members + count.guests };
    });
  }

  async viewer(): Promise<string[]> {
    const me = await graphCall(this.ctx, consentFor('profile'), () => this.ctx.client.api('/me').select(['mail', 'userPrincipalName']).get() as Promise<{
      mail?: string | null; userPrincipalName?: string | null;
    }>);
    return [...new Set([me.mail, me.userPrincipalName].filter((a): a is string => Boolean(a)).map((a) => a.toLowerCase()))];
  }
}
