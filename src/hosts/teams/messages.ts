import { defineMessages } from '../../i18n';

/** Texts of the Teams-only pages (tab placeholder, channel tab configuration). */
export const teamsMessages = defineMessages({
  'tab.title': { nl: 'Veiligheidsplan', en: 'Safety plan' },
  'tab.loading': { nl: 'Veiligheidsplan wordt geladen…', en: 'Loading the safety plan…' },
  'configure.heading': { nl: 'Veiligheidsplan toevoegen aan dit kanaal', en: 'Add Safety plan to this channel' },
  'configure.body': {
    nl: 'Het tabblad toont de veiligheidsplannen van dit team. Ze worden bewaard op de SharePoint-site van het team. Kies Opslaan om het tabblad toe te voegen.',
    en: 'The tab shows this team\'s safety plans. They are kept on the team\'s SharePoint site. Choose Save to add the tab.',
  },
  'configure.outsideTeams': {
    nl: 'Deze pagina hoort bij Microsoft Teams. Open het tabblad in Teams om het te configureren.',
    en: 'This page belongs to Microsoft Teams. Open the tab in Teams to configure it.',
  },
  'configure.tabName': { nl: 'Veiligheidsplan', en: 'Safety plan' },
});
