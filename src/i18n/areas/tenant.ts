import { defineMessages } from '../define';

/** Texts of the section extras in the editor: the follow-up after a changed evaluation date, and local-mode hints. */
export const tenantMessages = defineMessages({
  'people.heading': { nl: 'Collega toevoegen uit de organisatie', en: 'Add a colleague from the organisation' },
  'people.search': { nl: 'Zoek op naam of e-mailadres', en: 'Search by name or e-mail address' },
  'people.hint': {
    nl: 'Professionals uit uw organisatie vindt u hier. Netwerkleden en mensen van buiten typt u zelf in bij de lijsten hierboven.',
    en: 'Find professionals from your organisation here. Type network members and outside people into the lists above yourself.',
  },
  'people.none': { nl: 'Niemand gevonden voor deze zoekterm.', en: 'Nobody found for this search.' },
  'people.add': { nl: 'Toevoegen: {name}', en: 'Add: {name}' },
  'people.added': { nl: '{name} is toegevoegd aan de professionals.', en: '{name} was added to the professionals.' },
  'people.already': { nl: '{name} staat al bij de professionals.', en: '{name} is already among the professionals.' },
  'followUp.move': {
    nl: 'De evaluatiedatum is nu {date}, maar de afspraak in de agenda staat nog op {booked}. Zoek een tijd op de nieuwe datum om de afspraak te verplaatsen.',
    en: 'The evaluation date is now {date}, but the calendar meeting is still on {booked}. Find a time on the new date to move the meeting.',
  },
  'followUp.find': { nl: 'Tijden zoeken op {date}', en: 'Find times on {date}' },
  'followUp.cancel': {
    nl: 'De evaluatiedatum is leeggemaakt, maar de afspraak staat nog in de agenda. Wilt u de afspraak annuleren?',
    en: 'The evaluation date was cleared, but the meeting is still in the calendar. Do you want to cancel the meeting?',
  },
  'followUp.keep': { nl: 'Afspraak laten staan', en: 'Keep the meeting' },
  'local.ics.hint': {
    nl: 'Zonder koppeling met Microsoft 365 maakt de app geen afspraak in de agenda. Download een agendabestand (.ics) en open het in uw agenda; het bevat geen inhoud van het plan.',
    en: 'Without a Microsoft 365 connection the app makes no calendar meeting. Download a calendar file (.ics) and open it in your calendar; it holds no plan content.',
  },
  'local.ics.download': { nl: 'Agendabestand (.ics) downloaden', en: 'Download calendar file (.ics)' },
  'local.ics.done': { nl: 'Het agendabestand is gedownload.', en: 'The calendar file was downloaded.' },
  'local.ics.failed': { nl: 'Het agendabestand kon niet worden gemaakt.', en: 'The calendar file could not be made.' },
  'local.ics.noDate': { nl: 'Vul eerst de datum van de evaluatie in.', en: 'First fill in the evaluation date.' },
  'local.share.hint': {
    nl: 'Zonder koppeling met Microsoft 365 deelt de app niets. Download het plan als Word-document via Exporteren en geef een kopie alleen aan ontvangers met vastgelegde toestemming.',
    en: 'Without a Microsoft 365 connection the app shares nothing. Download the plan as a Word document via Export and give a copy only to recipients with recorded consent.',
  },
});
