import { defineMessages } from '../define';

/**
 * Texts of tenant mode: the neutral meeting invitation (it goes to people outside the organisation and
 * carries no plan content), and the scheduling and sharing panels.
 */
export const graphMessages = defineMessages({
  'invite.subject.evaluation': { nl: 'Evaluatiegesprek', en: 'Evaluation meeting' },
  'invite.subject.network': { nl: 'Netwerkberaad', en: 'Network meeting' },
  'invite.body': {
    nl: 'U bent uitgenodigd voor dit overleg. De organisator vertelt u vooraf wat u kunt verwachten. Kunt u niet komen? Laat het de organisator weten.',
    en: 'You are invited to this meeting. The organiser will tell you beforehand what to expect. Cannot attend? Please let the organiser know.',
  },
  'invite.location': { nl: 'Locatie volgt via de hulpverlener', en: 'The care worker will let you know the location' },
  'invite.cancelled': { nl: 'Dit overleg gaat niet door. De organisator neemt contact met u op.', en: 'This meeting is cancelled. The organiser will contact you.' },
  'share.message': {
    nl: 'U krijgt leesrechten op een document. Meld u aan met uw eigen account om het te openen.',
    en: 'You have been given read access to a document. Sign in with your own account to open it.',
  },

  'schedule.title.evaluation': { nl: 'Evaluatie plannen', en: 'Schedule the evaluation' },
  'schedule.title.network': { nl: 'Netwerkberaad plannen', en: 'Schedule network meetings' },
  'schedule.intro': {
    nl: 'Zoek tijden waarop de professionals kunnen. Netwerkleden buiten de organisatie belt u zelf; noteer per tijd wat ze zeiden.',
    en: 'Find times when the professionals are free. Call network members outside the organisation yourself and record per slot what they said.',
  },
  'schedule.duration': { nl: 'Duur (minuten)', en: 'Duration (minutes)' },
  'schedule.sessions': { nl: 'Aantal bijeenkomsten', en: 'Number of sessions' },
  'schedule.find': { nl: 'Zoek tijden', en: 'Find times' },
  'schedule.searching': { nl: 'Tijden zoeken…', en: 'Finding times…' },
  'schedule.none': {
    nl: 'Geen tijd gevonden waarop iedereen kan. Kies een andere duur of plan handmatig.',
    en: 'No time found when everyone is free. Try another duration or schedule by hand.',
  },
  'schedule.suggestions': { nl: 'Voorgestelde tijden', en: 'Suggested times' },
  'schedule.slot': { nl: 'Tijd {when}', en: 'Time {when}' },
  'schedule.score': { nl: '{free} van {total} kunnen', en: '{free} of {total} available' },
  'schedule.phone': { nl: 'Telefonisch antwoord van {name}', en: 'Answer by phone from {name}' },
  'schedule.phone.unknown': { nl: 'Nog niet gevraagd', en: 'Not asked yet' },
  'schedule.phone.yes': { nl: 'Kan', en: 'Available' },
  'schedule.phone.no': { nl: 'Kan niet', en: 'Not available' },
  'schedule.create': { nl: 'Uitnodiging versturen voor {when}', en: 'Send invitation for {when}' },
  'schedule.created': { nl: 'De uitnodiging is verstuurd.', en: 'The invitation was sent.' },
  'schedule.existing': { nl: 'Er staat al een afspraak in de agenda.', en: 'A meeting is already in the calendar.' },
  'schedule.join': { nl: 'Deelnamelink (Teams)', en: 'Join link (Teams)' },
  'schedule.move': { nl: 'Afspraak verplaatsen naar {when}', en: 'Move the meeting to {when}' },
  'schedule.moved': { nl: 'De afspraak is verplaatst.', en: 'The meeting was moved.' },
  'schedule.cancel': { nl: 'Afspraak annuleren', en: 'Cancel the meeting' },
  'schedule.cancelled': { nl: 'De afspraak is geannuleerd.', en: 'The meeting was cancelled.' },
  'schedule.organizer': { nl: 'Georganiseerd door {name}.', en: 'Organised by {name}.' },
  'schedule.organizer.only': {
    nl: 'Alleen de organisator kan de afspraak verplaatsen of annuleren. Vraag {name} om dat te doen.',
    en: 'Only the organiser can move or cancel the meeting. Ask {name} to do it.',
  },
  'schedule.notInCalendar': {
    nl: 'Deze afspraak staat niet in uw agenda. Heeft een collega hem gepland? Vraag die collega dan om hem te verplaatsen of te annuleren.',
    en: 'This meeting is not in your calendar. Did a colleague book it? Then ask them to move or cancel it.',
  },
  'schedule.attendee.availability': { nl: '{name}: {availability}', en: '{name}: {availability}' },
  'availability.free': { nl: 'vrij', en: 'free' },
  'availability.tentative': { nl: 'onder voorbehoud', en: 'tentative' },
  'availability.busy': { nl: 'bezet', en: 'busy' },
  'availability.oof': { nl: 'afwezig', en: 'out of office' },
  'availability.workingElsewhere': { nl: 'werkt elders', en: 'working elsewhere' },
  'availability.unknown': { nl: 'onbekend', en: 'unknown' },
  'schedule.noAttendees': { nl: 'Kies eerst wie er komen (met e-mailadres).', en: 'First choose who attends (with an e-mail address).' },

  'share.title': { nl: 'Kopie delen', en: 'Share a copy' },
  'share.intro': {
    nl: 'Alleen ontvangers met vastgelegde toestemming krijgen leesrechten. Ze melden zich aan om het document te openen; er wordt geen openbare link gemaakt.',
    en: 'Only recipients with recorded consent get read access. They sign in to open the document; no public link is made.',
  },
  'share.recipient': { nl: '{name} ({email})', en: '{name} ({email})' },
  'share.refused': { nl: 'Geen toestemming vastgelegd: wordt niet gedeeld.', en: 'No consent recorded: will not be shared.' },
  'share.noEmail': { nl: 'Geen e-mailadres: kan niet digitaal gedeeld worden.', en: 'No e-mail address: cannot be shared digitally.' },
  'share.send': { nl: 'Delen met {count} ontvanger(s)', en: 'Share with {count} recipient(s)' },
  'share.sending': { nl: 'Bezig met delen…', en: 'Sharing…' },
  'share.ok': { nl: 'Gedeeld', en: 'Shared' },
  'share.failed': { nl: 'Niet gelukt: {reason}', en: 'Failed: {reason}' },
  'share.none': { nl: 'Er zijn nog geen ontvangers van een kopie (onderdeel 8).', en: 'There are no copy recipients yet (section 8).' },
  'share.results': { nl: 'Resultaat per ontvanger', en: 'Result per recipient' },

  'people.search': { nl: 'Zoek een professional', en: 'Search for a professional' },

});
