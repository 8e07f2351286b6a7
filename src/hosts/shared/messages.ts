import { defineMessages } from '../../i18n';

export const hostMessages = defineMessages({
  'host.starting': { nl: 'Veiligheidsplan wordt geopend…', en: 'Opening Veiligheidsplan…' },
  'host.startFailed': {
    nl: 'De app kon niet starten. Laad de pagina opnieuw; lukt het dan nog niet, neem contact op met uw beheerder.',
    en: 'The app could not start. Reload the page; if that does not help, contact your administrator.',
  },
});
