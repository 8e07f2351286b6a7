import { FakeDrive } from './drive';
import { runBatch } from './batch';
import { graphError, json } from './http';
import type { FakeHttpRequest, FakeHttpResponse } from './http';
import { denial, scopesOfBearer } from './permissions';

/**
 * A Microsoft 365 tenant as far as need-to-know per case goes: people, teams, their standard and private channels,
 * and one SharePoint site per team and per private channel, each an in-memory library (drive.ts). It answers as the
 * signed-in person: every request is answered for the account its bearer token names (`oid`, as Entra ID's access
 * tokens carry it: https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference).
 *
 * What it encodes, each with its source:
 * - A private channel has a SharePoint site of its own: "Each private channel and shared channel has its own
 *   SharePoint site"; "Only owners and members of the private or shared channel have access to this site";
 *   "Channel site permissions are inherited from the channel itself. Site permissions can't be managed in
 *   SharePoint." https://learn.microsoft.com/en-us/sharepoint/teams-connected-sites
 * - Team owners do not see a private channel's files unless they are members of it: "Team owners can't see the
 *   files in a private channel … unless they are members" https://learn.microsoft.com/en-us/microsoftteams/private-channels
 *   (so access to a channel site is the channel's owners and members only; the team site is the team's owners and
 *   members: https://learn.microsoft.com/en-us/microsoftteams/sharepoint-onedrive-interact).
 * - Members of a private channel must be members of the team; someone who leaves the team leaves its private
 *   channels. https://learn.microsoft.com/en-us/microsoftteams/private-channels ("Private channel members must be
 *   members of the team"), https://learn.microsoft.com/en-us/graph/api/channel-post-members
 * - Someone without access to a site gets Graph's `403 accessDenied` ("The caller doesn't have permission to perform
 *   the action"), or, where SharePoint hides that the item exists, `404 itemNotFound`
 *   (https://learn.microsoft.com/en-us/graph/errors). `hideAs` chooses which, so a test proves the app treats both
 *   the same. Children listings of a site the caller cannot open are refused the same way.
 * - `GET /me/joinedTeams` lists the teams the user is a direct member of (owners are members).
 *   https://learn.microsoft.com/en-us/graph/api/user-list-joinedteams
 * - `GET /teams/{id}/allChannels` and `/channels` list the team's channels, with `$filter=membershipType eq
 *   'private'`; a private channel is listed to its members and to the team's owners, who see its name but cannot
 *   see its files unless they are members (https://learn.microsoft.com/en-us/microsoftteams/private-channels; owners
 *   listing private channels they cannot open: techcommunity.microsoft.com "MSTeams Graph API: user is getting private
 *   and shared channels which he is not a part of", 2024; list API:
 *   https://learn.microsoft.com/en-us/graph/api/team-list-allchannels). A listed channel is no promise of access:
 *   its filesFolder and site still refuse everyone who is not on it.
 * - `GET /teams/{id}/channels/{id}` with `$select=summary` gives the channelSummary (ownersCount, membersCount,
 *   guestsCount): "The summary property can only be retrieved through the select parameter".
 *   https://learn.microsoft.com/en-us/graph/api/channel-get, https://learn.microsoft.com/en-us/graph/api/resources/channelsummary
 * - `GET /teams/{id}/channels/{id}/filesFolder` gives the driveItem where the channel's files are; for a private
 *   channel after the 2025 enhancements that is the root folder of the channel site's library.
 *   https://learn.microsoft.com/en-us/graph/api/channel-get-filesfolder
 * - A private channel's site may not exist until someone opens the channel's Files tab: filesFolder then answers
 *   `404` ("Sharepoint folder not found", microsoftgraph/microsoft-graph-docs#8300, microsoft-graph-docs-contrib#4452),
 *   and calling it does not reliably provision the site (microsoft-graph-docs-contrib#8982), so here it never does
 *   unless `filesFolderProvisions` is set. The site's URL then answers 404 too.
 * - In a private channel, the Teams context has no `team.groupId`; `sharePointSite.teamSiteUrl` is the channel's own
 *   site. https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/access-teams-context (`teamsContext()`)
 * - Limits: private channels per team and members per private channel. The Teams limits page said 30 and 250
 *   (https://learn.microsoft.com/en-us/microsoftteams/limits-specifications-teams, "Channels"); message-center post
 *   MC1134737 (2025) raises them to 1,000 and 5,000. The defaults here are the lower, documented ones;
 *   `limits` sets the others. Creating past the limit answers 400 (channel-post: "400 Bad Request").
 * - `POST /$batch` is authorised per inner request, with the batch's token (batch.ts, json-batching).
 * - Scopes: with `grantedScopes` every request (and inner request) is first checked against Microsoft's permission
 *   map (permissions.ts); a token that does not hold a scope granting it gets the documented 403.
 *
 * Changing membership (`addChannelMember`, `removeChannelMember`, `removeTeamMember`) is what a channel owner does in
 * the Teams client; the app never calls it (that would need ChannelMember.ReadWrite.All, admin consent).
 */

export interface FakeUser {
  id: string;
  upn: string;
  displayName: string;
}

export interface FakeChannel {
  id: string;
  displayName: string;
  membershipType: 'standard' | 'private';
  owners: Set<string>;
  members: Set<string>;
  /** The channel's own site (private channels), null until provisioned. */
  site: FakeSite | null;
}

export interface FakeTeam {
  /** The team's id is its Microsoft 365 group id. */
  id: string;
  /** The thread id (`19:…@thread.tacv2`), which the Teams context gives as `team.internalId`. */
  internalId: string;
  displayName: string;
  owners: Set<string>;
  members: Set<string>;
  channels: FakeChannel[];
  site: FakeSite;
}

export interface FakeSite {
  id: string;
  url: string;
  drive: FakeDrive;
  /** Who may open the site: its team's or its channel's owners and members. */
  canOpen(userId: string): boolean;
}

export interface TenantLimits {
  privateChannelsPerTeam: number;
  membersPerPrivateChannel: number;
}

export const DOCUMENTED_LIMITS: TenantLimits = { privateChannelsPerTeam: 30, membersPerPrivateChannel: 250 };

export interface FakeTenantOptions {
  /** Delegated scopes the tenant granted; when set, each request holds those of them its token asks for. */
  grantedScopes?: readonly string[];
  /** How SharePoint refuses someone without access: 403 accessDenied (default) or 404 itemNotFound. */
  hideAs?: 403 | 404;
  /** Whether GET …/filesFolder provisions a missing private channel site (it did not, reliably: #8982). */
  filesFolderProvisions?: boolean;
  limits?: TenantLimits;
  /** The library's list columns every site has (the plan list's columns, docs/tenant.md). */
  columns?: readonly string[];
  now?: () => Date;
  /** Every request answered (top level and batch inner requests), for counting. */
  onRequest?: (entry: { method: string; url: string; inBatch: boolean; user: string | null; scopes: string[] | null }) => void;
}

const HOST = 'contoso.sharepoint.com';
const GRAPH = 'https://graph.microsoft.com/v1.0';

function guid(n: number, tag: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${tag.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}

/** A fake delegated access token for `user` carrying `scopes` (`scp`) and the user's object id (`oid`). */
export function tenantToken(user: FakeUser, scopes: readonly string[]): string {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const scp = scopes.map((s) => s.replace(/^https:\/\/graph\.microsoft\.com\//i, '')).join(' ');
  return `${b64({ typ: 'JWT', alg: 'none' })}.${b64({ aud: 'https://graph.microsoft.com', scp, oid: user.id, upn: user.upn })}.`;
}

function userOfBearer(authorization: string | null): string | null {
  const payload = authorization?.replace(/^Bearer\s+/i, '').split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { oid?: unknown };
    return typeof claims.oid === 'string' ? claims.oid : null;
  } catch {
    return null;
  }
}

export class FakeTenant {
  readonly users = new Map<string, FakeUser>();
  readonly teams: FakeTeam[] = [];
  private readonly sites: FakeSite[] = [];
  private sequence = 0;
  readonly limits: TenantLimits;

  constructor(readonly options: FakeTenantOptions = {}) {
    this.limits = options.limits ?? DOCUMENTED_LIMITS;
  }

  // ---- state, as people change it in Teams -----------------------------------------------------------------------

  addUser(upn: string, displayName = upn): FakeUser {
    const user = { id: `user-${(this.sequence += 1)}`, upn, displayName };
    this.users.set(user.id, user);
    return user;
  }

  createTeam(displayName: string, owner: FakeUser, members: readonly FakeUser[] = []): FakeTeam {
    const n = (this.sequence += 1);
    const url = `https://${HOST}/sites/${displayName.replace(/\W/g, '')}`;
    const team: FakeTeam = {
      id: guid(n, 0xaaaa), internalId: `19:team${n}@thread.tacv2`, displayName, owners: new Set([owner.id]),
      members: new Set(members.map((m) => m.id)), channels: [], site: null as unknown as FakeSite,
    };
    team.site = this.newSite(url, (userId) => team.owners.has(userId) || team.members.has(userId));
    team.channels.push({ id: `19:general${n}@thread.tacv2`, displayName: 'General', membershipType: 'standard', owners: new Set(), members: new Set(), site: null });
    this.teams.push(team);
    return team;
  }

  /** A private channel, as a team member creates it in Teams (its creator becomes its owner). */
  createPrivateChannel(team: FakeTeam, displayName: string, owner: FakeUser, options: { provisioned?: boolean } = {}): FakeChannel {
    if (!this.inTeam(team, owner.id)) throw new Error('Private channel owners must be members of the team.');
    if (team.channels.filter((c) => c.membershipType === 'private').length >= this.limits.privateChannelsPerTeam) {
      throw new Error(`A team has at most ${this.limits.privateChannelsPerTeam} private channels.`);
    }
    const channel: FakeChannel = {
      id: `19:case${(this.sequence += 1)}@thread.tacv2`, displayName, membershipType: 'private', owners: new Set([owner.id]), members: new Set(), site: null,
    };
    team.channels.push(channel);
    if (options.provisioned !== false) this.provision(team, channel);
    return channel;
  }

  /** What opening the channel's Files tab does: the channel's site comes into being. */
  provision(team: FakeTeam, channel: FakeChannel): FakeSite {
    if (channel.site) return channel.site;
    const url = `${team.site.url}-${channel.displayName.replace(/\W/g, '')}`;
    channel.site = this.newSite(url, (userId) => channel.owners.has(userId) || channel.members.has(userId));
    return channel.site;
  }

  addChannelMember(team: FakeTeam, channel: FakeChannel, user: FakeUser): void {
    if (!this.inTeam(team, user.id)) throw new Error('Private channel members must be members of the team.');
    if (channel.owners.size + channel.members.size >= this.limits.membersPerPrivateChannel) {
      throw new Error(`A private channel has at most ${this.limits.membersPerPrivateChannel} members.`);
    }
    channel.members.add(user.id);
  }

  removeChannelMember(channel: FakeChannel, user: FakeUser): void {
    channel.members.delete(user.id);
    channel.owners.delete(user.id);
  }

  addTeamMember(team: FakeTeam, user: FakeUser): void {
    team.members.add(user.id);
  }

  /** Leaving the team also takes the person out of every private channel of it. */
  removeTeamMember(team: FakeTeam, user: FakeUser): void {
    team.members.delete(user.id);
    team.owners.delete(user.id);
    for (const channel of team.channels) this.removeChannelMember(channel, user);
  }

  siteOf(channel: FakeChannel): FakeSite {
    if (!channel.site) throw new Error('the channel has no site yet');
    return channel.site;
  }

  /** The Teams context a tab in this channel gets (the parts the app reads). */
  teamsContext(team: FakeTeam, channel: FakeChannel, user: FakeUser) {
    const isPrivate = channel.membershipType === 'private';
    return {
      user: { loginHint: user.upn, userPrincipalName: user.upn },
      channel: { id: channel.id, membershipType: isPrivate ? 'Private' : 'Regular' },
      team: { internalId: team.internalId, groupId: isPrivate ? undefined : team.id },
      sharePointSite: { teamSiteUrl: isPrivate ? (channel.site?.url ?? `${team.site.url}-${channel.displayName.replace(/\W/g, '')}`) : team.site.url },
    };
  }

  private inTeam(team: FakeTeam, userId: string): boolean {
    return team.owners.has(userId) || team.members.has(userId);
  }

  private newSite(url: string, canOpen: (userId: string) => boolean): FakeSite {
    const n = (this.sequence += 1);
    const id = `${HOST},${guid(n, 0x5117e)},${guid(n, 0x3eb)}`;
    const drive = new FakeDrive({
      driveId: `b!drive${n}`, siteId: id, siteUrl: url, listId: guid(n, 0x1157), columns: this.options.columns ?? [], now: this.options.now,
      downloadBase: `${url}/_layouts/15/download.aspx`,
      authorize: ({ authorization }) => {
        const user = userOfBearer(authorization);
        return user && canOpen(user) ? null : this.refusal();
      },
    });
    const site: FakeSite = { id, url, drive, canOpen };
    this.sites.push(site);
    return site;
  }

  private refusalAnswer(): FakeHttpResponse {
    const { status, body } = this.refusal();
    return json(status, body);
  }

  private refusal(): { status: number; body: unknown } {
    const answer = this.options.hideAs === 404
      ? graphError(404, 'itemNotFound', 'The resource could not be found.')
      : graphError(403, 'accessDenied', 'Access denied');
    return { status: answer.status, body: answer.body };
  }

  // ---- HTTP -------------------------------------------------------------------------------------------------------

  /** Whether a URL is a pre-authenticated download URL of one of the sites. */
  ownsDownload(url: string): boolean {
    return this.sites.some((s) => s.drive.ownsDownload(url));
  }

  download(url: string): FakeHttpResponse {
    const site = this.sites.find((s) => s.drive.ownsDownload(url));
    return site ? site.drive.download(url) : { status: 404, headers: {} };
  }

  async handle(request: FakeHttpRequest): Promise<FakeHttpResponse> {
    const authorization = request.headers['authorization'] ?? null;
    if (!authorization?.startsWith('Bearer ')) return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    const path = decodeURIComponent(new URL(request.url).pathname.replace(/^\/v1\.0/, ''));
    if (request.method === 'POST' && path === '/$batch') {
      this.note(request, false, authorization);
      return runBatch(request, (inner) => this.answer({ ...inner, headers: { ...inner.headers, authorization } }, true));
    }
    return this.answer(request, false);
  }

  private note(request: FakeHttpRequest, inBatch: boolean, authorization: string | null): void {
    this.options.onRequest?.({ method: request.method, url: request.url, inBatch, user: userOfBearer(authorization), scopes: scopesOfBearer(authorization) });
  }

  private heldScopes(authorization: string | null): string[] {
    const granted = (this.options.grantedScopes ?? []).map((s) => s.replace(/^https:\/\/graph\.microsoft\.com\//i, ''));
    const asked = scopesOfBearer(authorization);
    if (!asked) return granted;
    const allowed = new Set(granted.map((s) => s.toLowerCase()));
    return asked.filter((s) => allowed.has(s.toLowerCase()));
  }

  private async answer(request: FakeHttpRequest, inBatch: boolean): Promise<FakeHttpResponse> {
    const authorization = request.headers['authorization'] ?? null;
    this.note(request, inBatch, authorization);
    if (this.options.grantedScopes) {
      const refused = denial(request.method, request.url, this.heldScopes(authorization));
      if (refused) return json(refused.status, refused.body);
    }
    const user = userOfBearer(authorization);
    if (!user || !this.users.has(user)) return graphError(401, 'InvalidAuthenticationToken', 'Unknown user.');
    const url = new URL(request.url);
    const path = decodeURIComponent(url.pathname.replace(/^\/v1\.0/, ''));
    if (request.method === 'GET' && /^\/me\/joinedteams$/i.test(path)) return this.joinedTeams(user);
    const teamPath = /^\/teams\/([^/]+)(?:\/(allChannels|channels)(?:\/([^/]+)(?:\/(filesFolder))?)?)?$/i.exec(path);
    if (teamPath && request.method === 'GET') return this.teamCall(user, teamPath, url);
    const site = this.siteFor(path);
    if (site === 'unprovisioned') return graphError(404, 'itemNotFound', 'Requested site could not be found');
    if (site) {
      // The site's library answers (and refuses) as SharePoint does, through its authorize hook.
      const answer = await site.drive.handle({ ...request, url: `${GRAPH}${url.pathname.replace(/^\/v1\.0/, '')}${url.search}` });
      if (answer) return answer;
    }
    return graphError(404, 'itemNotFound', 'The resource could not be found.');
  }

  /** The site a SharePoint path addresses; 'unprovisioned' for the URL of a channel site that does not exist yet. */
  private siteFor(path: string): FakeSite | 'unprovisioned' | null {
    const byUrl = /^\/sites\/([^/:]+):(\/[^:]*)/.exec(path);
    if (byUrl) {
      const wanted = `https://${byUrl[1]!.toLowerCase()}${byUrl[2]!.replace(/\/$/, '').toLowerCase()}`;
      const found = this.sites.find((s) => s.url.toLowerCase() === wanted);
      if (found) return found;
      const pending = this.teams.some((t) => t.channels.some((c) => !c.site && `${t.site.url}-${c.displayName.replace(/\W/g, '')}`.toLowerCase() === wanted));
      return pending ? 'unprovisioned' : null;
    }
    const bySite = /^\/sites\/([^/]+)/.exec(path);
    if (bySite) return this.sites.find((s) => s.id === bySite[1]) ?? null;
    const byDrive = /^\/drives\/([^/]+)/.exec(path);
    if (byDrive) return this.sites.find((s) => s.drive.options.driveId === byDrive[1]) ?? null;
    return null;
  }

  private joinedTeams(user: string): FakeHttpResponse {
    const value = this.teams.filter((t) => this.inTeam(t, user)).map((t) => ({ id: t.id, displayName: t.displayName, description: null, isArchived: false }));
    return json(200, { value });
  }

  private visibleChannels(team: FakeTeam, user: string): FakeChannel[] {
    return team.channels.filter((c) => c.membershipType === 'standard' || team.owners.has(user) || c.owners.has(user) || c.members.has(user));
  }

  private teamCall(user: string, match: RegExpExecArray, url: URL): FakeHttpResponse {
    const team = this.teams.find((t) => t.id === match[1]);
    if (!team || !this.inTeam(team, user)) return graphError(404, 'NotFound', 'No team found with Group Id');
    if (!match[2]) return json(200, { id: team.id, displayName: team.displayName, internalId: team.internalId });
    const channels = this.visibleChannels(team, user);
    if (!match[3]) {
      const filter = url.searchParams.get('$filter');
      const wanted = /membershipType eq '(\w+)'/.exec(filter ?? '')?.[1];
      const value = channels.filter((c) => !wanted || c.membershipType === wanted).map((c) => this.channelView(c, url.searchParams.get('$select')));
      return json(200, { value });
    }
    const channel = team.channels.find((c) => c.id === match[3]);
    if (!channel) return graphError(404, 'NotFound', 'Channel not found');
    if (!channels.includes(channel)) return graphError(403, 'Forbidden', 'The user is not a member of this channel.');
    if (!match[4]) return json(200, this.channelView(channel, url.searchParams.get('$select')));
    const onChannel = channel.membershipType === 'standard' || channel.owners.has(user) || channel.members.has(user);
    return onChannel ? this.filesFolder(team, channel) : this.refusalAnswer();
  }

  private channelView(channel: FakeChannel, select: string | null): Record<string, unknown> {
    const full: Record<string, unknown> = { id: channel.id, displayName: channel.displayName, membershipType: channel.membershipType };
    const keys = select ? select.split(',').map((s) => s.trim()) : Object.keys(full);
    const view = Object.fromEntries(Object.entries(full).filter(([k]) => keys.includes(k)));
    // Only through $select (channel-get): the summary is costly for the service.
    if (keys.includes('summary')) {
      const owners = [...channel.owners].filter((id) => !this.isGuest(id)).length;
      const members = [...channel.members].filter((id) => !this.isGuest(id) && !channel.owners.has(id)).length;
      const guests = [...channel.owners, ...channel.members].filter((id) => this.isGuest(id)).length;
      view.summary = { ownersCount: owners, membersCount: members, guestsCount: guests, hasMembersFromOtherTenants: false };
    }
    return view;
  }

  private isGuest(userId: string): boolean {
    return this.users.get(userId)?.upn.includes('#EXT#') ?? false;
  }

  private filesFolder(team: FakeTeam, channel: FakeChannel): FakeHttpResponse {
    let site = channel.membershipType === 'private' ? channel.site : team.site;
    if (!site && this.options.filesFolderProvisions) site = this.provision(team, channel);
    if (!site) return graphError(404, 'itemNotFound', 'Sharepoint folder not found');
    const root = site.drive.node('')!;
    return json(200, {
      id: root.id, name: 'root', webUrl: `${site.url}/Shared Documents`, folder: { childCount: 0 },
      parentReference: { driveId: site.drive.options.driveId, driveType: 'documentLibrary' },
    });
  }
}
