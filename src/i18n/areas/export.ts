import { defineMessages } from '../define';

/** Texts of the .docx and .ics exports that do not come from the template. */
export const exportMessages = defineMessages({
  'docx.confidential': { nl: 'Vertrouwelijk', en: 'Confidential' },
  // The title in a document's properties: the kind of document only, never a name (issue 25).
  'docx.property.plan': { nl: 'Veiligheidsplan', en: 'Safety plan' },
  'docx.property.overview': { nl: 'Mijn afspraken', en: 'My agreements' },
  'docx.property.childBook': { nl: 'Kinderboek', en: "Children's book" },
  'docx.page': { nl: 'Pagina', en: 'Page' },
  'docx.of': { nl: 'van', en: 'of' },
  'docx.number': { nl: 'Nr.', en: 'No.' },
  'docx.bottomLinesBeside': { nl: 'Bodemeisen van de aanmelding (naast de voorwaarden)', en: 'Bottom lines of the referral (beside the conditions)' },
  'docx.yes': { nl: 'Ja', en: 'Yes' },
  'docx.no': { nl: 'Nee', en: 'No' },
  'docx.versionLine': { nl: 'Versie {version} · {status}', en: 'Version {version} · {status}' },
  'docx.status.draft': { nl: 'Concept', en: 'Draft' },
  'docx.status.active': { nl: 'Actief', en: 'Active' },
  'docx.status.evaluated': { nl: 'Geëvalueerd', en: 'Evaluated' },
  'docx.status.closed': { nl: 'Afgesloten', en: 'Closed' },
  'docx.itemRef': { nl: '{item} {number}', en: '{item} {number}' },
  'summary.changes.heading': { nl: 'Wijzigingen sinds de vorige versie', en: 'Changes since the previous version' },
  'summary.changes.compared': {
    nl: 'Versie {toVersion} vergeleken met versie {fromVersion}: wat er veranderde in doelen, afspraken en betrokkenen.',
    en: 'Version {toVersion} compared with version {fromVersion}: what changed in goals, agreements and people.',
  },
  'summary.changes.none': { nl: 'Geen wijzigingen in doelen, afspraken of betrokkenen.', en: 'No changes in goals, agreements or people.' },
  'summary.heading': { nl: 'Evaluatiesamenvatting', en: 'Evaluation summary' },
  'summary.scores.heading': { nl: 'Schaalvragen bij de laatste evaluatie', en: 'Scaling questions at the latest evaluation' },
  'summary.scores.headingDated': { nl: 'Schaalvragen bij de laatste evaluatie ({date})', en: 'Scaling questions at the latest evaluation ({date})' },
  'summary.scores.name': { nl: 'Naam', en: 'Name' },
  'summary.scores.audience': { nl: 'Groep', en: 'Group' },
  'summary.scores.score': { nl: 'Score (0-10)', en: 'Score (0-10)' },
  'summary.scores.none': { nl: 'Bij deze evaluatie zijn nog geen scores gegeven.', en: 'No scores were given at this evaluation yet.' },
  'summary.decisions.heading': { nl: 'Besluiten', en: 'Decisions' },
  'summary.decisions.line': { nl: '{date} · versie {version}: {decision}', en: '{date} · version {version}: {decision}' },
  'summary.decisions.undated': { nl: 'Zonder datum', en: 'Undated' },
  'summary.decisions.none': { nl: 'Dit plan is nog niet geëvalueerd.', en: 'This plan has not been evaluated yet.' },
  'pane.summary': { nl: 'Evaluatiesamenvatting invoegen', en: 'Insert evaluation summary' },
  'pane.summary.done': {
    nl: 'De evaluatiesamenvatting staat aan het eind van het document.', en: 'The evaluation summary is at the end of the document.',
  },
  'pane.summary.needsPlan': {
    nl: 'Kies eerst het plan waarvan u de evaluatiesamenvatting wilt invoegen.', en: 'First choose the plan whose evaluation summary you want to insert.',
  },
  /** Calendar texts are deliberately neutral: an invitation may reach people outside the organisation. */
  'ics.calendarName': { nl: 'Overleggen', en: 'Meetings' },
  'ics.evaluation.summary': { nl: 'Evaluatie-overleg', en: 'Evaluation meeting' },
  'ics.network.summary': { nl: 'Overleg', en: 'Meeting' },
  'ics.description': {
    nl: 'Afspraak voor een overleg. De inhoud staat niet in deze agenda-uitnodiging; u hoort die van de organisator.',
    en: 'Appointment for a meeting. The content is not in this calendar invitation; the organiser will tell you.',
  },
});
