import { defineMessages } from '../define';
import { planListMessages } from './planList';

export const editorMessages = defineMessages({
  // The plan list's and the shell's texts live in planList.ts (on the first screen); the editor shows them too.
  ...planListMessages,

  'editor.back': { nl: 'Terug naar plannen', en: 'Back to plans' },
  'editor.sections': { nl: 'Onderdelen', en: 'Sections' },
  'editor.section.select': { nl: 'Ga naar onderdeel', en: 'Go to section' },
  'editor.state.empty': { nl: 'leeg', en: 'empty' },
  'editor.state.incomplete': { nl: 'nog niet compleet', en: 'incomplete' },
  'editor.state.complete': { nl: 'compleet', en: 'complete' },
  'editor.add': { nl: '{item} toevoegen', en: 'Add {item}' },
  'editor.remove': { nl: '{item} verwijderen', en: 'Remove {item}' },
  'editor.moveUp': { nl: '{item} omhoog', en: 'Move {item} up' },
  'editor.moveDown': { nl: '{item} omlaag', en: 'Move {item} down' },
  'editor.item': { nl: '{item} {n}', en: '{item} {n}' },
  'editor.none': { nl: '(niemand gekozen)', en: '(nobody chosen)' },
  'editor.choose': { nl: 'Kies…', en: 'Choose…' },
  'editor.noPeople': { nl: 'Voeg eerst mensen toe bij onderdeel 1.', en: 'First add people in section 1.' },
  'picker.group.direct': { nl: 'Gezin', en: 'Family' },
  'picker.group.social': { nl: 'Netwerk', en: 'Network' },
  'picker.group.professional': { nl: 'Professionals', en: 'Professionals' },
  'picker.noMatch': { nl: 'Niemand gevonden met "{query}".', en: 'Nobody found matching "{query}".' },
  'picker.allChosen': { nl: 'Iedereen is al gekozen.', en: 'Everyone has been chosen.' },
  'picker.search': { nl: '{label}: zoek op naam', en: '{label}: search by name' },
  'picker.chosen': { nl: 'Gekozen: {label}', en: 'Chosen: {label}' },
  'picker.unknown': { nl: '(onbekend)', en: '(unknown)' },
  'editor.fold.show': { nl: '{label} tonen ({n})', en: 'Show {label} ({n})' },
  'editor.noGoals': { nl: 'Voeg eerst een doel toe bij onderdeel 3.', en: 'First add a goal in section 3.' },
  'editor.removeCondition.title': { nl: 'Veiligheidsvoorwaarde verwijderen', en: 'Remove safety condition' },
  'editor.removeCondition.body': {
    nl: 'Een veiligheidsvoorwaarde is niet onderhandelbaar. Schrijf op waarom en in overleg met wie deze voorwaarde vervalt. De voorwaarde blijft zichtbaar bij "Gewijzigde en verwijderde voorwaarden".',
    en: 'A safety condition is not negotiable. Write down why, and agreed with whom, this condition is dropped. It stays visible under "Changed and removed conditions".',
  },
  'editor.removeCondition.reason': { nl: 'Reden', en: 'Reason' },
  'editor.removeCondition.confirm': { nl: 'Voorwaarde verwijderen', en: 'Remove condition' },
  'editor.changeCondition.title': { nl: 'Veiligheidsvoorwaarde wijzigen', en: 'Change safety condition' },
  'editor.changeCondition.body': {
    nl: 'Ook de soort of de tekst van een veiligheidsvoorwaarde verandert niet zomaar. Leg vast waarom en in overleg met wie. Hoe de voorwaarde eerst luidde, blijft zichtbaar bij "Gewijzigde en verwijderde voorwaarden".',
    en: 'The kind or text of a safety condition does not change unnoticed either. Record why, and agreed with whom. How the condition read before stays visible under "Changed and removed conditions".',
  },
  'editor.changeCondition.current': { nl: 'Zoals de voorwaarde nu luidt', en: 'The condition as it reads now' },
  'editor.changeCondition.newText': { nl: 'Nieuwe tekst', en: 'New text' },
  'editor.changeCondition.newKind': { nl: 'Nieuwe soort: {kind}', en: 'New kind: {kind}' },
  'editor.changeCondition.noKind': { nl: 'geen soort gekozen', en: 'no kind chosen' },
  'editor.changeCondition.confirm': { nl: 'Wijziging vastleggen', en: 'Record change' },
  'editor.yes': { nl: 'Ja', en: 'Yes' },
  'editor.no': { nl: 'Nee', en: 'No' },
  'editor.previous': { nl: 'Vorig onderdeel', en: 'Previous section' },
  'editor.next': { nl: 'Volgend onderdeel', en: 'Next section' },

  'editor.list.full': { nl: 'Deze lijst is vol: maximaal {max} items.', en: 'This list is full: at most {max} items.' },
  'editor.limit.counter': { nl: '{count} / {max} tekens', en: '{count} / {max} characters' },
  'editor.limit.over': {
    nl: 'Deze tekst is te lang om op te slaan: maximaal {max} tekens. Kort de tekst in.',
    en: 'This text is too long to be saved: at most {max} characters. Please shorten it.',
  },
  'editor.paste.cut.one': {
    nl: 'De geplakte tekst was te lang: 1 teken is weggelaten (maximaal {max}).',
    en: 'The pasted text was too long: 1 character was left out (at most {max}).',
  },
  'editor.paste.cut.many': {
    nl: 'De geplakte tekst was te lang: {cut} tekens zijn weggelaten (maximaal {max}).',
    en: 'The pasted text was too long: {cut} characters were left out (at most {max}).',
  },
  'editor.paste.controls.one': {
    nl: '1 onzichtbaar stuurteken uit de geplakte tekst is verwijderd.',
    en: '1 invisible control character was removed from the pasted text.',
  },
  'editor.paste.controls.many': {
    nl: '{n} onzichtbare stuurtekens uit de geplakte tekst zijn verwijderd.',
    en: '{n} invisible control characters were removed from the pasted text.',
  },
  'editor.paste.date': {
    nl: '"{text}" is geen datum en is niet geplakt. Plak een datum zoals 12-03-2026 of 2026-03-12, of kies er een.',
    en: '"{text}" is not a date and was not pasted. Paste a date such as 12-03-2026 or 2026-03-12, or pick one.',
  },
  'editor.paste.score': {
    nl: '"{text}" is geen score en is niet geplakt. Een score is een heel getal van 0 tot en met 10.',
    en: '"{text}" is not a score and was not pasted. A score is a whole number from 0 to 10.',
  },
  'editor.paste.choice': {
    nl: 'Hier kunt u niet plakken: kies of vink aan. Er is niets veranderd.',
    en: 'You cannot paste here: choose or tick instead. Nothing was changed.',
  },


  'quality.heading': { nl: 'Kwaliteitscheck', en: 'Quality check' },
  'quality.none': { nl: 'Geen opmerkingen: het plan voldoet aan alle regels.', en: 'No remarks: the plan meets every rule.' },
  'quality.summary': { nl: '{errors} fouten, {warnings} adviezen', en: '{errors} errors, {warnings} advice' },
  'quality.error': { nl: 'Fout', en: 'Error' },
  'quality.warning': { nl: 'Advies', en: 'Advice' },
  'quality.activate': { nl: 'Plan activeren', en: 'Activate plan' },
  'quality.activate.refused': {
    nl: 'Het plan kan nog niet actief worden: los eerst de {n} fouten hieronder op.',
    en: 'The plan cannot become active yet: first fix the {n} errors below.',
  },
  'quality.activate.ok': { nl: 'Het plan is actief. Er is een versie vastgelegd.', en: 'The plan is active. A version was recorded.' },
  'quality.activate.status': { nl: 'Alleen een concept kan worden geactiveerd.', en: 'Only a draft can be activated.' },

  'export.heading': { nl: 'Exporteren', en: 'Export' },
  'export.docx': { nl: 'Word-document (.docx)', en: 'Word document (.docx)' },
  'export.ics': { nl: 'Agenda-afspraken (.ics)', en: 'Calendar meetings (.ics)' },
  'export.json': { nl: 'Planbestand (.json)', en: 'Plan file (.json)' },
  'export.child': { nl: 'Kinderversie', en: 'Child version' },
  'child.back': { nl: 'Terug naar het plan', en: 'Back to the plan' },
  'child.print': { nl: 'Afdrukken', en: 'Print' },
  'child.title': { nl: 'Mijn veiligheidsplan', en: 'My safety plan' },
  'export.busy': { nl: 'Bezig met exporteren…', en: 'Exporting…' },
  'export.failed': { nl: 'Exporteren is mislukt. Het plan zelf is niet gewijzigd.', en: 'Export failed. The plan itself was not changed.' },
  'export.done': { nl: 'Het bestand is gedownload.', en: 'The file was downloaded.' },
});
