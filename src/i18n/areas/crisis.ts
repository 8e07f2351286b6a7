import { defineMessages } from '../define';

/**
 * Texts of the crisis variant, the joint analysis views and the professional's reflection. The reflection questions
 * rest on seed 003's six questions, in our own words.
 */
export const crisisMessages = defineMessages({
  'bottomLines.heading': { nl: 'Bodemeisen van de aanmelding', en: 'Bottom lines of the referral' },
  'bottomLines.intro': {
    nl: 'Afgesproken met de aanmelder op {date}. Ze gelden naast de voorwaarden hieronder; wijzig ze bij Aanmelding.',
    en: 'Agreed with the referrer on {date}. They hold beside the conditions below; change them under Referral.',
  },
  'bottomLines.noDate': { nl: 'een nog niet ingevulde datum', en: 'a date not filled in yet' },
  'bottomLines.actionWhen': { nl: 'Actie nodig als: {text}', en: 'Action needed when: {text}' },

  'sideBySide.heading': { nl: 'De kijk van iedereen naast elkaar', en: "Everyone's view side by side" },
  'sideBySide.intro': {
    nl: 'Wat het gezin, het netwerk en de professionals zien, per onderdeel van de analyse. Waar ze verschillen, valt het meest te leren.',
    en: 'What the family, the network and the professionals see, per part of the analysis. Where they differ there is most to learn.',
  },
  'sideBySide.show': { nl: 'Naast elkaar tonen', en: 'Show side by side' },
  'sideBySide.hide': { nl: 'Verbergen', en: 'Hide' },
  'sideBySide.unknown': { nl: 'Nog niet gezegd wiens kijk', en: 'Whose view not said yet' },
  'sideBySide.empty': { nl: 'Niets genoteerd.', en: 'Nothing noted.' },

  'houses.heading': { nl: 'Wat de kinderen zeggen (Drie Huizen)', en: 'What the children say (Three Houses)' },
  'houses.intro': {
    nl: 'De woorden van het kind horen in de analyse. Neem ze over als zorg of als kracht, als de kijk van het gezin.',
    en: "The child's words belong in the analysis. Take them over as a concern or a strength, as the family's view.",
  },
  'houses.child': { nl: 'Drie Huizen van {name}', en: 'Three Houses of {name}' },
  'houses.noChild': { nl: '(kind nog niet gekozen)', en: '(child not chosen yet)' },
  'houses.worries': { nl: 'Huis van de zorgen', en: 'House of worries' },
  'houses.goodThings': { nl: 'Huis van de goede dingen', en: 'House of good things' },
  'houses.dreams': { nl: 'Huis van de dromen', en: 'House of dreams' },
  'houses.feed.worries': { nl: 'Opnemen bij de zorgen', en: 'Add to the concerns' },
  'houses.feed.goodThings': { nl: 'Opnemen bij de krachten', en: 'Add to the strengths' },
  'houses.fed': { nl: 'Staat in de analyse', en: 'In the analysis' },
  'houses.none': { nl: 'Nog niets ingevuld.', en: 'Nothing filled in yet.' },

  'conference.heading': { nl: 'Netwerkconferentie (crisisvariant)', en: 'Network conference (crisis variant)' },
  'conference.term': {
    nl: 'Twee of drie sessies na de aanmelding van {referral}: liefst vóór {preferred}, uiterlijk {end}.',
    en: 'Two or three sessions after the referral of {referral}: preferably before {preferred}, at the latest {end}.',
  },
  'conference.noReferral': {
    nl: 'Vul bij Aanmelding de datum van de aanmelding in: de termijn van de netwerkconferentie telt vanaf die dag.',
    en: 'Fill in the date of the referral under Referral: the term of the network conference counts from that day.',
  },
  'conference.suggest': { nl: 'Voorgestelde data: {dates}', en: 'Suggested dates: {dates}' },
  'conference.add': { nl: 'Voorgestelde sessies toevoegen', en: 'Add the suggested sessions' },
  'conference.added': { nl: '{n} sessie(s) toegevoegd aan de netwerkberaden.', en: '{n} session(s) added to the network meetings.' },
  'conference.enough': { nl: 'Er staan genoeg sessies gepland.', en: 'Enough sessions are planned.' },
  'conference.passed': { nl: 'De termijn is voorbij; er zijn geen data meer voor te stellen.', en: 'The term has passed; no dates are left to suggest.' },
  'conference.planned': { nl: 'Geplande sessies: {dates}', en: 'Planned sessions: {dates}' },
  'conference.ics': { nl: 'Agenda-bestand (.ics) downloaden', en: 'Download the calendar file (.ics)' },
  'conference.ics.hint': {
    nl: 'Zonder Microsoft 365 plant u de sessies in uw eigen agenda. Het bestand bevat alleen datum en doel, geen namen of inhoud.',
    en: 'Without Microsoft 365 you put the sessions in your own calendar. The file holds only date and purpose, no names or content.',
  },
  'conference.ics.done': { nl: 'Het agenda-bestand is gedownload.', en: 'The calendar file was downloaded.' },
  'conference.ics.failed': { nl: 'Het agenda-bestand kon niet worden gemaakt. Probeer het opnieuw.', en: 'The calendar file could not be made. Please try again.' },

  'reflection.open': { nl: 'Reflectievragen', en: 'Reflection questions' },
  'reflection.offer.activation': {
    nl: 'Nu het plan actief is, staan er reflectievragen voor je klaar, alleen voor jou.',
    en: 'Now the plan is active, reflection questions are ready for you, for you alone.',
  },
  'reflection.offer.evaluation': {
    nl: 'Na de evaluatie staan er reflectievragen voor je klaar, alleen voor jou.',
    en: 'After the evaluation, reflection questions are ready for you, for you alone.',
  },
  'reflection.title': { nl: 'Even stilstaan bij je eigen rol', en: 'A moment on your own part' },
  'reflection.activation': {
    nl: 'Het plan is actief. Neem even de tijd voor deze vragen over je eigen werk met dit gezin.',
    en: 'The plan is active. Take a moment for these questions about your own work with this family.',
  },
  'reflection.evaluation': {
    nl: 'Er is geëvalueerd. Kijk met deze vragen terug op je eigen werk met dit gezin.',
    en: 'An evaluation was held. Look back on your own work with this family with these questions.',
  },
  'reflection.private': {
    nl: 'Alleen voor jou: je antwoorden blijven op dit apparaat, bij jouw account. Ze staan niet in het plan, niet in kopieën, niet in Word en niet in de .docx. Wie deze browser gebruikt, kan ze wel lezen. Ze worden na {days} dagen verwijderd, en bij afmelden.',
    en: 'Only for you: your answers stay on this device, with your account. They are not in the plan, nor in copies, Word or the .docx. Anyone using this browser can read them, though. They are removed after {days} days, and when you sign out.',
  },
  'reflection.removeAll': { nl: 'Mijn reflecties verwijderen', en: 'Remove my reflections' },
  'reflection.removeFailed': {
    nl: 'Je reflecties konden niet worden verwijderd. Probeer het opnieuw, of wis de sitegegevens van deze app in de browserinstellingen.',
    en: 'Your reflections could not be removed. Try again, or clear this app\'s site data in the browser settings.',
  },
  'reflection.removed': {
    nl: 'Al je reflecties op dit apparaat zijn verwijderd, van alle plannen.',
    en: 'All your reflections on this device were removed, for every plan.',
  },
  'reflection.q.clarity': {
    nl: 'Weten de ouders en opvoeders van mij precies wat er anders moet, en waarom?',
    en: 'Do the parents and carers know from me exactly what has to change, and why?',
  },
  'reflection.q.child': {
    nl: 'Heb ik het kind zelf gezien en gesproken, en weet ik hoe het kind het thuis beleeft?',
    en: 'Have I seen and talked with the child, and do I know how the child experiences home?',
  },
  'reflection.q.safetySeen': {
    nl: 'Weet ik wat er in dit gezin wél veilig gaat, en heb ik dat met hen besproken?',
    en: 'Do I know what is safe in this family, and have I talked about it with them?',
  },
  'reflection.q.network': {
    nl: 'Help ik het gezin om hun eigen mensen erbij te halen?',
    en: 'Do I help the family to bring in their own people?',
  },
  'reflection.q.cooperation': {
    nl: 'Is met de andere professionals duidelijk wie waarvoor staat, en wie op de veiligheid let?',
    en: 'Is it clear with the other professionals who is responsible for what, and who watches safety?',
  },
  'reflection.q.support': {
    nl: 'Heb ik wat ik nodig heb voor dit gezin, en krijg ik genoeg steun van mijn organisatie?',
    en: 'Do I have what I need for this family, and do I get enough support from my organisation?',
  },
  'reflection.save': { nl: 'Bewaren op dit apparaat', en: 'Keep on this device' },
  'reflection.later': { nl: 'Niet nu', en: 'Not now' },
  'reflection.saved': { nl: 'Je antwoorden zijn bewaard op dit apparaat.', en: 'Your answers were kept on this device.' },
  'reflection.failed': {
    nl: 'Je antwoorden konden niet worden bewaard op dit apparaat. Kopieer ze als je ze wilt houden; ze staan nog in het venster.',
    en: 'Your answers could not be kept on this device. Copy them if you want to keep them; they are still in the dialog.',
  },
  'reflection.unavailable': {
    nl: 'Reflectievragen kunnen hier niet worden bewaard. Je kunt ze wel lezen.',
    en: 'Reflection answers cannot be kept here. You can still read the questions.',
  },
});
