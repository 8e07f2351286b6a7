import { defineMessages } from '../define';

/**
 * Texts of section 8 about what a share run left behind and about taking access away: the confirmation before any
 * access goes, and the failures of a share run that stopped part-way.
 */
export const revocationMessages = defineMessages({
  'share.partial': {
    nl: 'Niet gedeeld met: {names}. Wat wel is gedeeld, staat al in het plan; die toegang kunt u intrekken. Probeer het opnieuw voor wie het niet lukte.',
    en: 'Not shared with: {names}. What was shared is already recorded in the plan; you can take that access away. Try again for those it failed for.',
  },
  'share.unexpected': { nl: 'er ging iets onverwachts mis.', en: 'something unexpected went wrong.' },

  'revokeConfirm.title': { nl: 'Toegang intrekken?', en: 'Take access away?' },
  'revokeConfirm.withdrawTitle': { nl: 'Toestemming en toegang intrekken?', en: 'Withdraw consent and take access away?' },
  'revokeConfirm.withdraw': {
    nl: 'De toestemming van {name} wordt ingetrokken en met de datum van vandaag in het plan vastgelegd.',
    en: "{name}'s consent is withdrawn and recorded in the plan with today's date.",
  },
  'revokeConfirm.intro': {
    nl: 'Na "Ja, intrekken" kan deze ontvanger de kopie hieronder niet meer openen; het bestand wordt uit de map van het plan verwijderd:',
    en: 'After "Yes, take away" this recipient can no longer open the copy below; the file is removed from the plan\'s folder:',
  },
  'revokeConfirm.none': {
    nl: 'Er is geen gedeelde kopie die nog toegang geeft: er wordt niets ingetrokken in Microsoft 365.',
    en: 'No shared copy still gives access: nothing is taken away in Microsoft 365.',
  },
  'revokeConfirm.who': { nl: 'Ontvanger', en: 'Recipient' },
  'revokeConfirm.where': { nl: 'Adres', en: 'Address' },
  'revokeConfirm.file': { nl: 'Bestand: kopie van {date} ({what})', en: 'File: copy of {date} ({what})' },
  'revokeConfirm.legacyFile': {
    nl: 'Bestand: veiligheidsplan.docx (het gedeelde plan van vóór de eigen kopieën)',
    en: 'File: veiligheidsplan.docx (the shared plan from before copies of their own)',
  },
  'revokeConfirm.why': { nl: 'Reden: {reason}', en: 'Reason: {reason}' },
  'revokeConfirm.yes': { nl: 'Ja, intrekken', en: 'Yes, take away' },
  'revokeConfirm.cancel': { nl: 'Annuleren', en: 'Cancel' },
});
