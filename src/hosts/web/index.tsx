import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { webFluentTheme } from '../../ui/theme';
import { standaloneContext } from '../teams/teamsContext';
import type { HostContext } from '../teams/teamsContext';
import { useHostTheme } from '../teams/useHostTheme';
import { createServices } from '../shared/services';
import { ServicesGate } from '../shared/ServicesGate';
import { loadConfig } from '../../config';
import { LiveTryOutLink } from './LiveTryOutLink';

// Entry of index.html: the standalone page that `npm start` serves (local mode unless an app registration is configured).
const host = standaloneContext(navigator.language);
// Only `npm start` (a development build) has the try-out page; a production build leaves it out (webpack.config.js).
const LIVE_TRY_OUT = process.env.VP_LIVE_TRYOUT === '1';
const create = () => createServices({ kind: 'web', loginHint: null, teamSiteUrl: null, hostReady: Promise.resolve() });

function WebRoot({ context }: { context: HostContext }) {
  const theme = useHostTheme(context);
  return (
    <FluentProvider theme={webFluentTheme(theme)} lang={context.locale} style={{ minHeight: '100vh' }}>
      <ServicesGate create={create} locale={context.locale} />
      {loadConfig().mode === 'local' && LIVE_TRY_OUT ? <LiveTryOutLink locale={context.locale} /> : null}
    </FluentProvider>
  );
}

document.documentElement.lang = host.locale;
const root = document.getElementById('root');
if (root) createRoot(root).render(<WebRoot context={host} />);
