import { lazy, Suspense } from 'react';
import { createServices } from '../shared/services';
import { ServicesGate } from '../shared/ServicesGate';
import { renderTeamsApp } from './renderTeamsApp';

// The live netwerkberaad (Live Share, Fluid) loads only in a meeting's side panel or stage: the tab's first load stays as it was.
const LiveTeams = lazy(() => import(/* webpackChunkName: "live-meeting" */ '../live/LiveTeams').then((m) => ({ default: m.LiveTeams })));

// Entry of tab.html: Teams is initialised (or found absent) before the first render, so MSAL's NAA finds its bridge.
void renderTeamsApp((host) => {
  const meeting = host.meeting;
  return (
  <ServicesGate
    locale={host.locale}
    create={() => createServices({ kind: host.host === 'teams' ? 'teams' : 'web', loginHint: host.loginHint, teamSiteUrl: host.teamSiteUrl, caseChannel: host.caseChannel ?? null, teamLead: host.teamLead ?? false, hostReady: Promise.resolve() })}
  >
    {meeting ? () => <Suspense fallback={null}><LiveTeams meeting={meeting} /></Suspense> : undefined}
  </ServicesGate>
  );
});
