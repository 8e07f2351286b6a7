import type { GraphContext } from './client';
import { runBatch, succeeded } from './drive';
import type { BatchResult, BatchStep } from './drive';

/**
 * One function per Microsoft Teams call the case flows make (delegated; none needs admin consent in Microsoft's
 * permission map, tests/unit/permissions):
 * - GET /me/joinedTeams (Team.ReadBasic.All) https://learn.microsoft.com/en-us/graph/api/user-list-joinedteams
 * - GET /teams/{id}/allChannels?$filter=membershipType eq 'private' (Channel.ReadBasic.All): a private channel is
 *   listed only to its members. https://learn.microsoft.com/en-us/graph/api/team-list-allchannels
 * - GET /teams/{id}/channels/{id}/filesFolder (Files.Read.All least; Sites.ReadWrite.All grants it): the root of the
 *   channel site's library. https://learn.microsoft.com/en-us/graph/api/channel-get-filesfolder
 * - GET /teams/{id}/channels/{id}?$select=summary (Channel.ReadBasic.All): how many owners, members and guests.
 *   https://learn.microsoft.com/en-us/graph/api/channel-get
 * Several are sent as JSON batches of at most 20 (https://learn.microsoft.com/en-us/graph/json-batching).
 */

export const BATCH_LIMIT = 20;

export interface JoinedTeam {
  id: string;
}

export interface CaseChannel {
  teamId: string;
  channelId: string;
  /** The channel's name: a neutral case code (docs/tenant.md), never a family's name. */
  displayName: string;
}

export interface ChannelHeadcount {
  owners: number;
  members: number;
  guests: number;
}

interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

/** Runs steps in JSON batches of 20; one HTTP request per 20 steps. */
export async function batched(ctx: GraphContext, steps: readonly BatchStep[]): Promise<Map<string, BatchResult>> {
  const all = new Map<string, BatchResult>();
  for (let start = 0; start < steps.length; start += BATCH_LIMIT) {
    const results = await runBatch(ctx, steps.slice(start, start + BATCH_LIMIT));
    for (const [id, result] of results) all.set(id, result);
  }
  return all;
}

export async function joinedTeams(ctx: GraphContext): Promise<JoinedTeam[]> {
  const page = (await ctx.client.api('/me/joinedTeams').get()) as Page<{ id?: string }>;
  return page.value.flatMap((t) => (t.id ? [{ id: t.id }] : []));
}

function teamsPath(teamId: string): string {
  return `/teams/${encodeURIComponent(teamId)}`;
}

function channelPath(teamId: string, channelId: string): string {
  return `${teamsPath(teamId)}/channels/${encodeURIComponent(channelId)}`;
}

/** The private channels the user is a member of, in every given team: one batch per 20 teams. */
export async function privateChannels(ctx: GraphContext, teams: readonly JoinedTeam[]): Promise<CaseChannel[]> {
  const steps: BatchStep[] = teams.map((t, i) => ({
    id: String(i), method: 'GET', url: `${teamsPath(t.id)}/allChannels?$filter=${encodeURIComponent("membershipType eq 'private'")}&$select=id,displayName,membershipType`,
  }));
  const results = await batched(ctx, steps);
  return teams.flatMap((team, i) => {
    const result = results.get(String(i));
    if (!succeeded(result)) return [];
    const page = result!.body as Page<{ id?: string; displayName?: string; membershipType?: string }>;
    return page.value.filter((c) => c.id && c.membershipType === 'private').map((c) => ({ teamId: team.id, channelId: c.id!, displayName: c.displayName ?? '' }));
  });
}

export type ChannelDrive = { kind: 'ready'; driveId: string } | { kind: 'notProvisioned' } | { kind: 'refused'; status: number };

/** Each channel's library (its drive id): one batch per 20 channels. A site not made yet answers 404. */
export async function channelDrives(ctx: GraphContext, channels: readonly CaseChannel[]): Promise<ChannelDrive[]> {
  const steps: BatchStep[] = channels.map((c, i) => ({ id: String(i), method: 'GET', url: `${channelPath(c.teamId, c.channelId)}/filesFolder` }));
  const results = await batched(ctx, steps);
  return channels.map((_, i) => {
    const result = results.get(String(i));
    if (succeeded(result)) {
      const driveId = (result!.body as { parentReference?: { driveId?: string } }).parentReference?.driveId;
      return driveId ? { kind: 'ready', driveId } : { kind: 'notProvisioned' };
    }
    return result?.status === 404 ? { kind: 'notProvisioned' } : { kind: 'refused', status: result?.status ?? 0 };
  });
}

/** GET the channel with `$select=summary` (only $select returns it: channel-get). */
export async function channelHeadcount(ctx: GraphContext, teamId: string, channelId: string): Promise<ChannelHeadcount> {
  const channel = (await ctx.client.api(channelPath(teamId, channelId)).select(['id', 'summary']).get()) as {
    summary?: { ownersCount?: number; membersCount?: number; guestsCount?: number };
  };
  const s = channel.summary ?? {};
  return { owners: s.ownersCount ?? 0, members: s.membersCount ?? 0, guests: s.guestsCount ?? 0 };
}

/**
 * In a private channel the Teams context has no team.groupId (access-teams-context): the team is the joined team
 * whose channels include this one. Costs /me/joinedTeams plus one batch per 20 teams.
 */
export async function teamOfChannel(ctx: GraphContext, channelId: string): Promise<string | null> {
  const channels = await privateChannels(ctx, await joinedTeams(ctx));
  return channels.find((c) => c.channelId === channelId)?.teamId ?? null;
}
