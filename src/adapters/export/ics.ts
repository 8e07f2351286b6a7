import ical from 'ical-generator';
import { isIsoDate } from '../../domain';
import type { Locale, Plan } from '../../domain';
import { translate } from '../../i18n';
import { exportMessages as m } from '../../i18n/areas/export';
// The invitation's neutral texts have one home: the same location as the Outlook invitation.
import { graphMessages } from '../../i18n/areas/graph';

export const ICS_MIME = 'text/calendar';

/**
 * The .ics of the plan's meetings. Invitations reach people outside the organisation, so (DOMAIN.md) they carry no
 * plan content: no family or child names, no concerns, no place, only a neutral purpose, the date and the same
 * neutral location as the Outlook invitation. The plan's evaluation place is left out altogether: it is often the
 * family's home address, which no check for names can recognise.
 */

const UID_DOMAIN = 'plan.invalid';

/** FNV-1a, 32 bits, with a seed. Not for security: only to make a stable token that does not show its input. */
function fnv1a(text: string, seed: number): string {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Stable per plan and meeting, so a re-export updates the same calendar entries. Hashed because an imported
 * plan's id is free text (it could read "familie-jansen"), and the id itself is no business of the invitee.
 */
export function meetingUid(planId: string, kind: string): string {
  const key = `${planId}\u0000${kind}`;
  return `${[1, 2, 3, 4].map((seed) => fnv1a(key, seed)).join('')}@${UID_DOMAIN}`;
}

function uid(plan: Plan, kind: string): string {
  return meetingUid(plan.id, kind);
}

/** Midnight UTC of an ISO date; ical-generator writes all-day dates from the UTC fields, so no time zone can shift the day. */
function utcDay(iso: string, plusDays = 0): Date {
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d + plusDays));
}

export function planToIcs(plan: Plan, locale: Locale): string {
  const calendar = ical({
    prodId: { company: 'vp', product: 'overleg', language: locale.toUpperCase() },
    name: translate(m['ics.calendarName'], locale),
  });
  const description = translate(m['ics.description'], locale);
  const location = translate(graphMessages['invite.location'], locale);
  const addDay = (iso: string, kind: string, summary: string): void => {
    calendar.createEvent({ id: uid(plan, kind), start: utcDay(iso), end: utcDay(iso, 1), allDay: true, summary, description, location });
  };

  if (plan.evaluationDate && isIsoDate(plan.evaluationDate)) {
    addDay(plan.evaluationDate, 'evaluation', translate(m['ics.evaluation.summary'], locale));
  }
  for (const meeting of plan.networkMeetings) {
    if (meeting.date && isIsoDate(meeting.date)) addDay(meeting.date, `network-${meeting.id}`, translate(m['ics.network.summary'], locale));
  }
  return calendar.toString();
}
