import { defineMessages } from '../define';

/**
 * Texts of section 8's copies: what each recipient gets, the confirmation before anything is sent, consent that is
 * withdrawn and access that is taken away (tenant mode), and the per-recipient local export.
 */
export const copyMessages = defineMessages({
  'copies.kind': { nl: 'Soort kopie', en: 'Kind of copy' },
  'copies.person': { nl: 'Overzicht van', en: 'Overview of' },
  'copies.person.self': { nl: 'De ontvanger zelf', en: 'The recipient themselves' },
  'copies.child': { nl: 'Kinderboek van', en: "Children's book of" },
  'copies.child.only': { nl: 'Het enige kind', en: 'The only child' },
  'copies.sections': { nl: 'Welke onderdelen', en: 'Which sections' },
  'copies.section': { nl: 'Onderdeel {n}', en: 'Section {n}' },
  'copies.nameMissing': { nl: '(naam ontbreekt)', en: '(name missing)' },
  'copies.noChild': { nl: 'Kies een kind', en: 'Choose a child' },
  'copies.recipientN': { nl: 'Ontvanger {n}', en: 'Recipient {n}' },

  'copies.problem.overview': { nl: 'Kies van wie het overzicht is: deze ontvanger staat zelf niet in het plan.', en: 'Choose whose overview it is: this recipient is not in the plan.' },
  'copies.problem.child': { nl: 'Kies van welk kind het kinderboek is.', en: "Choose which child's book it is." },
  'copies.problem.sections': { nl: 'Kies welke onderdelen deze ontvanger krijgt.', en: 'Choose which sections this recipient gets.' },

  'confirm.title': { nl: 'Controleer wat er wordt gedeeld', en: 'Check what will be shared' },
  'confirm.intro': {
    nl: 'Ieder krijgt een eigen bestand met alleen wat hieronder staat. Een latere versie krijgen ze alleen als u opnieuw deelt.',
    en: 'Each gets a file of their own with only what is listed below. They get a later version only when you share again.',
  },
  'confirm.gets': { nl: 'Krijgt', en: 'Gets' },
  'confirm.where': { nl: 'Adres', en: 'Address' },
  'confirm.outside': { nl: 'Buiten de organisatie', en: 'Outside the organisation' },
  'confirm.inside': { nl: 'Binnen de organisatie', en: 'Inside the organisation' },
  'confirm.unknown': { nl: 'Onbekend of dit binnen de organisatie is', en: 'Not known whether this is inside the organisation' },
  'confirm.outsideWarning': {
    nl: '{count} adres(sen) liggen buiten de organisatie. Controleer of elk adres klopt voordat u deelt.',
    en: '{count} address(es) are outside the organisation. Check each address before you share.',
  },
  'confirm.notSent': { nl: 'Wordt niet gedeeld: {reason}', en: 'Not shared: {reason}' },
  'confirm.send': { nl: 'Ja, delen', en: 'Yes, share' },
  'confirm.cancel': { nl: 'Annuleren', en: 'Cancel' },

  'share.retry': { nl: 'Opnieuw proberen voor {count} ontvanger(s)', en: 'Try again for {count} recipient(s)' },
  'share.gets': { nl: 'Krijgt: {what}', en: 'Gets: {what}' },
  'share.withdraw': { nl: 'Toestemming intrekken', en: 'Withdraw consent' },
  'share.withdrawnOn': { nl: 'Toestemming ingetrokken op {date}.', en: 'Consent withdrawn on {date}.' },
  'share.active': { nl: 'Heeft toegang tot {count} gedeelde kopie(ën).', en: 'Has access to {count} shared copy(ies).' },
  'revoke.title': { nl: 'Toegang intrekken', en: 'Take access away' },
  'revoke.pending': {
    nl: 'Deze ontvangers hebben nog toegang tot een gedeelde kopie, maar mogen die niet meer hebben:',
    en: 'These recipients still have access to a shared copy, but may no longer have it:',
  },
  'revoke.reason.consentWithdrawn': { nl: 'toestemming ingetrokken', en: 'consent withdrawn' },
  'revoke.reason.recipientRemoved': { nl: 'ontvanger verwijderd', en: 'recipient removed' },
  'revoke.reason.addressChanged': { nl: 'ander adres', en: 'address changed' },
  'revoke.item': { nl: '{who}, kopie van {date} ({reason})', en: '{who}, copy of {date} ({reason})' },
  'revoke.removedRecipient': { nl: 'Verwijderde ontvanger ({email})', en: 'Removed recipient ({email})' },
  'revoke.run': { nl: 'Toegang nu intrekken', en: 'Take access away now' },
  'revoke.retry': { nl: 'Opnieuw proberen', en: 'Try again' },
  'revoke.busy': { nl: 'Toegang intrekken…', en: 'Taking access away…' },
  'revoke.done': { nl: 'De toegang is ingetrokken en in het plan vastgelegd.', en: 'Access was taken away and recorded in the plan.' },
  // Issue 25: revoking takes away access to the shared file, not a copy the recipient already keeps.
  'revoke.cannotRecall': {
    nl: 'Let op: een kopie die de ontvanger al heeft gedownload of afgedrukt, kan niet worden teruggehaald. Vraag de ontvanger die te vernietigen.',
    en: 'Note: a copy the recipient already downloaded or printed cannot be taken back. Ask the recipient to destroy it.',
  },
  'revoke.failed': {
    nl: 'Intrekken is niet gelukt voor {count} kopie(ën): {reason} De ontvanger heeft nog toegang. Probeer het opnieuw.',
    en: 'Taking access away failed for {count} copy(ies): {reason} The recipient still has access. Please try again.',
  },
  'revoke.reason.403': {
    nl: 'u heeft geen recht om deze toegang te wijzigen. Vraag de eigenaar van de teamsite of uw beheerder om hulp.',
    en: 'you are not allowed to change this access. Ask the owner of the team site or your administrator for help.',
  },
  'revoke.reason.429': { nl: 'Microsoft 365 is even te druk.', en: 'Microsoft 365 is busy for a moment.' },
  'revoke.reason.server': { nl: 'SharePoint gaf een storing.', en: 'SharePoint had a failure.' },
  'revoke.reason.offline': { nl: 'er is geen verbinding.', en: 'there is no connection.' },
  'revoke.reason.other': { nl: 'er ging iets mis.', en: 'something went wrong.' },

  'local.title': { nl: 'Kopieën en toestemming', en: 'Copies and consent' },
  'local.withdrawn': {
    nl: 'De intrekking is vastgelegd in het plan. Kopieën die al zijn overhandigd, kunnen niet worden teruggehaald: vraag de ontvanger ze te vernietigen.',
    en: 'The withdrawal is recorded in the plan. Copies already handed over cannot be taken back: ask the recipient to destroy them.',
  },

  'export.copy': { nl: 'Kopie voor een ontvanger (.docx)…', en: 'Copy for a recipient (.docx)…' },
  'export.copy.title': { nl: 'Kopie voor een ontvanger', en: 'Copy for a recipient' },
  'export.copy.intro': {
    nl: 'Kies voor wie de kopie is. U krijgt precies wat bij onderdeel 8 voor die persoon is gekozen.',
    en: 'Choose whom the copy is for. You get exactly what section 8 chose for that person.',
  },
  'export.copy.recipient': { nl: 'Ontvanger', en: 'Recipient' },
  'export.copy.download': { nl: 'Downloaden', en: 'Download' },
  'export.copy.none': { nl: 'Er zijn nog geen ontvangers van een kopie (onderdeel 8).', en: 'There are no copy recipients yet (section 8).' },

  'doc.overview.title': { nl: 'Mijn afspraken: {name}', en: 'My agreements: {name}' },
  'doc.overview.do': { nl: 'Wat ik doe', en: 'What I do' },
  'doc.overview.watch': { nl: 'Waar ik op let', en: 'What I watch' },
  'doc.overview.call': { nl: 'Wie ik bel', en: 'Whom I call' },
  'doc.overview.evaluation': { nl: 'Volgende evaluatie: {date}', en: 'Next evaluation: {date}' },
  'doc.childBook.title': { nl: 'Voor {name}', en: 'For {name}' },
  'doc.sections.title': { nl: 'Veiligheidsplan (onderdelen {sections})', en: 'Safety plan (sections {sections})' },
});
