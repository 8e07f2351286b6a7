import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { webFluentTheme } from '../../ui/theme';
import { standaloneContext } from '../teams/teamsContext';
import type { HostContext } from '../teams/teamsContext';
import { useHostTheme } from '../teams/useHostTheme';
import { createServices } from '../shared/services';
import { ServicesGate } from '../shared/ServicesGate';
import { LiveLocal } from './LiveLocal';

// Entry of live.html: the live netwerkberaad tried out without Teams, against the local Fluid service (README).
const host = standaloneContext(navigator.language);
const create = () => createServices({ kind: 'web', loginHint: null, teamSiteUrl: null, hostReady: Promise.resolve() });

function LiveRoot({ context }: { context: HostContext }) {
  const theme = useHostTheme(context);
  return (
    <FluentProvider theme={webFluentTheme(theme)} lang={context.locale} style={{ minHeight: '100vh' }}>
      <ServicesGate create={create} locale={context.locale}>
        {() => <LiveLocal />}
      </ServicesGate>
    </FluentProvider>
  );
}

document.documentElement.lang = host.locale;
const root = document.getElementById('root');
if (root) createRoot(root).render(<LiveRoot context={host} />);
