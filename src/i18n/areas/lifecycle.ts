import { defineMessages } from '../define';

/** Texts of the plan's lifecycle: adjusting (a revision beside the plan in force), closing with an outcome, broken agreements and incidents. */
export const lifecycleMessages = defineMessages({
  // Closing
  'close.outcome': { nl: 'Hoe wordt het plan afgesloten?', en: 'How is the plan closed?' },
  'close.reason': { nl: 'Reden van afsluiten', en: 'Reason for closing' },
  'close.reason.hint': {
    nl: 'Wat maakt dat het veilig genoeg is, of waarom het plan niet werkte en wat er nu gebeurt.',
    en: 'What makes it safe enough, or why the plan did not work and what happens now.',
  },
  'close.reason.missing': { nl: 'Schrijf de reden van afsluiten op.', en: 'Write down the reason for closing.' },
  'close.despite.intro': {
    nl: 'Het plan zegt iets anders dan veilig genoeg: {doubts}. Sluit u toch af als veilig genoeg, dan legt een professional vast waarom.',
    en: 'The plan says otherwise than safe enough: {doubts}. To close as safe enough anyway, a professional records why.',
  },
  'close.despite.reason': { nl: 'Waarom is het toch veilig genoeg?', en: 'Why is it safe enough all the same?' },
  'close.despite.by': { nl: 'Vastgelegd door (professional)', en: 'Recorded by (professional)' },
  'close.despite.missing': {
    nl: 'Veilig genoeg kan nu alleen met een reden van een professional: schrijf op waarom, en kies wie dat vastlegt. Of kies een andere uitkomst.',
    en: 'Safe enough now needs a professional\'s reason: write down why, and choose who records it. Or choose another outcome.',
  },
  'closed.safe-enough': { nl: 'Het plan is afgesloten: veilig genoeg.', en: 'The plan was closed: safe enough.' },
  'closed.failed': { nl: 'Het plan is afgesloten: {outcome}.', en: 'The plan was closed: {outcome}.' },
  'closure.summary': { nl: 'Afgesloten op {date}: {outcome}. Reden: {reason}', en: 'Closed on {date}: {outcome}. Reason: {reason}' },

  // Adjusting
  'adjust.decided': {
    nl: 'Het plan blijft gelden. Versie {version} staat als concept "Bijstelling" in de lijst: pas het aan en activeer het om het huidige plan te vervangen.',
    en: 'The plan stays in force. Version {version} is in the list as a draft "Adjustment": change it and activate it to replace the current plan.',
  },
  'adjust.saveFailed': {
    nl: 'Het besluit is vastgelegd, maar het concept van de nieuwe versie kon niet worden opgeslagen. Het huidige plan blijft gelden; probeer het opnieuw via "Bijstellen".',
    en: 'The decision was recorded, but the draft of the new version could not be saved. The current plan stays in force; try again with "Adjust".',
  },
  'adjust.start': { nl: 'Bijstellen', en: 'Adjust' },
  'adjust.start.failed': {
    nl: 'Het bijstellen kon niet worden gestart; het plan is niet gewijzigd. Probeer het opnieuw.',
    en: 'Adjusting could not be started; the plan was not changed. Try again.',
  },
  'locked.inForce': {
    nl: 'Dit plan is in werking en is hier alleen te lezen. Wil je iets veranderen? Kies "Bijstellen": je maakt dan een nieuwe versie, die het huidige plan pas vervangt als je haar na de kwaliteitscheck activeert. Evaluaties, incidenten, agenda-afspraken en kopieën leg je gewoon vast.',
    en: 'This plan is in force and can only be read here. Want to change something? Choose "Adjust": you make a new version, which replaces the current plan only when you activate it after the quality check. Evaluations, incidents, meetings and copies are recorded as usual.',
  },
  'locked.closed': {
    nl: 'Dit plan is afgesloten en verandert niet meer. Het is hier alleen te lezen.',
    en: 'This plan is closed and no longer changes. It can only be read here.',
  },
  'revision.banner': {
    nl: 'Dit is een bijstelling: versie {version} van een plan dat nu geldt. Het geldende plan blijft van kracht tot je deze versie activeert.',
    en: 'This is an adjustment: version {version} of a plan now in force. The plan in force stays in force until you activate this version.',
  },
  'revision.activated': { nl: 'De bijstelling geldt nu als versie {version} van het plan.', en: 'The adjustment is now in force as version {version} of the plan.' },
  'revision.missing': {
    nl: 'Het plan waarvan dit een bijstelling is, is niet gevonden of geldt niet meer. Er is niets gewijzigd.',
    en: 'The plan this adjusts was not found or is no longer in force. Nothing was changed.',
  },
  'revision.failed': {
    nl: 'De bijstelling kon niet worden geactiveerd; het geldende plan is niet gewijzigd. Probeer het opnieuw.',
    en: 'The adjustment could not be activated; the plan in force was not changed. Try again.',
  },

  // Broken agreements: the signal plan
  'signal.heading': { nl: 'Signaleringsplan: afspraak niet nagekomen', en: 'Signal plan: agreement not kept' },
  'signal.relapse': { nl: 'Hoe groot was de terugval?', en: 'How large was the relapse?' },
  'signal.relapse.small': { nl: 'Kleine terugval', en: 'Small relapse' },
  'signal.relapse.large': { nl: 'Grote terugval', en: 'Large relapse' },
  'signal.planSays': { nl: 'Het plan zegt hierover (onderdeel 6): {text}', en: 'The plan says (section 6): {text}' },
  'signal.planSilent': { nl: 'Onderdeel 6 zegt hier nog niets over.', en: 'Section 6 says nothing about this yet.' },
  'signal.authority': { nl: 'Wanneer {authority} het hoort: {text}', en: 'When {authority} is told: {text}' },
  'signal.actedBy': { nl: 'Wie kwam in actie?', en: 'Who acted?' },
  'signal.informed': { nl: 'Wie is geïnformeerd?', en: 'Who was informed?' },
  'signal.action': { nl: 'Wat is er gedaan?', en: 'What was done?' },
  'signal.incomplete': {
    nl: 'Nog niet vastgelegd: {missing}. Dit is het punt waarop actie nodig is.',
    en: 'Not recorded yet: {missing}. This is the point at which action is needed.',
  },
  'signal.missing.relapse': { nl: 'hoe groot de terugval was', en: 'how large the relapse was' },
  'signal.missing.actedByIds': { nl: 'wie in actie kwam', en: 'who acted' },
  'signal.missing.informedIds': { nl: 'wie is geïnformeerd', en: 'who was informed' },
  'signal.missing.actionTaken': { nl: 'wat er is gedaan', en: 'what was done' },

  // A safety condition changed outside the app
  'conditions.unrecorded': {
    nl: 'In het document is een veiligheidsvoorwaarde gewijzigd of weggehaald zonder reden: {conditions}. Zo\'n wijziging kan alleen in de app, met een reden. Zet de voorwaarde in het document terug, of wijzig haar in de app.',
    en: 'The document changed or removed a safety condition without a reason: {conditions}. Such a change is made only in the app, with a reason. Restore the condition in the document, or change it in the app.',
  },

  // Incident log
  'incidents.heading': { nl: 'Incidenten sinds de vorige evaluatie', en: 'Incidents since the last evaluation' },
  'incidents.none': { nl: 'Er zijn geen incidenten vastgelegd sinds de vorige evaluatie.', en: 'No incidents were logged since the last evaluation.' },
  'incidents.table': { nl: 'Incidentenlogboek', en: 'Incident log' },
  'incidents.scroll': { nl: 'Incidentenlogboek, schuift opzij op een smal scherm', en: 'Incident log, scrolls sideways on a narrow screen' },
  'incidents.date': { nl: 'Datum', en: 'Date' },
  'incidents.what': { nl: 'Wat is er gebeurd', en: 'What happened' },
  'incidents.actedBy': { nl: 'Wie kwam in actie', en: 'Who acted' },
  'incidents.informed': { nl: 'Wie is geïnformeerd', en: 'Who was informed' },
  'incidents.relapse': { nl: 'Terugval', en: 'Relapse' },
  'incidents.undated': { nl: 'zonder datum', en: 'undated' },
});

export type LifecycleMessageKey = keyof typeof lifecycleMessages;
