import { defineMessages } from '../define';

/** Texts of the app shell around the screens (src/ui/App.tsx). */
export const shellMessages = defineMessages({
  'shell.editorLoading': { nl: 'Editor laden…', en: 'Loading the editor…' },
  'shell.signOut': { nl: 'Afmelden', en: 'Sign out' },
  'shell.clearDevice': { nl: 'Gegevens op dit apparaat wissen', en: 'Clear data on this device' },
});
