import { defineMessages } from '../define';

/**
 * What an import did not bring along. Shown only after an import, by the lazily loaded ImportNotice, so these texts
 * stay out of the first screen's load (bundle.tab.gzip, docs/performance.md).
 */
export const importNoticeMessages = defineMessages({
  'list.import.dropped': {
    nl: 'Het plan is geïmporteerd als nieuw plan, als concept. Agenda-afspraken, toestemmingen, de instemming van het gezin, de status en gedeelde kopieën horen bij het oorspronkelijke plan; daarom is dit niet meegenomen:',
    en: "The plan was imported as a new plan, as a draft. Calendar meetings, consents, the family's agreement, the status and shared copies belong to the original plan, so these were not brought along:",
  },
  'list.import.dropped.evaluationMeeting': { nl: 'de agenda-afspraak voor de evaluatie', en: 'the calendar meeting for the evaluation' },
  'list.import.dropped.networkMeeting': { nl: 'de agenda-afspraak van netwerkberaad {n}', en: 'the calendar meeting of network meeting {n}' },
  'list.import.dropped.copyConsent': { nl: 'de toestemming om een kopie te sturen aan {name}', en: 'the consent to send a copy to {name}' },
  'list.import.dropped.familyAgreement': {
    nl: 'de instemming van het gezin ({n} vastgelegd): die gold het oorspronkelijke plan; vraag ieder volwassen gezinslid opnieuw',
    en: "the family's agreement ({n} recorded): it was given to the original plan; ask each adult family member again",
  },
  'list.import.dropped.familyAgreementAndReason': {
    nl: 'de instemming van het gezin ({n} vastgelegd) en de reden waarom die ontbrak: die golden het oorspronkelijke plan; vraag ieder volwassen gezinslid opnieuw',
    en: "the family's agreement ({n} recorded) and the reason why it was missing: they belonged to the original plan; ask each adult family member again",
  },
  'list.import.dropped.familyAgreementReason': {
    nl: 'de reden waarom de instemming van het gezin ontbrak: die gold het oorspronkelijke plan; vraag het gezin opnieuw, of schrijf de reden opnieuw op',
    en: "the reason why the family's agreement was missing: it belonged to the original plan; ask the family again, or write the reason down again",
  },
  'list.import.dropped.status.active': {
    nl: 'de status "actief": het geïmporteerde plan is een concept en gaat pas in werking na de kwaliteitscheck',
    en: 'the status "active": the imported plan is a draft and goes into force only after the quality check',
  },
  'list.import.dropped.status.evaluated': {
    nl: 'de status "geëvalueerd": het geïmporteerde plan is een concept en gaat pas in werking na de kwaliteitscheck',
    en: 'the status "evaluated": the imported plan is a draft and goes into force only after the quality check',
  },
  'list.import.dropped.status.closed': {
    nl: 'de status "afgesloten" en de reden van afsluiten: het geïmporteerde plan is een concept',
    en: 'the status "closed" and the reason for closing: the imported plan is a draft',
  },
  'list.import.dropped.shares': {
    nl: 'de gegevens van {n} gedeelde kopie(ën) van het oorspronkelijke plan (alleen dat plan kan die toegang intrekken)',
    en: 'the records of {n} shared copies of the original plan (only that plan can revoke their access)',
  },
  'list.import.dropped.unnamed': { nl: 'ontvanger {n}', en: 'recipient {n}' },
  'list.import.dropped.next': {
    nl: 'Plan de afspraken opnieuw en vraag de toestemming opnieuw voordat u een kopie deelt.',
    en: 'Schedule the meetings again and ask for consent again before you share a copy.',
  },
  'list.import.open': { nl: 'Geïmporteerd plan openen', en: 'Open the imported plan' },
});
