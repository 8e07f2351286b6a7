import { defineMessages } from '../define';

/** The save status, conflicts and storage health of the open plan (src/app/savePlan.ts). */
export const savingMessages = defineMessages({
  'saving.saved': { nl: 'Opgeslagen', en: 'Saved' },
  'saving.saving': { nl: 'Opslaan… ({n} wijziging(en))', en: 'Saving… ({n} change(s))' },
  'saving.pending': { nl: '{n} wijziging(en) nog niet opgeslagen', en: '{n} change(s) not saved yet' },
  'saving.retrying': {
    nl: '{n} wijziging(en) nog niet opgeslagen. Nieuwe poging over {seconds} s.',
    en: '{n} change(s) not saved yet. Trying again in {seconds} s.',
  },
  'saving.invalid': { nl: '{n} wijziging(en) niet opgeslagen: eerst herstellen', en: '{n} change(s) not saved: fix first' },
  'saving.failed': { nl: '{n} wijziging(en) niet opgeslagen', en: '{n} change(s) not saved' },
  'saving.conflict': { nl: 'Conflict: ook elders gewijzigd', en: 'Conflict: also changed elsewhere' },
  'saving.retryNow': { nl: 'Nu opnieuw proberen', en: 'Try again now' },
  'saving.keptOnDevice': {
    nl: 'Uw wijzigingen staan veilig op dit apparaat en worden opgeslagen zodra het weer lukt.',
    en: 'Your changes are safe on this device and are saved as soon as that works again.',
  },
  'saving.invalid.body': {
    nl: 'Dit plan kan zo niet worden opgeslagen. Uw invoer blijft op dit apparaat bewaard. Herstel eerst:',
    en: 'This plan cannot be saved as it is. Your input stays on this device. Fix first:',
  },
  'saving.invalid.more': { nl: 'en nog {n} andere', en: 'and {n} more' },
  'saving.draftFailed': {
    nl: 'Let op: uw laatste wijzigingen konden niet op dit apparaat worden bewaard ({reason}). {n} wijziging(en) staan alleen op het scherm; sluit dit venster niet.',
    en: 'Note: your latest changes could not be kept on this device ({reason}). {n} change(s) exist only on screen; do not close this window.',
  },
  'saving.draftFailed.full': { nl: 'de opslag is vol', en: 'storage is full' },
  'saving.draftFailed.other': { nl: 'opslag niet beschikbaar', en: 'storage unavailable' },
  'saving.restored': {
    nl: 'Niet-opgeslagen wijzigingen van een eerder venster zijn teruggezet.',
    en: 'Unsaved changes from an earlier window were put back.',
  },
  'saving.merged': {
    nl: 'Iemand anders sloeg dit plan intussen op. Hun wijzigingen ({sections} onderdeel/onderdelen) zijn samengevoegd met de uwe; er ging niets verloren.',
    en: 'Someone else saved this plan in the meantime. Their changes ({sections} section(s)) were merged with yours; nothing was lost.',
  },
  'saving.followed': {
    nl: 'Dit plan is in een ander venster opgeslagen; u ziet nu die versie.',
    en: 'This plan was saved in another window; you now see that version.',
  },
  'saving.locked.inForce': {
    nl: 'Dit plan is in werking. Wijzigingen in de inhoud gaan via "Bijstellen"; deze wijziging is niet in het plan gezet.',
    en: 'This plan is in force. Changes to its content go through "Adjust"; this change was not made to the plan.',
  },
  'saving.locked.closed': {
    nl: 'Dit plan is afgesloten en verandert niet meer; deze wijziging is niet in het plan gezet.',
    en: 'This plan is closed and no longer changes; this change was not made to the plan.',
  },
  'saving.locked.frozen': {
    nl: 'Uw eerdere wijzigingen zijn bewaard in de geschiedenis als "{label}".',
    en: 'Your earlier changes are kept in the history as "{label}".',
  },
  'saving.frozen': { nl: 'De andere versie staat in de geschiedenis als "{label}".', en: 'The other version is in the history as "{label}".' },
  'saving.leave.failed': {
    nl: 'Niet alles is opgeslagen. Uw wijzigingen blijven op dit apparaat bewaard. Toch teruggaan?',
    en: 'Not everything is saved. Your changes stay on this device. Go back anyway?',
  },
  'saving.leave.anyway': { nl: 'Toch teruggaan', en: 'Go back anyway' },
  'saving.activate.failed': {
    nl: 'Activeren is niet gelukt, want het plan is niet opgeslagen. Probeer het opnieuw zodra opslaan lukt.',
    en: 'Activation did not go through because the plan is not saved. Try again once saving works.',
  },
  'saving.dismiss': { nl: 'Sluiten', en: 'Close' },
  'conflict.title': { nl: 'Dit plan is ook elders gewijzigd', en: 'This plan was also changed elsewhere' },
  'conflict.body': {
    nl: 'U en iemand anders hebben dezelfde velden verschillend gewijzigd ({n}). Wijzigingen in andere velden zijn van beide kanten behouden. Kies welke versie van de gemeenschappelijke velden geldt; de andere versie wordt in de geschiedenis bewaard.',
    en: 'You and someone else changed the same fields differently ({n}). Changes to other fields are kept from both sides. Choose which version of the shared fields applies; the other version is kept in the history.',
  },
  'conflict.fields': { nl: 'Velden die beide kanten wijzigden: {fields}', en: 'Fields both sides changed: {fields}' },
  'conflict.value.mine': { nl: 'Uw versie', en: 'Your version' },
  'conflict.value.theirs': { nl: 'Hun versie', en: 'Their version' },
  'conflict.theirs': { nl: 'Hun versie van deze velden', en: 'Their version of these fields' },
  'conflict.mine': { nl: 'Mijn versie van deze velden', en: 'My version of these fields' },
  'drafts.stale': {
    nl: '{n} niet-opgeslagen concept(en) op dit apparaat zijn ouder dan {days} dagen. Open het plan om ze terug te zetten, of verwijder ze.',
    en: '{n} unsaved draft(s) on this device are older than {days} days. Open the plan to put them back, or remove them.',
  },
  'drafts.stale.remove': { nl: 'Oude concepten verwijderen', en: 'Remove old drafts' },
  'signOut.title': { nl: 'Afmelden op dit apparaat?', en: 'Sign out on this device?' },
  'signOut.body': {
    nl: 'De app vergeet uw aanmelding, uw niet-opgeslagen concepten en uw reflecties op dit apparaat. Wat in SharePoint staat, blijft bewaard. Bij de volgende keer vraagt de app wie u bent. Uw Microsoft-aanmelding in deze browser blijft: sluit op een gedeelde computer de browser af.',
    en: 'The app forgets your sign-in, your unsaved drafts and your reflections on this device. What is in SharePoint stays. Next time the app asks who you are. Your Microsoft sign-in in this browser stays: on a shared computer, close the browser.',
  },
  'clearDevice.title': { nl: 'Gegevens op dit apparaat wissen?', en: 'Clear data on this device?' },
  'clearDevice.body': {
    nl: 'De app wist uw niet-opgeslagen concepten en uw reflecties op dit apparaat. Wat in SharePoint staat, blijft bewaard. U blijft aangemeld: dat regelt Teams of Office. Wilt u ook daar weg, meld u dan af in Teams of Office zelf.',
    en: 'The app clears your unsaved drafts and your reflections on this device. What is in SharePoint stays. You stay signed in: Teams or Office decides that. To leave there too, sign out of Teams or Office itself.',
  },
  'clearDevice.confirm': { nl: 'Wissen', en: 'Clear' },
  'signOut.failed': {
    nl: 'Niet alles is gelukt bij het wissen van uw gegevens op dit apparaat: {steps}. Probeer het opnieuw, of wis de sitegegevens van deze app in de browserinstellingen.',
    en: 'Not everything worked while clearing your data on this device: {steps}. Try again, or clear this app\'s site data in the browser settings.',
  },
  'signOut.step.otherTabs': { nl: 'andere tabbladen waarschuwen', en: 'telling other tabs' },
  'signOut.step.drafts': { nl: 'concepten verwijderen', en: 'removing drafts' },
  'signOut.step.legacyDrafts': { nl: 'oude concepten verwijderen', en: 'removing old drafts' },
  'signOut.step.reflections': { nl: 'reflecties verwijderen', en: 'removing reflections' },
  'signOut.step.signIn': { nl: 'aanmelding vergeten', en: 'forgetting the sign-in' },
  'signOut.unsaved': {
    nl: 'Let op: {n} concept(en) met niet-opgeslagen wijzigingen gaan verloren.',
    en: 'Note: {n} draft(s) with unsaved changes will be lost.',
  },
  'signOut.cancel': { nl: 'Annuleren', en: 'Cancel' },
  'signOut.confirm': { nl: 'Afmelden', en: 'Sign out' },
  'storage.notPersistent': {
    nl: 'Deze browser kan plannen op dit apparaat opruimen als de schijf vol raakt. Exporteer uw plannen (JSON of .docx) als reservekopie.',
    en: 'This browser may clear plans on this device when the disk fills up. Export your plans (JSON or .docx) as a backup.',
  },
  'storage.persistent': { nl: 'Plannen blijven op dit apparaat bewaard.', en: 'Plans are kept on this device.' },
  'storage.versionchange': {
    nl: 'Een nieuwere versie van de app is in een ander venster geopend. Uw wijzigingen zijn bewaard; herlaad deze pagina om verder te werken.',
    en: 'A newer version of the app was opened in another window. Your changes are kept; reload this page to continue.',
  },
  'storage.blocked': {
    nl: 'Een ouder venster van deze app houdt de opslag vast. Sluit andere vensters van Veiligheidsplan om verder te gaan.',
    en: 'An older window of this app is holding the storage. Close other Veiligheidsplan windows to continue.',
  },
});
