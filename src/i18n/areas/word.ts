import { defineMessages } from '../define';

/** Texts written into the Word document by the Word adapter (labels, not help: help comes from template.ts). */
export const wordDocumentMessages = defineMessages({
  'doc.rowNumber': { nl: 'Nr.', en: 'No.' },
  'doc.itemNumber': { nl: '{label} {n}', en: '{label} {n}' },
  'doc.yes': { nl: 'Ja', en: 'Yes' },
  'doc.no': { nl: 'Nee', en: 'No' },
  'doc.goalRef': { nl: 'Doel {n}', en: 'Goal {n}' },
  'doc.meta.caption': {
    nl: 'Koppeling met de app Veiligheidsplan (niet wijzigen):',
    en: 'Link with the Safety plan app (do not change):',
  },
  'doc.meta.title': { nl: 'Koppeling Veiligheidsplan', en: 'Safety plan link' },
  'doc.restored': {
    nl: 'Velden die in dit document ontbraken (toegevoegd bij bijwerken)',
    en: 'Fields that were missing from this document (added on update)',
  },
});

/** Problems found while reading a document back; each names what to fix, in the user's language. */
export const wordProblemMessages = defineMessages({
  'problem.section.document': { nl: 'Document', en: 'Document' },
  'problem.field.link': { nl: 'Koppeling met het plan', en: 'Link with the plan' },
  'problem.meta.missing': {
    nl: 'De verborgen koppeling met het plan ontbreekt. Het document is gelezen als een nieuw plan.',
    en: 'The hidden link with the plan is missing. The document was read as a new plan.',
  },
  'problem.meta.damaged': {
    nl: 'De verborgen koppeling met het plan is beschadigd. Het document is gelezen als een nieuw plan.',
    en: 'The hidden link with the plan is damaged. The document was read as a new plan.',
  },
  'problem.meta.newer': {
    nl: 'Dit document is gemaakt met een nieuwere versie van de app (schema {version}). Controleer het resultaat goed.',
    en: 'This document was made with a newer version of the app (schema {version}). Check the result carefully.',
  },
  'problem.unknownTag': {
    nl: 'Een invulveld heeft een onbekende naam ("{tag}"), misschien met de hand gewijzigd. De inhoud is niet overgenomen.',
    en: 'A field has an unknown name ("{tag}"), perhaps changed by hand. Its content was not taken over.',
  },
  'problem.duplicate': {
    nl: 'Dit invulveld staat meer dan eens in het document. Alleen het eerste is overgenomen.',
    en: 'This field appears more than once in the document. Only the first one was taken over.',
  },
  'problem.missing': {
    nl: 'Dit invulveld ontbreekt in het document (verwijderd?). Het blijft leeg.',
    en: 'This field is missing from the document (deleted?). It stays empty.',
  },
  'problem.date': {
    nl: '"{text}" is geen datum. Schrijf bijvoorbeeld 18-11-2026. Het veld blijft leeg.',
    en: '"{text}" is not a date. Write for example 2026-11-18. The field stays empty.',
  },
  'problem.boolean': {
    nl: '"{text}" is geen ja of nee. Het veld is op nee gezet.',
    en: '"{text}" is not yes or no. The field was set to no.',
  },
  'problem.score': {
    nl: '"{text}" is geen score van 0 tot en met 10. Het veld blijft leeg.',
    en: '"{text}" is not a score from 0 to 10. The field stays empty.',
  },
  'problem.select': {
    nl: '"{text}" is geen van de keuzes ({options}). Het veld blijft leeg.',
    en: '"{text}" is not one of the choices ({options}). The field stays empty.',
  },
  'problem.person': {
    nl: '"{text}" staat niet bij de mensen van onderdeel 1. Voeg de persoon daar toe, of kies iemand die er al staat.',
    en: '"{text}" is not among the people of section 1. Add them there, or choose someone who is listed.',
  },
  'problem.copyChoice': {
    nl: '"{text}" is geen keuze voor een kopie. Schrijf "Het hele plan", "Eigen overzicht van <naam>", "Kinderboek van <naam>" of "Onderdelen 3, 4 en 6". Tot dan wordt er niets met deze persoon gedeeld.',
    en: '"{text}" is not a choice for a copy. Write "The whole plan", "Own overview of <name>", "Children\'s book of <name>" or "Sections 3, 4 and 6". Until then nothing is shared with this person.',
  },
  'problem.goal': {
    nl: '"{text}" verwijst niet naar een doel van onderdeel 3. Schrijf bijvoorbeeld "Doel 1".',
    en: '"{text}" does not refer to a goal of section 3. Write for example "Goal 1".',
  },
  'problem.tooLong': {
    nl: 'De tekst is te lang ({length} tekens; maximaal {max}). Alleen de eerste {max} tekens zijn overgenomen.',
    en: 'The text is too long ({length} characters; at most {max}). Only the first {max} characters were taken over.',
  },
  'problem.rowCopied': {
    nl: 'Deze rij is een kopie van een andere rij (in Word gekopieerd). Ze is als nieuw item overgenomen, met een eigen id.',
    en: 'This row is a copy of another row (copied in Word). It was taken over as a new item, with an id of its own.',
  },
  'problem.invalid': { nl: '{detail} De waarde is niet overgenomen.', en: '{detail} The value was not taken over.' },
});

/** The task pane's texts. */
export const wordPaneMessages = defineMessages({
  'pane.title': { nl: 'Veiligheidsplan in Word', en: 'Safety plan in Word' },
  'pane.needsWord.title': { nl: 'Word is nodig', en: 'Word is needed' },
  'pane.needsWord.body': {
    nl: 'Dit deelvenster werkt alleen in Microsoft Word. Open een document in Word (op internet of op de computer) en kies Veiligheidsplan op het tabblad Start.',
    en: 'This task pane works only inside Microsoft Word. Open a document in Word (on the web or desktop) and choose Safety plan on the Home tab.',
  },
  'pane.intro': {
    nl: 'Zet het veiligheidsplan als invulvelden in dit document, of lees een ingevuld document terug in het plan.',
    en: 'Put the safety plan into this document as fields, or read a filled document back into the plan.',
  },
  'pane.busy': { nl: 'Bezig met Word…', en: 'Working with Word…' },
  'pane.insert.heading': { nl: 'Invoegen', en: 'Insert' },
  'pane.insertTemplate': { nl: 'Leeg sjabloon invoegen', en: 'Insert empty template' },
  'pane.insertTemplate.done': { nl: 'Het lege sjabloon staat in het document.', en: 'The empty template is in the document.' },
  'pane.plan.label': { nl: 'Plan', en: 'Plan' },
  'pane.plan.placeholder': { nl: 'Kies een plan', en: 'Choose a plan' },
  'pane.plan.none': { nl: 'Er zijn nog geen plannen bewaard.', en: 'No plans are stored yet.' },
  'pane.plan.option': { nl: '{family} (versie {version})', en: '{family} (version {version})' },
  'pane.plan.unnamed': { nl: '(nog geen naam)', en: '(no name yet)' },
  'pane.insertPlan': { nl: 'Plan invoegen', en: 'Insert plan' },
  'pane.insertPlan.done': { nl: 'Het plan staat in het document.', en: 'The plan is in the document.' },
  'pane.alreadyHasPlan': {
    nl: 'Dit document bevat al een veiligheidsplan. Gebruik "Document bijwerken" om het bij te werken, of open een leeg document.',
    en: 'This document already contains a safety plan. Use "Update document" to update it, or open an empty document.',
  },
  'pane.document.heading': { nl: 'Document en plan', en: 'Document and plan' },
  'pane.read': { nl: 'Document lezen', en: 'Read document' },
  'pane.update': { nl: 'Document bijwerken', en: 'Update document' },
  'pane.update.needsPlan': { nl: 'Kies eerst het plan waarmee u het document wilt bijwerken.', en: 'First choose the plan to update the document with.' },
  'pane.update.done': {
    nl: 'De invulvelden zijn bijgewerkt met het bewaarde plan. Tekst buiten de invulvelden is niet veranderd.',
    en: 'The fields were updated from the stored plan. Text outside the fields was not changed.',
  },
  'pane.read.empty': {
    nl: 'Dit document bevat geen veiligheidsplan. Voeg eerst het sjabloon of een plan in.',
    en: 'This document contains no safety plan. Insert the template or a plan first.',
  },
  'pane.read.summary': { nl: 'Gelezen: het veiligheidsplan van de familie {family}.', en: 'Read: the safety plan of the family {family}.' },
  'pane.problems.heading': { nl: 'Wat niet goed gelezen kon worden ({n})', en: 'What could not be read properly ({n})' },
  'pane.problems.none': { nl: 'Alle invulvelden zijn goed gelezen.', en: 'All fields were read properly.' },
  'pane.findings.heading': { nl: 'Kwaliteitscheck ({n})', en: 'Quality check ({n})' },
  'pane.findings.none': { nl: 'De kwaliteitscheck vond niets om aan te vullen.', en: 'The quality check found nothing to add.' },
  // The same words as the editor's quality check (editor.ts): one check, one name for its findings.
  'pane.finding.error': { nl: 'Fout', en: 'Error' },
  'pane.finding.warning': { nl: 'Advies', en: 'Advice' },
  'pane.diff.heading': { nl: 'Verschil met het bewaarde plan', en: 'Difference from the stored plan' },
  'pane.diff.new': {
    nl: 'Dit plan is nog niet bewaard. "Toepassen op plan" bewaart het als nieuw plan.',
    en: 'This plan is not stored yet. "Apply to plan" stores it as a new plan.',
  },
  'pane.diff.none': { nl: 'Het document komt overeen met het bewaarde plan.', en: 'The document matches the stored plan.' },
  'pane.diff.sections': { nl: 'Deze onderdelen verschillen:', en: 'These sections differ:' },
  'pane.unusable.heading': { nl: 'Dit document kan niet worden toegepast', en: 'This document cannot be applied' },
  'pane.unusable.body': {
    nl: 'Er kon te veel niet goed gelezen worden (meer dan {limit} problemen) om het plan veilig bij te werken. Het bewaarde plan blijft zoals het is. Herstel de punten hieronder in Word en lees het document opnieuw, of voeg het plan opnieuw in een leeg document in.',
    en: 'Too much could not be read properly (more than {limit} problems) to update the plan safely. The stored plan stays as it is. Fix the points below in Word and read the document again, or insert the plan again into an empty document.',
  },
  'pane.apply': { nl: 'Toepassen op plan', en: 'Apply to plan' },
  'pane.apply.done': { nl: 'Het plan is bewaard.', en: 'The plan was saved.' },
  'pane.apply.linked': {
    nl: 'Het plan is bewaard als nieuw plan, en het document is eraan gekoppeld.',
    en: 'The plan was saved as a new plan, and the document is linked to it.',
  },
  'pane.apply.revision': {
    nl: 'Dit plan is in werking en blijft ongewijzigd. De wijzigingen uit het document staan nu in een bijstelling (versie {version}) in de lijst van plannen: controleer die daar en activeer haar na de kwaliteitscheck.',
    en: 'This plan is in force and stays unchanged. The document\'s changes are now in an adjustment (version {version}) in the list of plans: check it there and activate it after the quality check.',
  },
  'pane.apply.revisionExists': {
    nl: 'Dit plan is in werking en er wordt al een bijstelling van voorbereid. Er is niets gewijzigd: breng de wijzigingen aan in die bijstelling in de app.',
    en: 'This plan is in force and an adjustment of it is already being prepared. Nothing was changed: make the changes in that adjustment in the app.',
  },
  'pane.apply.conflict': {
    nl: 'Het plan is intussen ergens anders gewijzigd. Er is niets overschreven en het gelezen document blijft hier staan. Lees het document opnieuw om met de nieuwste versie te vergelijken.',
    en: 'The plan was changed elsewhere in the meantime. Nothing was overwritten and the document you read stays here. Read the document again to compare with the newest version.',
  },
  'pane.error.word': {
    nl: 'Word kon de opdracht niet uitvoeren. Het document is niet of maar deels gewijzigd; probeer het opnieuw.',
    en: 'Word could not carry out the command. The document was not changed, or only partly; try again.',
  },
});
