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

  'status.draft': { nl: 'Concept', en: 'Draft' },
  'status.active': { nl: 'Actief', en: 'Active' },
  'status.evaluated': { nl: 'Geëvalueerd', en: 'Evaluated' },
  'status.closed': { nl: 'Afgesloten', en: 'Closed' },
  'editor.cancel': { nl: 'Annuleren', en: 'Cancel' },
});
