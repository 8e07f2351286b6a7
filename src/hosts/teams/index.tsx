import { createServices } from '../shared/services';
import { ServicesGate } from '../shared/ServicesGate';
import { renderTeamsApp } from './renderTeamsApp';

// Entry of tab.html: Teams is initialised (or found absent) before the first render, so MSAL's NAA finds its bridge.
void renderTeamsApp((host) => (
  <ServicesGate
    locale={host.locale}
    create={() => createServices({ kind: host.host === 'teams' ? 'teams' : 'web', loginHint: host.loginHint, teamSiteUrl: host.teamSiteUrl, hostReady: Promise.resolve() })}
  />
));
