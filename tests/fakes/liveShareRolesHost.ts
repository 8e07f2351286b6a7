import { TestLiveShareHost, UserMeetingRole } from '@microsoft/live-share';
import type { IClientInfo, ILiveShareHost } from '@microsoft/live-share';

/**
 * Live Share's test host, but answering each client's meeting roles the way Teams does: per client, from what the
 * meeting says about that person, the same answer on every client. (`TestLiveShareHost` answers every role for every
 * remote client, so its role checks let everything through.) Live Share asks the host for a sender's roles on every
 * receiving client before it applies a change to a live object initialised with `allowedRoles`
 * (node_modules/@microsoft/live-share/src/internals/RoleVerifier.ts; "Role verification for live data structures" in
 * https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/teams-live-share-capabilities).
 *
 * One `MeetingRoles` registry stands for the meeting; each client's host registers its own Fluid client id with the
 * roles the meeting gave that person. `lieToSelf` plays a tampered client: it tells its own client it is organiser
 * (so its own send checks pass), while the meeting, and so every other client, still knows it by its real roles.
 *
 * What Teams does that the plain test host does not, each from its source:
 * - A guest (someone outside the tenant) carries `Guest` and may also be a presenter: "Meeting participants that are
 *   external to the tenant hosting the meeting have the Guest role, but might also have Presenter privileges"
 *   (teams-live-share-capabilities, above); by Teams' default meeting policy everyone joins as presenter ("As per default
 *   settings, participants joining a meeting have the presenter role",
 *   https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/teams-apps-in-meetings). See `GUEST_PRESENTER`.
 * - An anonymous joiner "can be a presenter or an attendee but can't be an organizer", has no Entra ID identity, and
 *   Teams' context gives them an empty user id ("Build apps for anonymous users",
 *   https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-anonymous-user). Microsoft
 *   does not document whether the host adds `Guest` for them, so `anonymous` answers an empty `userId` with exactly the
 *   roles given (`ANONYMOUS_PRESENTER` is a presenter without `Guest`, the case the app must still refuse).
 * - Late registration: the host may not know a client yet when others ask about it; Live Share's own host decorator
 *   retries `getClientInfo` for that reason (node_modules/@microsoft/live-share/src/internals/LiveShareHostDecorator.ts,
 *   `getClientInfo` with `waitForResult` and `EXPONENTIAL_BACKOFF_SCHEDULE`). `registerAfterMs` answers `undefined` until then.
 * - A transient `[Guest]`: "for non local users, tmp roster transiently doesn't contain a meeting participant. When the
 *   participant is missing the `info` matches `defaultUserInfo`" (`{ userId, roles: [Guest], displayName: undefined }`;
 *   node_modules/@microsoft/live-share/src/LivePresence.ts, `useTransientParticipantWorkaround`). `transientGuestMs`
 *   answers that for so long after registration.
 * - One person, several windows (side panel and stage): one Teams user id with a Fluid client per window
 *   (`LivePresenceUser.getConnections`, node_modules/@microsoft/live-share/src/LivePresenceUser.ts). `userId` gives two
 *   hosts the same user.
 */
interface Registered {
  roles: UserMeetingRole[];
  userId: string;
  transientUntil: number;
}

export interface HostOptions {
  roles: UserMeetingRole[];
  sessionId: () => string | undefined;
  onCreated?: (id: string) => void;
  lieToSelf?: boolean;
  anonymous?: boolean;
  registerAfterMs?: number;
  transientGuestMs?: number;
  /** The person's Teams user id, shared by their windows; by default each window is a person of its own. */
  userId?: string;
}

export class MeetingRoles {
  private readonly clients = new Map<string, Registered>();

  host(options: HostOptions): ILiveShareHost {
    const inner = TestLiveShareHost.create(options.sessionId, options.onCreated);
    const clients = this.clients;
    let ownClientId: string | null = null;
    const infoOf = (clientId: string): IClientInfo | undefined => {
      if (options.lieToSelf && clientId === ownClientId) {
        return { userId: clientId, roles: [UserMeetingRole.organizer, UserMeetingRole.presenter], displayName: undefined };
      }
      const client = clients.get(clientId);
      if (!client) return undefined;
      if (Date.now() < client.transientUntil) return { userId: client.userId, roles: [UserMeetingRole.guest], displayName: undefined };
      return { userId: client.userId, roles: client.roles, displayName: undefined };
    };
    const register = (clientId: string) => clients.set(clientId, {
      roles: options.roles, userId: options.anonymous ? '' : (options.userId ?? clientId), transientUntil: Date.now() + (options.transientGuestMs ?? 0),
    });
    return {
      getFluidTenantInfo: () => inner.getFluidTenantInfo(),
      getFluidToken: (containerId?: string) => inner.getFluidToken(containerId),
      getFluidContainerId: () => inner.getFluidContainerId(),
      setFluidContainerId: (containerId: string) => inner.setFluidContainerId(containerId),
      getNtpTime: () => inner.getNtpTime(),
      registerClientId: async (clientId: string) => {
        ownClientId = clientId;
        if (options.registerAfterMs) setTimeout(() => register(clientId), options.registerAfterMs);
        else register(clientId);
        return options.lieToSelf ? [UserMeetingRole.organizer, UserMeetingRole.presenter] : options.roles;
      },
      getClientRoles: async (clientId: string) => infoOf(clientId)?.roles,
      getClientInfo: async (clientId: string) => infoOf(clientId),
    };
  }

  /** The organiser changes someone's roles during the meeting (every client that asks from now on hears the new ones). */
  setRoles(userOrClientId: string, roles: UserMeetingRole[]): void {
    for (const [clientId, client] of this.clients) if (client.userId === userOrClientId || clientId === userOrClientId) client.roles = roles;
  }
}

export const ORGANISER = [UserMeetingRole.organizer, UserMeetingRole.presenter];
export const PRESENTER = [UserMeetingRole.presenter];
export const ATTENDEE = [UserMeetingRole.attendee];
/** A guest from outside the tenant who is a presenter (the default meeting policy). */
export const GUEST_PRESENTER = [UserMeetingRole.guest, UserMeetingRole.presenter];
/** What an anonymous presenter's roles may be, without `Guest`: the host's empty user id is what marks them. */
export const ANONYMOUS_PRESENTER = [UserMeetingRole.presenter];
