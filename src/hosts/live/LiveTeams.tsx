import { useEffect, useState } from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { LiveSession } from '../../app/live/ports';
import { liveMessages as m } from '../../i18n/areas/live';
import { LiveMeeting } from '../../ui/live/LiveMeeting';
import { useT } from '../../ui/useT';
import type { HostContext } from '../teams/teamsContext';

type Meeting = NonNullable<HostContext['meeting']>;

/**
 * Puts this page on the meeting stage for everyone, as the stage view (teams-js `meeting.shareAppContentToStage`;
 * needs the meetingStage context and MeetingStage.Write.Chat in the manifest).
 * https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-teams-meeting-stage
 */
async function shareToStage(): Promise<boolean> {
  const { meeting } = await import(/* webpackChunkName: "teams-js" */ '@microsoft/teams-js');
  const url = new URL(window.location.href);
  url.searchParams.set('view', 'stage');
  return new Promise((resolve) => meeting.shareAppContentToStage((error, result) => resolve(!error && result === true), url.toString()));
}

/** Joins the meeting's Live Share session through teams-js' host (Azure Fluid Relay, managed by Microsoft). */
async function joinMeeting(meeting: Meeting): Promise<LiveSession> {
  const [{ LiveShareHost }, { liveShareSessions }] = await Promise.all([
    import(/* webpackChunkName: "teams-js" */ '@microsoft/teams-js'),
    import(/* webpackChunkName: "liveshare" */ '../../adapters/liveshare'),
  ]);
  const host = LiveShareHost.create() as unknown as Parameters<typeof liveShareSessions>[0]['host'];
  // The meeting's roles (organiser, presenter, guest) are read from Live Share once joined; the side panel is where a
  // professional starts the session and leads it.
  return liveShareSessions({ host, trustDeclaredRoles: false }).join({
    isOrganiser: false, isPresenter: false, inTenant: !meeting.anonymous, leadsFromHere: meeting.frame === 'sidePanel', name: meeting.name,
    anonymous: meeting.anonymous,
  });
}

export function LiveTeams({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const [state, setState] = useState<{ kind: 'joining' } | { kind: 'failed' } | { kind: 'joined'; session: LiveSession }>({ kind: 'joining' });
  useEffect(() => {
    let live = true;
    let joined: LiveSession | null = null;
    joinMeeting(meeting).then(
      (session) => { joined = session; if (live) setState({ kind: 'joined', session }); else void session.leave(); },
      () => live && setState({ kind: 'failed' }),
    );
    return () => { live = false; void joined?.leave(); };
  }, [meeting]);
  if (state.kind === 'joining') return <Spinner label={t(m['live.connecting'])} style={{ padding: '2rem' }} />;
  if (state.kind === 'failed') return <main style={{ padding: '1rem' }}><MessageBar intent="error"><MessageBarBody>{t(m['live.failed'])}</MessageBarBody></MessageBar></main>;
  const view = meeting.frame === 'meetingStage' ? 'stage' : 'panel';
  return <LiveMeeting session={state.session} view={view} shareToStage={view === 'panel' ? shareToStage : undefined} />;
}
