import { defineMessages } from '../define';

/** The one live text on the standalone page's first load (the rest of areas/live.ts loads with the live page). */
export const liveLinkMessages = defineMessages({
  'live.local.link': { nl: 'Live sessie (proef)', en: 'Live session (try-out)' },
});
