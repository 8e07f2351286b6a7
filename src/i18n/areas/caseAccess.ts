import { defineMessages } from '../define';

/** Section 1 in a private case channel: do the plan's professionals match who can open the case? */
export const caseAccessMessages = defineMessages({
  'caseAccess.title': { nl: 'Wie bij deze casus kan', en: 'Who can open this case' },
  'caseAccess.match': {
    nl: '{count} mensen kunnen deze casus openen; dat klopt met de professionals van de organisatie in het plan.',
    en: '{count} people can open this case; that matches the organisation\'s professionals in the plan.',
  },
  'caseAccess.viewerNotInPlan': {
    nl: 'Je kunt deze casus openen, maar je staat niet bij de professionals in het plan. Zet jezelf erbij, of vraag een eigenaar van het casuskanaal je eruit te halen.',
    en: 'You can open this case, but you are not among the professionals in the plan. Add yourself, or ask an owner of the case channel to remove you.',
  },
  'caseAccess.accessNotInPlan': {
    nl: '{count} mensen kunnen deze casus openen. Minstens {n} van hen staat niet bij de professionals in het plan. Zet hen erbij, of vraag een eigenaar van het casuskanaal hen in Teams uit het kanaal te halen.',
    en: '{count} people can open this case. At least {n} of them are not among the professionals in the plan. Add them, or ask an owner of the case channel to remove them from the channel in Teams.',
  },
  'caseAccess.plannedWithoutAccess': {
    nl: 'Minstens {n} professional(s) uit het plan kan deze casus niet openen ({count} mensen hebben toegang). Vraag een eigenaar van het casuskanaal hen in Teams aan het kanaal toe te voegen.',
    en: 'At least {n} professional(s) in the plan cannot open this case ({count} people have access). Ask an owner of the case channel to add them to the channel in Teams.',
  },
  'caseAccess.howCounted': {
    nl: 'De app ziet hoeveel mensen toegang hebben, niet wie: dat laat Microsoft 365 alleen zien met toestemming van een beheerder. Kijk bij de leden van het casuskanaal in Teams wie het zijn.',
    en: 'The app sees how many people have access, not who: Microsoft 365 shows that only with an administrator\'s consent. See who they are among the case channel\'s members in Teams.',
  },
  'caseAccess.unknown': {
    nl: 'De app kon niet nagaan wie deze casus kan openen. Kijk bij de leden van het casuskanaal in Teams.',
    en: 'The app could not check who can open this case. See the case channel\'s members in Teams.',
  },
});
