import { Button, Card, Field, Select, Text } from '@fluentui/react-components';
import type { PhoneAnswer, PhoneAnswers, RankedSlot } from '../../domain/scheduling';
import type { Attendee } from '../../app/ports';
import { graphMessages as m } from '../../i18n/areas/graph';
import { useLocale } from '../services';
import { useT } from '../useT';
import { formatSlot } from './useErrorText';

export interface SlotCardProps {
  slot: RankedSlot;
  attendees: Attendee[];
  /** Outsiders whose answer the coordinator records by phone: key (e-mail or person id) and name. */
  phoned: Array<{ key: string; name: string }>;
  answers: PhoneAnswers;
  actionLabel: (when: string) => string;
  busy: boolean;
  onAnswer: (slotStart: string, key: string, answer: PhoneAnswer | null) => void;
  onChoose: (slot: RankedSlot) => void;
}

/** One suggested time: each colleague's availability, the phone answers, and the button to book it. */
export function SlotCard({ slot, attendees, phoned, answers, actionLabel, busy, onAnswer, onChoose }: SlotCardProps) {
  const t = useT();
  const locale = useLocale();
  const when = formatSlot(slot.suggestion.start, locale);
  const nameOf = (email: string) => attendees.find((a) => a.email.toLowerCase() === email)?.name ?? email;
  return (
    <Card role="group" aria-label={t(m['schedule.slot'], { when })}>
      <Text weight="semibold">{when}</Text>
      <Text>{t(m['schedule.score'], { free: slot.available, total: slot.total })}</Text>
      <ul>
        {slot.suggestion.attendeeAvailability.map((a) => (
          <li key={a.email}>{t(m['schedule.attendee.availability'], { name: nameOf(a.email), availability: t(m[`availability.${a.availability}`]) })}</li>
        ))}
      </ul>
      {phoned.map((p) => (
        <Field key={p.key} label={t(m['schedule.phone'], { name: p.name })}>
          <Select
            value={answers[slot.suggestion.start]?.[p.key] ?? ''}
            onChange={(_, d) => onAnswer(slot.suggestion.start, p.key, d.value === '' ? null : (d.value as PhoneAnswer))}
          >
            <option value="">{t(m['schedule.phone.unknown'])}</option>
            <option value="yes">{t(m['schedule.phone.yes'])}</option>
            <option value="no">{t(m['schedule.phone.no'])}</option>
          </Select>
        </Field>
      ))}
      <Button appearance="primary" disabled={busy} onClick={() => onChoose(slot)}>{actionLabel(when)}</Button>
    </Card>
  );
}
