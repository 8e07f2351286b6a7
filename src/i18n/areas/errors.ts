import { defineMessages } from '../define';

/** User messages for domain error codes (see src/domain/errors.ts). */
export const errorMessages = defineMessages({
  'error.PLAN.CONFLICT': {
    nl: 'Iemand anders heeft dit plan intussen opgeslagen. Uw wijzigingen zijn bewaard; kies hoe u verdergaat.',
    en: 'Someone else saved this plan in the meantime. Your changes are kept; choose how to continue.',
  },
  'error.PLAN.NOT_FOUND': { nl: 'Dit plan bestaat niet (meer).', en: 'This plan does not exist (any more).' },
  'error.PLAN.INVALID': { nl: 'Het plan bevat fouten en is niet opgeslagen.', en: 'The plan contains errors and was not saved.' },
  'error.PLAN.LOCKED': {
    nl: 'Dit plan is in werking of afgesloten en wordt niet zomaar gewijzigd. Een plan in werking pas je aan met "Bijstellen" (of bij een evaluatie); een afgesloten plan verandert niet meer. Er is niets gewijzigd.',
    en: 'This plan is in force or closed and is not changed directly. A plan in force is changed with "Adjust" (or at an evaluation); a closed plan no longer changes. Nothing was changed.',
  },
  'error.EVALUATION.NO_SUBSTANCE': {
    nl: 'Over deze evaluatie kan nog niet worden besloten: er ontbreken cijfers (of waarom er geen zijn), het nalopen van de afspraken of van de voorwaarden. Er is niets besloten.',
    en: 'This evaluation cannot be decided yet: scores (or why there are none), the review of the agreements or of the conditions are missing. Nothing was decided.',
  },
  'error.GRAPH.THROTTLED': {
    nl: 'Microsoft 365 is even te druk en vraagt om te wachten.',
    en: 'Microsoft 365 is busy and asks us to wait.',
  },
  'error.GRAPH.PERMISSION': {
    nl: 'De app heeft hiervoor geen toestemming: {scope}. Geef die toestemming bij het aanmelden, of vraag uw beheerder als uw organisatie toestemming centraal regelt.',
    en: 'The app is not allowed to do this: {scope}. Grant it when you sign in, or ask your administrator if your organisation grants consent centrally.',
  },
  'error.GRAPH.UNAUTHENTICATED': {
    nl: 'U bent niet (meer) aangemeld voor {scope}. Meld u opnieuw aan.',
    en: 'You are not signed in (any more) for {scope}. Please sign in again.',
  },
  'error.GRAPH.SERVER': {
    nl: 'Microsoft 365 gaf een fout ({status}). Probeer het later opnieuw; uw wijzigingen blijven op dit apparaat bewaard.',
    en: 'Microsoft 365 returned an error ({status}). Try again later; your changes stay on this device.',
  },
  'error.NETWORK.OFFLINE': {
    nl: 'Geen verbinding. Uw wijzigingen blijven op dit apparaat bewaard tot opslaan weer lukt.',
    en: 'No connection. Your changes stay on this device until saving works again.',
  },
  'error.SHARE.NO_CONSENT': {
    nl: 'Delen geweigerd: voor deze ontvanger is geen toestemming vastgelegd.',
    en: 'Sharing refused: no consent is recorded for this recipient.',
  },
  'error.WORD.UNAVAILABLE': {
    nl: 'Dit deelvenster werkt alleen in Microsoft Word. Open het via het lint in Word.',
    en: 'This task pane works only inside Microsoft Word. Open it from the ribbon in Word.',
  },
  'error.WORD.NO_PLAN': { nl: 'Dit document bevat geen veiligheidsplan.', en: 'This document contains no safety plan.' },
  'error.STORAGE.UNAVAILABLE': {
    nl: 'Deze browser kan hier geen plannen bewaren (opslag staat uit of is geblokkeerd, bijvoorbeeld in een privévenster).',
    en: 'This browser cannot keep plans here (storage is off or blocked, for example in a private window).',
  },
  'error.STORAGE.FULL': {
    nl: 'De opslag op dit apparaat is vol. Exporteer of verwijder oude plannen en probeer het opnieuw.',
    en: 'Storage on this device is full. Export or delete old plans and try again.',
  },
  'error.STORAGE.DAMAGED': {
    nl: 'Het bewaarde plan op dit apparaat is beschadigd en kan niet worden geopend.',
    en: 'The plan kept on this device is damaged and cannot be opened.',
  },
  'error.STORAGE.NO_LOCATION': {
    nl: 'Hier is geen plek om plannen te bewaren. Open de app in een kanaal van een team, of vraag uw beheerder om een SharePoint-site of -bibliotheek in te stellen (VP_SITE_ID of VP_DRIVE_ID).',
    en: 'There is no place to keep plans here. Open the app in a team channel, or ask your administrator to configure a SharePoint site or library (VP_SITE_ID or VP_DRIVE_ID).',
  },
  'error.CASE.NO_ACCESS': {
    nl: 'Je hoort niet bij deze casus. Vraag een eigenaar van het casuskanaal om je in Teams aan het kanaal toe te voegen.',
    en: 'You are not on this case. Ask an owner of the case channel to add you to the channel in Teams.',
  },
  'error.CASE.NOT_READY': {
    nl: 'De bestanden van dit casuskanaal staan nog niet klaar. Open één keer het tabblad Bestanden van dit kanaal en probeer het daarna opnieuw.',
    en: 'The files of this case channel are not ready yet. Open the channel\'s Files tab once, then try again.',
  },
  'error.EXPORT.NO_PERSON': {
    nl: 'Deze persoon staat niet (meer) in het plan. Kies iemand uit het plan en probeer het opnieuw.',
    en: 'This person is not (or no longer) in the plan. Choose someone from the plan and try again.',
  },
  'error.unknown': { nl: 'Er ging iets mis. Uw wijzigingen zijn bewaard.', en: 'Something went wrong. Your changes are kept.' },
});
