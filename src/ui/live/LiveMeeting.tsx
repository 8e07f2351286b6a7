import { useEffect, useState } from 'react';
import {
  Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarActions, MessageBarBody,
  Spinner, Subtitle2, Tab, TabList, Title3, makeStyles, mergeClasses, tokens,
} from '@fluentui/react-components';
import { mayDo, sectionById } from '../../domain';
import type { LiveSession } from '../../app/live/ports';
import type { PlanSummary } from '../../app/ports';
import { liveMessages as m } from '../../i18n/areas/live';
import { useLocale, useServices } from '../services';
import { useT } from '../useT';
import { AgendaTimer, FollowSwitch, LeadStatus, PresenceList } from './LiveSidebar';
import { LiveAttendance } from './LiveAttendance';
import { LiveEntryBoundary } from './LiveEntryBoundary';
import { LiveFamilySay } from './LiveFamilySay';
import { LiveSection } from './LiveSection';
import { useLiveFacilitator, useLiveSnapshot } from './useLiveSession';

/** The sections a netwerkberaad walks through, in the template's order. */
const LIVE_SECTIONS = ['title', 'people', 'analysis', 'goals', 'agreements', 'circumstances', 'monitoring', 'informing', 'home', 'evaluation'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalM, boxSizing: 'border-box' },
  stage: { display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(260px, 1fr)', columnGap: tokens.spacingHorizontalXXL, padding: tokens.spacingHorizontalXL },
  stagePlan: { display: 'grid', gridTemplateColumns: 'minmax(180px, 1fr) minmax(0, 3fr)', columnGap: tokens.spacingHorizontalXL, alignItems: 'start' },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // A Tab is a button, which centres its text: a heading wrapped over two or three lines then reads unevenly.
  nav: { rowGap: tokens.spacingVerticalXS },
  // The label inherits these; a `content` slot prop would make Fluent render its hidden bold copy after all.
  navTab: { textAlign: 'start', overflowWrap: 'break-word', justifyContent: 'stretch', gridTemplateColumns: 'minmax(0, 1fr)', width: '100%' },
  picker: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface LiveMeetingProps {
  session: LiveSession;
  /** The side panel (320 px, the facilitator's controls) or the meeting stage (everyone's view). */
  view: 'panel' | 'stage';
  /**
   * Teams only, and only when Teams says this person may: puts this app on the meeting stage ('already' when it was
   * there, so it was not shared again), or says Teams refused.
   */
  shareToStage?: () => Promise<StageShareResult>;
  /** A meeting in a team's channel: Live Share cannot include guests there, so the screen says so. */
  channelMeeting?: boolean;
}

export type StageShareResult = 'shared' | 'already' | 'failed';

function usePlanName() {
  const t = useT();
  return (p: PlanSummary) => p.familyName.trim() || t(m['live.pick.unnamed']);
}

/**
 * Sharing a plan asks first, because everyone in the meeting (family, network, guests) receives its view and the relay
 * keeps that for hours. Rendered apart from the picker, which goes once the plan is shared: a modal unmounted while it
 * closes would leave the rest of the page hidden from assistive technology.
 */
function ShareConfirm({ asking, onAnswer }: { asking: PlanSummary | null; onAnswer: (share: boolean) => void }) {
  const t = useT();
  const nameOf = usePlanName();
  return (
    <Dialog modalType="alert" open={asking !== null} onOpenChange={(_, data) => { if (!data.open) onAnswer(false); }}>
      <DialogSurface aria-describedby="live-share-body">
        <DialogBody>
          <DialogTitle>{t(m['live.share.confirm.title'])}</DialogTitle>
          <DialogContent id="live-share-body">{asking ? t(m['live.share.confirm.body'], { name: nameOf(asking) }) : null}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(true)}>{t(m['live.share.confirm.yes'])}</Button>
            <Button onClick={() => onAnswer(false)}>{t(m['live.share.confirm.no'])}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The facilitator picks the plan (`onPick`); sharing waits for `ShareConfirm`. */
function PlanPicker({ onPick }: { onPick: (plan: PlanSummary) => void }) {
  const t = useT();
  const styles = useStyles();
  const { store } = useServices();
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const nameOf = usePlanName();
  useEffect(() => {
    let live = true;
    store.list().then((list) => live && setPlans(list), () => live && setPlans([]));
    return () => { live = false; };
  }, [store]);
  if (!plans) return <Spinner size="tiny" />;
  return (
    <section aria-labelledby="live-pick">
      <Subtitle2 as="h2" id="live-pick">{t(m['live.pick.heading'])}</Subtitle2>
      {plans.length === 0 ? <Caption1>{t(m['live.pick.none'])}</Caption1> : (
        <ul className={styles.picker}>
          {plans.map((p) => (
            <li key={p.id}>
              <Button onClick={() => onPick(p)}>{t(m['live.pick.choose'], { name: nameOf(p) })}</Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function LiveMeeting({ session, view, shareToStage, channelMeeting = false }: LiveMeetingProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const services = useServices();
  const snapshot = useLiveSnapshot(session);
  const facilitator = useLiveFacilitator(session, services, snapshot);
  const leads = mayDo(session.role, 'lead');
  const [following, setFollowing] = useState(!leads);
  const [ownSection, setOwnSection] = useState('title');
  const [staged, setStaged] = useState<StageShareResult | null>(null);
  const [asking, setAsking] = useState<PlanSummary | null>(null);
  const answer = (share: boolean) => {
    if (share && asking) void facilitator.choose(asking.id);
    setAsking(null);
  };
  const [staging, setStaging] = useState(false);
  const putOnStage = (share: () => Promise<StageShareResult>) => {
    setStaging(true);
    void share().catch((): StageShareResult => 'failed').then((result) => {
      setStaged(result);
      setStaging(false);
    });
  };
  // The one who leads is where everyone who follows is: their section is the shared one.
  const sectionId = (following || leads ? snapshot.followSectionId : null) ?? ownSection;

  useEffect(() => session.viewSection(sectionId), [session, sectionId]);

  const goTo = (id: string) => {
    setOwnSection(id);
    if (leads) void session.lead(id);
    else setFollowing(false);
  };

  const header = (
    <header className={styles.column}>
      <Title3 as="h1">{t(m['live.title'])}</Title3>
      {!snapshot.connected ? <MessageBar intent="warning"><MessageBarBody>{t(m['live.offline'])}</MessageBarBody></MessageBar> : null}
      {channelMeeting ? (
        <MessageBar intent="warning" layout="multiline" data-testid="live-channel-meeting">
          <MessageBarBody>{t(m['live.channel'])}</MessageBarBody>
        </MessageBar>
      ) : null}
      {snapshot.otherPlanEntries > 0 ? (
        <MessageBar intent="info" layout="multiline" data-testid="live-other-plan">
          <MessageBarBody>{t(m['live.otherPlan'], { count: snapshot.otherPlanEntries })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {snapshot.unreadableEntries > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="live-unreadable-entries">
          <MessageBarBody>{t(m['live.unreadable.count'], { count: snapshot.unreadableEntries })}</MessageBarBody>
          {leads ? <MessageBarActions><Button onClick={() => void session.removeUnreadable()}>{t(m['live.unreadable.removeAll'])}</Button></MessageBarActions> : null}
        </MessageBar>
      ) : null}
    </header>
  );

  const controls = (
    <div className={styles.column}>
      <LeadStatus snapshot={snapshot} session={session} />
      {!leads ? <FollowSwitch following={following} onChange={setFollowing} /> : null}
      <PresenceList participants={snapshot.participants} />
      <AgendaTimer timer={snapshot.timer} session={session} role={session.role} resumeAt={snapshot.base?.resumeAt ?? null} />
      {snapshot.base ? <LiveEntryBoundary part resetKey={snapshot}><LiveFamilySay session={session} snapshot={snapshot} view={snapshot.base} /></LiveEntryBoundary> : null}
      {mayDo(session.role, 'save') && snapshot.base ? (
        <section className={styles.column} aria-label={t(m['live.save'])}>
          <LiveAttendance view={snapshot.base} attendeeIds={facilitator.attendeeIds} onChange={facilitator.setAttendeeIds} />
          <div className={styles.row}>
            <Button appearance="primary" disabled={facilitator.save.kind === 'saving' || !facilitator.canSave} onClick={() => void facilitator.saveNow()}>{t(m['live.save'])}</Button>
            {shareToStage ? <Button disabled={staging} onClick={() => putOnStage(shareToStage)}>{t(m['live.stage.share'])}</Button> : null}
          </div>
          {facilitator.save.kind === 'saving' ? <Spinner size="tiny" label={t(m['live.saving'])} /> : null}
          {facilitator.save.kind === 'saved' && !snapshot.dirty
            ? (
              <MessageBar intent="success">
                <MessageBarBody>
                  {facilitator.save.revisionVersion === undefined
                    ? t(m['live.saved'], { label: facilitator.save.label })
                    : t(m['live.saved.revision'], { label: facilitator.save.label, version: facilitator.save.revisionVersion })}
                </MessageBarBody>
              </MessageBar>
            ) : null}
          {facilitator.save.kind === 'saved' && !facilitator.save.meetingRecorded
            ? <MessageBar intent="warning"><MessageBarBody>{t(m['live.attendance.full'])}</MessageBarBody></MessageBar> : null}
          {facilitator.save.kind === 'failed' ? <MessageBar intent="error"><MessageBarBody>{t(m['live.saveFailed'])}</MessageBarBody></MessageBar> : null}
          {snapshot.dirty && facilitator.save.kind !== 'saving' ? <Caption1>{t(m['live.unsaved'])}</Caption1> : null}
          {staged !== null ? <Caption1 role="status">{t(m[staged === 'shared' ? 'live.stage.shared' : staged === 'already' ? 'live.stage.already' : 'live.stage.failed'])}</Caption1> : null}
        </section>
      ) : null}
    </div>
  );

  const plan = snapshot.base ? (
    <div className={view === 'stage' ? styles.stagePlan : styles.column}>
      <TabList selectedValue={sectionId} onTabSelect={(_, data) => goTo(String(data.value))} aria-label={t(m['live.sections'])}
        vertical size="small" className={styles.nav} reserveSelectedTabSpace={false}>
        {LIVE_SECTIONS.map((id) => (
          <Tab key={id} value={id} className={styles.navTab}>{sectionById(id)?.heading[locale] ?? id}</Tab>
        ))}
      </TabList>
      <LiveEntryBoundary part resetKey={snapshot}>
        <LiveSection sectionId={sectionId} session={session} snapshot={snapshot} view={snapshot.base} />
      </LiveEntryBoundary>
    </div>
  ) : mayDo(session.role, 'lead') ? <PlanPicker onPick={setAsking} /> : <Caption1>{t(m['live.noPlan'])}</Caption1>;
  const confirm = leads ? <ShareConfirm asking={asking} onAnswer={answer} /> : null;

  const failed = facilitator.failed ? <MessageBar intent="error"><MessageBarBody>{t(m['live.failed'])}</MessageBarBody></MessageBar>
    : facilitator.openFailed && mayDo(session.role, 'save') ? (
      <MessageBar intent="warning" layout="multiline" data-testid="live-open-failed">
        <MessageBarBody>{t(m['live.openFailed'])}</MessageBarBody>
        <MessageBarActions><Button onClick={facilitator.retryOpen}>{t(m['live.openFailed.retry'])}</Button></MessageBarActions>
      </MessageBar>
    ) : null;

  if (view === 'stage') {
    return (
      <main className={mergeClasses(styles.root, styles.stage)} data-view="stage">
        <div className={styles.column}>{header}{failed}{plan}{confirm}</div>
        <aside className={styles.column}>{controls}</aside>
      </main>
    );
  }
  return <main className={styles.root} data-view="panel">{header}{failed}{controls}{plan}{confirm}</main>;
}
