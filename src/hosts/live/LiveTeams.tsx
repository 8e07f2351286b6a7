import { useEffect, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { JOIN_RETRY_MS, joinWithRetry } from '../../app/live/joinWithRetry';
import type { JoinProgress } from '../../app/live/joinWithRetry';
import type { LiveSession } from '../../app/live/ports';
import { liveMessages as m } from '../../i18n/areas/live';
import { LiveMeeting } from '../../ui/live/LiveMeeting';
import type { StageShareResult } from '../../ui/live/LiveMeeting';
import { useT } from '../../ui/useT';
import type { HostContext } from '../teams/teamsContext';
import type { meeting as teamsMeeting } from '@microsoft/teams-js';

type Meeting = NonNullable<HostContext['meeting']>;


/** A teams-js callback API as a promise that settles within `ms` (on iOS the stage-state call may never call back). */
function within<T>(ms: number, call: (done: (value: T | null) => void) => void): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    call((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

/**
 * Whether this person may put the app on the stage: Teams' own answer (`getAppContentStageSharingCapabilities`), as
 * Microsoft asks apps to show the button only then ("Build apps for Teams meeting stage").
 * https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-teams-meeting-stage
 */
async function mayShareToStage(meeting: typeof teamsMeeting): Promise<boolean> {
  const answer = await within<boolean>(5000, (done) =>
    meeting.getAppContentStageSharingCapabilities((error, result) => done(!error && result?.doesAppHaveSharePermission === true)));
  return answer === true;
}

/**
 * Puts this page on the meeting stage for everyone, as the stage view (teams-js `meeting.shareAppContentToStage`;
 * needs the meetingStage context and MeetingStage.Write.Chat in the manifest). When the app is already on the stage
 * (`getAppContentStageSharingState`), it is not shared again: that would reload every stage window.
 * https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-teams-meeting-stage
 */
async function shareToStage(): Promise<StageShareResult> {
  const { meeting } = await import(/* webpackChunkName: "teams-js" */ '@microsoft/teams-js');
  const sharing = await within<boolean>(3000, (done) =>
    meeting.getAppContentStageSharingState((error, result) => done(!error && result?.isAppSharing === true)));
  if (sharing === true) return 'already';
  const url = new URL(window.location.href);
  url.searchParams.set('view', 'stage');
  return new Promise((resolve) => meeting.shareAppContentToStage((error, result) => resolve(!error && result === true ? 'shared' : 'failed'), url.toString()));
}

/** Joins the meeting's Live Share session through teams-js' host (Azure Fluid Relay, managed by Microsoft), trying again as needed. */
async function joinMeeting(meeting: Meeting, onProgress: (progress: JoinProgress) => void, signal: AbortSignal): Promise<LiveSession> {
  const [{ LiveShareHost }, { liveShareSessions }] = await Promise.all([
    import(/* webpackChunkName: "teams-js" */ '@microsoft/teams-js'),
    import(/* webpackChunkName: "liveshare" */ '../../adapters/liveshare'),
  ]);
  const host = LiveShareHost.create() as unknown as Parameters<typeof liveShareSessions>[0]['host'];
  // The meeting's roles (organiser, presenter, guest) are read from the host once joined, and again when they change;
  // the side panel is where a professional starts the session and leads it.
  return joinWithRetry(liveShareSessions({ host, trustDeclaredRoles: false }), {
    isOrganiser: false, isPresenter: false, inTenant: !meeting.anonymous, leadsFromHere: meeting.frame === 'sidePanel', name: meeting.name,
    anonymous: meeting.anonymous,
  }, { onProgress, signal });
}

/** Live Share needs a host that supports it (not, for example, Teams Rooms): teams-js `liveShare.isSupported()`. */
async function liveShareSupported(): Promise<boolean> {
  const { liveShare } = await import(/* webpackChunkName: "teams-js" */ '@microsoft/teams-js');
  try {
    return liveShare.isSupported();
  } catch {
    return false;
  }
}

type JoinState =
  | { kind: 'joining'; progress: JoinProgress | null }
  | { kind: 'unsupported' }
  | { kind: 'failed'; attempts: number }
  | { kind: 'joined'; session: LiveSession };

export function LiveTeams({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const [state, setState] = useState<JoinState>({ kind: 'joining', progress: null });
  const [attempt, setAttempt] = useState(0);
  const [stageAllowed, setStageAllowed] = useState(false);
  useEffect(() => {
    let live = true;
    let joined: LiveSession | null = null;
    const abort = new AbortController();
    setState({ kind: 'joining', progress: null });
    void (async () => {
      if (!(await liveShareSupported())) {
        if (live) setState({ kind: 'unsupported' });
        return;
      }
      let attempts = JOIN_RETRY_MS.length + 1;
      try {
        const session = await joinMeeting(meeting, (progress) => {
          attempts = progress.attempts;
          if (live) setState({ kind: 'joining', progress });
        }, abort.signal);
        joined = session;
        if (live) setState({ kind: 'joined', session });
        else void session.leave();
      } catch {
        if (live) setState({ kind: 'failed', attempts });
      }
    })();
    return () => {
      live = false;
      abort.abort();
      void joined?.leave();
    };
  }, [meeting, attempt]);
  useEffect(() => {
    if (meeting.frame !== 'sidePanel') return;
    let live = true;
    void import(/* webpackChunkName: "teams-js" */ '@microsoft/teams-js').then(({ meeting: teams }) => mayShareToStage(teams)).then(
      (allowed) => live && setStageAllowed(allowed), () => undefined,
    );
    return () => { live = false; };
  }, [meeting]);
  if (state.kind === 'joining') {
    const progress = state.progress;
    const label = progress?.kind === 'waiting'
      ? t(m['live.join.waiting'], { seconds: Math.ceil(progress.waitMs / 1000), attempt: progress.attempt + 1, attempts: progress.attempts })
      : progress && progress.attempt > 1 ? t(m['live.join.attempt'], { attempt: progress.attempt, attempts: progress.attempts }) : t(m['live.connecting']);
    return <main style={{ padding: '1rem' }}><Spinner label={label} role="status" /></main>;
  }
  if (state.kind === 'unsupported') {
    return <main style={{ padding: '1rem' }}><MessageBar intent="warning" layout="multiline"><MessageBarBody>{t(m['live.join.unsupported'])}</MessageBarBody></MessageBar></main>;
  }
  if (state.kind === 'failed') {
    return (
      <main style={{ padding: '1rem' }}>
        <MessageBar intent="error" layout="multiline" data-testid="live-join-failed">
          <MessageBarBody>{t(m['live.join.failed'], { attempts: state.attempts })}</MessageBarBody>
          <MessageBarActions><Button onClick={() => setAttempt((n) => n + 1)}>{t(m['live.join.retry'])}</Button></MessageBarActions>
        </MessageBar>
      </main>
    );
  }
  const view = meeting.frame === 'meetingStage' ? 'stage' : 'panel';
  return (
    <LiveMeeting session={state.session} view={view} shareToStage={view === 'panel' && stageAllowed ? shareToStage : undefined}
      channelMeeting={meeting.channelMeeting === true} />
  );
}
