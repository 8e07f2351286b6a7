import { UserMeetingRole } from '@microsoft/live-share';
import type { IClientInfo, ILiveShareHost, IRoleVerifier } from '@microsoft/live-share';
import { meetingRoleOf } from '../../domain';
import type { MeetingMember, MeetingRole } from '../../domain';

/**
 * What the meeting's host says about one Fluid client, as the domain's `MeetingMember`:
 * - `Guest` marks someone outside the meeting's tenant. Live Share documents that such a participant "might also have
 *   Presenter privileges" (https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/teams-live-share-capabilities),
 *   and by Teams' default meeting policy everyone joins as presenter, so being a presenter says nothing about being a
 *   professional of the organisation.
 * - Anonymous joiners are external users ("Build apps for anonymous users": they have no Entra ID identity and can be a
 *   presenter, never the organiser) and have an empty user id in Teams' context; an empty `userId` from the host is
 *   therefore treated as anonymous, whatever roles come with it.
 */
export function memberOfClient(info: Pick<IClientInfo, 'roles' | 'userId'>): MeetingMember {
  const roles = info.roles;
  return {
    isOrganiser: roles.includes(UserMeetingRole.organizer),
    isPresenter: roles.includes(UserMeetingRole.presenter),
    inTenant: !roles.includes(UserMeetingRole.guest) && typeof info.userId === 'string' && info.userId.trim() !== '',
  };
}

export function meetingRoleOfClient(info: Pick<IClientInfo, 'roles' | 'userId'>): MeetingRole {
  return meetingRoleOf(memberOfClient(info));
}

/**
 * The answer Teams gives for a client that its roster transiently lacks: `{ userId, roles: [Guest] }` with no display
 * name (Live Share 1.2.2 source, `LivePresence.useTransientParticipantWorkaround`). Asked again shortly after, the
 * host gives the real roles; a real guest keeps getting `[Guest]` and stays refused.
 */
function mayBeTransient(info: IClientInfo): boolean {
  return info.roles.length === 1 && info.roles[0] === UserMeetingRole.guest && info.displayName === undefined;
}

/** Waits before asking the host again: a client not yet registered, or transiently reported as `[Guest]`. */
export const ROLE_RETRY_MS: ReadonlyArray<number> = [200, 500, 1000, 1500];
const ANSWER_KEPT_MS = 5000;

/**
 * Live Share's role check, narrowed to who may decide. Live Share asks this, on every receiving client, for the sender
 * of each change to a live object that was initialised with allowed roles (the lead with its seal and save mark, the
 * decisions, the followed section, the agenda's time-box), and before this client sends one itself. A sender counts
 * only as an in-tenant organiser or presenter (domain `meetingRoleOf`): never a guest, never anonymous, whatever
 * else they hold. Refused changes are never applied, so no window relays them in its background updates either
 * (Live Share 1.2.2 resends, as its own, only a state it accepted: ContainerSynchronizer `onReceiveUpdate`).
 */
export class DecidingRoleVerifier implements IRoleVerifier {
  private readonly known = new Map<string, { at: number; info: IClientInfo }>();

  constructor(private readonly host: ILiveShareHost, private readonly retryMs: ReadonlyArray<number> = ROLE_RETRY_MS) {}

  async verifyRolesAllowed(clientId: string, allowedRoles: UserMeetingRole[]): Promise<boolean> {
    if (allowedRoles.length === 0) return true;
    if (!clientId) return false;
    const info = await this.clientInfo(clientId);
    if (!info) return false;
    return allowedRoles.some((role) => info.roles.includes(role)) && meetingRoleOfClient(info) === 'professional';
  }

  /**
   * The host's answer for `clientId`, asked again while the client is unknown or transiently `[Guest]`. A settled answer
   * is kept a few seconds (each change would otherwise cost a round trip to Teams); roles can change, so not longer.
   */
  async clientInfo(clientId: string): Promise<IClientInfo | undefined> {
    const kept = this.known.get(clientId);
    if (kept && Date.now() - kept.at < ANSWER_KEPT_MS) return kept.info;
    let info: IClientInfo | undefined;
    for (let attempt = 0; attempt <= this.retryMs.length; attempt += 1) {
      info = await this.host.getClientInfo(clientId).catch(() => undefined);
      if (info && !mayBeTransient(info)) break;
      const wait = this.retryMs[attempt];
      if (wait === undefined) break;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    if (info) this.known.set(clientId, { at: Date.now(), info });
    return info;
  }

  /** Forgets what the host said, so the next question asks it again (the host registered a client, or roles changed). */
  forget(clientId: string): void {
    this.known.delete(clientId);
  }
}

/**
 * The meeting's host, passed on unchanged, telling this window its own Fluid client id once Live Share registers it
 * with the host (on every (re)connection), so the window re-reads its own role then: in Teams the host may not know a
 * client yet when it joins, and a professional whose role arrives late gets their controls at that moment.
 */
export class RegisteringHost implements ILiveShareHost {
  ownClientId: string | null = null;
  private readonly listeners = new Set<(clientId: string) => void>();

  constructor(private readonly host: ILiveShareHost) {}

  onRegistered(listener: (clientId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  getFluidTenantInfo: ILiveShareHost['getFluidTenantInfo'] = () => this.host.getFluidTenantInfo();
  getFluidToken: ILiveShareHost['getFluidToken'] = (containerId) => this.host.getFluidToken(containerId);
  getFluidContainerId: ILiveShareHost['getFluidContainerId'] = () => this.host.getFluidContainerId();
  setFluidContainerId: ILiveShareHost['setFluidContainerId'] = (containerId) => this.host.setFluidContainerId(containerId);
  getNtpTime: ILiveShareHost['getNtpTime'] = () => this.host.getNtpTime();
  getClientRoles: ILiveShareHost['getClientRoles'] = (clientId) => this.host.getClientRoles(clientId);
  getClientInfo: ILiveShareHost['getClientInfo'] = (clientId) => this.host.getClientInfo(clientId);

  registerClientId: ILiveShareHost['registerClientId'] = async (clientId) => {
    this.ownClientId = clientId;
    try {
      return await this.host.registerClientId(clientId);
    } finally {
      for (const listener of this.listeners) listener(clientId);
    }
  };
}
