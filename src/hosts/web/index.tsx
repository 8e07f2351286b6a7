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
const create = () => createServices({ kind: 'web', loginHint: null, teamSiteUrl: null, hostReady: Promise.resolve() });

function WebRoot({ context }: { context: HostContext }) {
  const theme = useHostTheme(context);
  return (
    <FluentProvider theme={webFluentTheme(theme)} lang={context.locale} style={{ minHeight: '100vh' }}>
      <ServicesGate create={create} locale={context.locale} />
      {loadConfig().mode === 'local' ? <LiveTryOutLink locale={context.locale} /> : null}
    </FluentProvider>
  );
}

document.documentElement.lang = host.locale;
const root = document.getElementById('root');
if (root) createRoot(root).render(<WebRoot context={host} />);
