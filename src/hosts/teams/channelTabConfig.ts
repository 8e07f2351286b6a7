import { pages } from '@microsoft/teams-js';

/** Stable id of the one kind of content the channel tab shows: the team's plans. */
export const CHANNEL_TAB_ENTITY_ID = 'veiligheidsplan-team';

/** The channel tab shows the same page as the personal tab; the Teams context tells it which team it is in. */
export function channelTabContentUrl(origin: string): string {
  return `${origin}/tab.html`;
}

/**
 * Wires the configuration page: when the user chooses Save, Teams stores the tab's content URL.
 * There is nothing to choose (the team's site comes from the context), so the page is valid at once.
 * Side effect: registers the save handler with Teams and enables its Save button.
 */
export function registerChannelTabConfig(origin: string, displayName: string): void {
  const contentUrl = channelTabContentUrl(origin);
  pages.config.registerOnSaveHandler((saveEvent) => {
    pages.config
      .setConfig({ contentUrl, websiteUrl: contentUrl, entityId: CHANNEL_TAB_ENTITY_ID, suggestedDisplayName: displayName })
      .then(
        () => saveEvent.notifySuccess(),
        (e: unknown) => saveEvent.notifyFailure(e instanceof Error ? e.message : 'setConfig failed'),
      );
  });
  pages.config.setValidityState(true);
}
