import { useEffect, useState } from 'react';
import { Badge, Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, Subtitle2, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { NETWERKBERAAD_AGENDA, formatRemaining, mayDo, sectionById, stepsCovered, timeBox } from '../../domain';
import type { AgendaItemId, LiveRole } from '../../domain';
import type { LiveParticipant, LiveRefusal, LiveSession, LiveSnapshot, LiveTimerState } from '../../app/live/ports';
import { liveMessages as m } from '../../i18n/areas/live';
import { useLocale } from '../services';
import { useT } from '../useT';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  clock: { fontSize: tokens.fontSizeHero700, fontVariantNumeric: 'tabular-nums', lineHeight: tokens.lineHeightHero700 },
  over: { color: tokens.colorPaletteRedForeground1 },
  current: { fontWeight: tokens.fontWeightSemibold },
});

export const roleMessage = (role: LiveRole) => m[`live.role.${role}`];
export const agendaMessage = (id: AgendaItemId) => m[`live.agenda.${id}`];

/** "14:05": the time someone took the lead, on this device's clock face. */
function clockTime(epochMs: number, locale: 'nl' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit' }).format(new Date(epochMs));
}

/**
 * Who leads the session, and for another professional the explicit take-over. When the facilitator left, a professional
 * still present takes over automatically after a short wait (domain `automaticTakeOver`), so nobody has to press anything.
 */
export function LeadStatus({ snapshot, session }: { snapshot: LiveSnapshot; session: LiveSession }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const [refusal, setRefusal] = useState<LiveRefusal | null>(null);
  const [taking, setTaking] = useState(false);
  const lead = snapshot.lead;
  const holder = lead ? snapshot.participants.find((p) => p.id === lead.holderId) : undefined;
  const you = session.role === 'facilitator';
  let text: string;
  if (!lead) text = t(m['live.lead.none']);
  else if (you) text = t(m['live.lead.you'], { time: clockTime(lead.since, locale) });
  else if (!lead.present) text = t(m['live.lead.away']);
  else text = t(m['live.lead.by'], { name: holder?.name ?? t(m['live.lead.someone']), time: clockTime(lead.since, locale) });
  const take = async () => {
    setTaking(true);
    setRefusal(await session.takeLead());
    setTaking(false);
  };
  return (
    <section className={styles.block} aria-labelledby="live-lead" data-testid="live-lead">
      <Subtitle2 as="h2" id="live-lead">{t(m['live.lead.heading'])}</Subtitle2>
      <Text role="status">{text}</Text>
      {session.role === 'professional' && session.canLead ? (
        <div className={styles.block}>
          <div><Button onClick={() => void take()} disabled={taking} aria-describedby="live-lead-hint">{t(m['live.lead.take'])}</Button></div>
          <Caption1 id="live-lead-hint">{t(m['live.lead.takeHint'])}</Caption1>
        </div>
      ) : null}
      {refusal ? <MessageBar intent="warning"><MessageBarBody>{t(m['live.lead.refused'])}</MessageBarBody></MessageBar> : null}
    </section>
  );
}

export function PresenceList({ participants }: { participants: LiveParticipant[] }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <section className={styles.block} aria-labelledby="live-presence">
      <Subtitle2 as="h2" id="live-presence">{t(m['live.presence.heading'], { count: participants.length })}</Subtitle2>
      <ul className={styles.list} data-testid="live-presence">
        {participants.map((p) => {
          const section = p.sectionId ? sectionById(p.sectionId)?.heading[locale] : null;
          return (
            <li key={p.id} className={styles.row}>
              <span>{p.name ?? t(m['live.presence.noName'])} {p.isSelf ? t(m['live.presence.you']) : ''}</span>
              <Badge appearance="tint" color={p.role === 'participant' ? 'informative' : 'brand'}>{t(roleMessage(p.role))}</Badge>
              {section ? <Caption1>{t(m['live.presence.at'], { section })}</Caption1> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [running]);
  return running ? now : Date.now();
}

/**
 * The agenda and its time-box. `resumeAt`: a crisis conference's next session goes on where the last one stopped (domain
 * `resumeStep`): until the agenda runs, it says so, the facilitator starts there, and the steps before it show as covered.
 */
export function AgendaTimer({ timer, session, role, resumeAt = null }: { timer: LiveTimerState; session: LiveSession; role: LiveRole; resumeAt?: AgendaItemId | null }) {
  const t = useT();
  const styles = useStyles();
  const now = useNow(timer.running);
  const leads = mayDo(role, 'lead');
  const remaining = timer.running ? timer.remainingMs - (now - timer.at) : timer.remainingMs;
  const box = timeBox(timer.durationMs, remaining);
  const item = timer.itemId ? t(agendaMessage(timer.itemId)) : null;
  const covered = new Set(stepsCovered(resumeAt));
  return (
    <section className={styles.block} aria-labelledby="live-agenda">
      <Subtitle2 as="h2" id="live-agenda">{t(m['live.agenda.heading'])}</Subtitle2>
      {resumeAt !== null && timer.itemId === null ? (
        <MessageBar intent="info" layout="multiline" data-testid="live-resume">
          <MessageBarBody>{t(m['live.resume.note'], { item: t(agendaMessage(resumeAt)) })}</MessageBarBody>
          {leads ? (
            <MessageBarActions>
              <Button onClick={() => void session.startAgendaItem(resumeAt)}>{t(m['live.resume.start'], { item: t(agendaMessage(resumeAt)) })}</Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
      {item ? (
        <div className={styles.block}>
          <Caption1 id="live-timer-label">{t(m['live.timer.label'], { item })}</Caption1>
          <span role="timer" aria-labelledby="live-timer-label" data-testid="live-timer" data-running={timer.running ? 'true' : 'false'}
            className={box.overrun ? `${styles.clock} ${styles.over}` : styles.clock}>
            {formatRemaining(box.remainingMs)}
          </span>
          {box.overrun ? <Caption1>{t(m['live.timer.over'])}</Caption1> : null}
          {leads ? (
            <div className={styles.row}>
              {timer.running
                ? <Button onClick={() => void session.pauseTimer()}>{t(m['live.timer.pause'])}</Button>
                : <Button onClick={() => void session.resumeTimer()} disabled={box.overrun}>{t(m['live.timer.resume'])}</Button>}
            </div>
          ) : null}
        </div>
      ) : <Caption1>{t(m['live.timer.none'])}</Caption1>}
      <ol className={styles.list}>
        {NETWERKBERAAD_AGENDA.map((entry) => {
          const label = t(agendaMessage(entry.id));
          const current = entry.id === timer.itemId;
          return (
            <li key={entry.id} className={styles.row} aria-current={current ? 'step' : undefined}>
              {leads
                ? <Button size="small" appearance={current ? 'primary' : 'subtle'} aria-label={t(m['live.agenda.start'], { item: label })}
                  onClick={() => void session.startAgendaItem(entry.id)}>{label}</Button>
                : <span className={current ? styles.current : undefined}>{label}</span>}
              <Caption1>{t(m['live.agenda.minutes'], { minutes: entry.minutes })}</Caption1>
              {covered.has(entry.id) ? <Caption1 data-covered="true">{t(m['live.agenda.covered'])}</Caption1> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function FollowSwitch({ following, onChange }: { following: boolean; onChange: (follow: boolean) => void }) {
  const t = useT();
  return <Switch checked={following} onChange={(_, data) => onChange(data.checked)} label={t(m['live.follow'])} />;
}
