import { Button, Field, Input, Link, MessageBar, MessageBarActions, MessageBarBody, Subtitle2, Text } from '@fluentui/react-components';
import { safeJoinUrl } from '../../domain';
import type { Plan } from '../../domain';
import type { EventFollowUp } from '../../domain/scheduling';
import { tenantMessages as tm } from '../../i18n/areas/tenant';
import { formatDate } from '../formatDate';
import { useLocale } from '../services';
import type { MeetingTarget } from '../../app/scheduling';
import { graphMessages as m } from '../../i18n/areas/graph';
import type { Bilingual } from '../../i18n';
import { useT } from '../useT';
import { SlotCard } from './SlotCard';
import { useErrorText } from './useErrorText';
import { useScheduling } from './useScheduling';
import type { Refusal } from './useScheduling';
import { usePanelStyles } from './panelStyles.styles';

export interface SchedulingPanelProps {
  plan: Plan;
  /** The evaluation of section 9, or a network meeting (`meetingId: null` for a new one). */
  target: MeetingTarget;
  /** The plan people who attend; children are never invited. */
  personIds: readonly string[];
  onPlanChange: (plan: Plan) => void;
  /**
   * The plan's date no longer matches the booked meeting: offer to move it (find times on the new date)
   * or to cancel it. `bookedDate` is the date the meeting is on; `onKeep` leaves the meeting as it is.
   */
  followUp?: { offer: EventFollowUp; bookedDate: string | null; onKeep: () => void } | undefined;
}

/** Scheduling the evaluation or a network meeting in tenant mode: suggestions, phone answers, book/move/cancel. */
export function SchedulingPanel({ plan, target, personIds, onPlanChange, followUp }: SchedulingPanelProps) {
  const t = useT();
  const locale = useLocale();
  const errorText = useErrorText();
  const styles = usePanelStyles();
  const s = useScheduling(plan, target, personIds, onPlanChange);
  if (!s.available) return null;
  const colleague = s.role?.kind === 'colleague' ? s.role : null;
  const organiser = colleague ? organiserLabel(colleague.organizerName, colleague.organizerEmail) : '';
  // Finding times books a new meeting, or moves the booked one: the latter only for its organiser.
  const mayFind = s.existing === null || s.canChange;
  const joinUrl = safeJoinUrl(s.existing?.joinUrl);
  const title = t(m[target.kind === 'evaluation' ? 'schedule.title.evaluation' : 'schedule.title.network']);
  const phoned = s.found ? [
    ...s.found.participants.attendees.filter((a) => !a.inTenant).map((a) => ({ key: a.email.toLowerCase(), name: a.name })),
    ...s.found.participants.phoneOnly.map((p) => ({ key: p.id, name: p.name })),
  ] : [];
  return (
    <section aria-label={title} className={styles.panel}>
      <Subtitle2 as="h3" className={styles.heading}>{title}</Subtitle2>
      <Text as="p" className={styles.text}>{t(m['schedule.intro'])}</Text>
      {followUp?.offer.kind === 'move' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t(tm['followUp.move'], { date: formatDate(followUp.offer.date, locale), booked: formatDate(followUp.bookedDate, locale) })}
            {colleague && <> {t(m['schedule.organizer.only'], { name: organiser })}</>}
          </MessageBarBody>
          <MessageBarActions>
            {s.canChange && (
              <Button onClick={() => void s.find()} disabled={s.status === 'searching'}>{t(tm['followUp.find'], { date: formatDate(followUp.offer.date, locale) })}</Button>
            )}
            <Button onClick={followUp.onKeep}>{t(tm['followUp.keep'])}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {followUp?.offer.kind === 'cancel' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t(tm['followUp.cancel'])}
            {colleague && <> {t(m['schedule.organizer.only'], { name: organiser })}</>}
          </MessageBarBody>
          <MessageBarActions>
            {s.canChange && <Button onClick={() => void s.cancel()} disabled={s.status === 'saving'}>{t(m['schedule.cancel'])}</Button>}
            <Button onClick={followUp.onKeep}>{t(tm['followUp.keep'])}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {s.existing && (
        <div className={styles.row}>
          <Text>{t(m['schedule.existing'])}</Text>
          {/* Only a Teams meeting link is a link: a plan's joinUrl may have been edited (domain/joinUrl.ts). */}
          {joinUrl && <Link href={joinUrl} target="_blank" rel="noreferrer">{t(m['schedule.join'])}</Link>}
          {s.canChange && followUp?.offer.kind !== 'cancel' && (
            <Button onClick={() => void s.cancel()} disabled={s.status === 'saving'}>{t(m['schedule.cancel'])}</Button>
          )}
        </div>
      )}
      {colleague && (
        <Text as="p" className={styles.text}>
          {t(m['schedule.organizer'], { name: organiser })} {t(m['schedule.organizer.only'], { name: organiser })}
        </Text>
      )}
      {mayFind && (
        <>
          <Field label={t(m['schedule.duration'])}>
            <Input type="number" min={15} max={480} step={15} value={String(s.duration)} onChange={(_, d) => s.setDuration(Number(d.value) || 60)} />
          </Field>
          <div className={styles.row}>
            <Button onClick={() => void s.find()} disabled={s.status === 'searching' || personIds.length === 0}>
              {s.status === 'searching' ? t(m['schedule.searching']) : t(m['schedule.find'])}
            </Button>
          </div>
        </>
      )}
      {personIds.length === 0 && <Text as="p" className={styles.text}>{t(m['schedule.noAttendees'])}</Text>}
      <div role="status">
        {s.status === 'created' && t(m['schedule.created'])}
        {s.status === 'moved' && t(m['schedule.moved'])}
        {s.status === 'cancelled' && t(m['schedule.cancelled'])}
      </div>
      {s.error !== null && <Text as="p" role="alert" className={styles.text}>{errorText(s.error)}</Text>}
      {s.refusal !== null && <Text as="p" role="alert" className={styles.text}>{t(...refusalMessage(s.refusal))}</Text>}
      {s.slots && s.slots.length === 0 && <Text as="p" className={styles.text}>{t(m['schedule.none'])}</Text>}
      {s.slots && s.slots.length > 0 && s.found && (
        <div role="list" aria-label={t(m['schedule.suggestions'])} className={styles.slots}>
          {s.slots.map((slot) => (
            <div role="listitem" key={slot.suggestion.start}>
              <SlotCard
                slot={slot} attendees={s.found!.participants.attendees} phoned={phoned} answers={s.answers} busy={s.status === 'saving'}
                actionLabel={(when) => t(m[s.existing ? 'schedule.move' : 'schedule.create'], { when })}
                onAnswer={s.answer} onChoose={(chosen) => void s.choose(chosen)}
              />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

/** The organiser as a colleague can find them: name and address, or the address alone. */
function organiserLabel(name: string, email: string): string {
  return name ? `${name} (${email})` : email;
}

function refusalMessage(refusal: Refusal): [Bilingual, Record<string, string>] {
  return refusal.reason === 'colleague'
    ? [m['schedule.organizer.only'], { name: organiserLabel(refusal.organizerName, refusal.organizerEmail) }]
    : [m['schedule.notInCalendar'], {}];
}
