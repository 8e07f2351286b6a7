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
 * (so its own send checks pass), while the meeting, and so every other client, still knows it as an attendee.
 */
export class MeetingRoles {
  private readonly roles = new Map<string, UserMeetingRole[]>();

  host(options: { roles: UserMeetingRole[]; sessionId: () => string | undefined; onCreated?: (id: string) => void; lieToSelf?: boolean }): ILiveShareHost {
    const inner = TestLiveShareHost.create(options.sessionId, options.onCreated);
    const registry = this.roles;
    let ownClientId: string | null = null;
    const rolesOf = (clientId: string): UserMeetingRole[] => {
      if (options.lieToSelf && clientId === ownClientId) return [UserMeetingRole.organizer, UserMeetingRole.presenter];
      return registry.get(clientId) ?? [];
    };
    return {
      getFluidTenantInfo: () => inner.getFluidTenantInfo(),
      getFluidToken: (containerId?: string) => inner.getFluidToken(containerId),
      getFluidContainerId: () => inner.getFluidContainerId(),
      setFluidContainerId: (containerId: string) => inner.setFluidContainerId(containerId),
      getNtpTime: () => inner.getNtpTime(),
      registerClientId: async (clientId: string) => {
        ownClientId = clientId;
        registry.set(clientId, options.roles);
        return rolesOf(clientId);
      },
      getClientRoles: async (clientId: string) => rolesOf(clientId),
      getClientInfo: async (clientId: string): Promise<IClientInfo> => ({ userId: clientId, roles: rolesOf(clientId), displayName: undefined }),
    };
  }
}

export const ORGANISER = [UserMeetingRole.organizer, UserMeetingRole.presenter];
export const PRESENTER = [UserMeetingRole.presenter];
export const ATTENDEE = [UserMeetingRole.attendee];
