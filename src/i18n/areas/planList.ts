import { defineMessages } from '../define';

/**
 * Texts of the first screen: the app's header and the plan list. Kept apart from the editor's texts so that the
 * first load does not carry the whole editor's vocabulary (the editor module spreads these in for its own use).
 */
export const planListMessages = defineMessages({
  'app.title': { nl: 'Veiligheidsplan', en: 'Safety plan' },
  'app.mode.local': { nl: 'Lokaal op dit apparaat', en: 'Local on this device' },
  'app.mode.tenant': { nl: 'Opgeslagen in SharePoint', en: 'Stored in SharePoint' },
  'app.skip': { nl: 'Naar de inhoud', en: 'Skip to content' },

  'list.heading': { nl: 'Plannen', en: 'Plans' },
  'list.caseload': { nl: 'Mijn caseload', en: 'My caseload' },
  'list.empty': { nl: 'Er zijn nog geen plannen. Maak een nieuw plan om te beginnen.', en: 'There are no plans yet. Create a new plan to start.' },
  'list.new': { nl: 'Nieuw plan', en: 'New plan' },
  'list.import': { nl: 'JSON importeren', en: 'Import JSON' },
  'list.open': { nl: 'Openen', en: 'Open' },
  'list.duplicate': { nl: 'Nieuwe versie', en: 'New version' },
  'list.delete': { nl: 'Verwijderen', en: 'Delete' },
  'list.col.family': { nl: 'Familie', en: 'Family' },
  'list.col.status': { nl: 'Status', en: 'Status' },
  'list.col.validity': { nl: 'Geldig', en: 'Valid' },
  'list.col.evaluation': { nl: 'Evaluatie', en: 'Evaluation' },
  'list.col.actions': { nl: 'Acties', en: 'Actions' },
  'list.unnamed': { nl: '(nog geen naam)', en: '(no name yet)' },
  'list.version': { nl: 'versie {n}', en: 'version {n}' },
  'list.loading': { nl: 'Plannen laden…', en: 'Loading plans…' },
  'list.revision': { nl: 'Bijstelling van een geldend plan', en: 'Adjustment of a plan in force' },
  'list.confirm.title': { nl: 'Plan verwijderen?', en: 'Delete plan?' },
  'list.confirm.body': {
    nl: 'Het veiligheidsplan van de familie {family} wordt met al zijn versies van dit apparaat verwijderd. Dit kan niet ongedaan worden gemaakt.',
    en: 'The safety plan of the family {family} and all its versions will be removed from this device. This cannot be undone.',
  },
  'list.confirm.yes': { nl: 'Ja, verwijderen', en: 'Yes, delete' },
  'list.import.error': { nl: 'Dit bestand is niet geïmporteerd. Er is niets gewijzigd.', en: 'This file was not imported. Nothing was changed.' },
  'list.signIn': { nl: 'Aanmelden', en: 'Sign in' },
  'list.signIn.hint': {
    nl: 'Meld u aan met uw werkaccount om de plannen van uw team te zien.',
    en: 'Sign in with your work account to see your team\'s plans.',
  },
  'list.import.ok': { nl: 'Plan geïmporteerd.', en: 'Plan imported.' },
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
    nl: 'de status "in werking": het geïmporteerde plan is een concept en gaat pas in werking na de kwaliteitscontrole',
    en: 'the status "in force": the imported plan is a draft and goes into force only after the quality check',
  },
  'list.import.dropped.status.evaluated': {
    nl: 'de status "geëvalueerd": het geïmporteerde plan is een concept en gaat pas in werking na de kwaliteitscontrole',
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

  'status.draft': { nl: 'Concept', en: 'Draft' },
  'status.active': { nl: 'Actief', en: 'Active' },
  'status.evaluated': { nl: 'Geëvalueerd', en: 'Evaluated' },
  'status.closed': { nl: 'Afgesloten', en: 'Closed' },
  'editor.cancel': { nl: 'Annuleren', en: 'Cancel' },
});
