import { createRoot } from 'react-dom/client';
import type { ReactNode } from 'react';
import { FluentProvider } from '@fluentui/react-components';
import { teamsFluentTheme } from '../../ui/theme';
import { initTeamsHost } from './teamsContext';
import type { HostContext, InitOptions } from './teamsContext';
import { useHostTheme } from './useHostTheme';

export type RenderWithHost = (host: HostContext) => ReactNode;

/** Themed root: follows Teams' theme while open. The Teams palette also serves the standalone fallback of the tab. */
export function TeamsShell({ host, render }: { host: HostContext; render: RenderWithHost }) {
  const theme = useHostTheme(host);
  return (
    <FluentProvider theme={teamsFluentTheme(theme)} lang={host.locale} style={{ minHeight: '100vh' }}>
      {render(host)}
    </FluentProvider>
  );
}

/**
 * Entry helper for Teams pages: waits for the host context, then renders `render(host)` inside the themed shell.
 * Side effect: mounts React on `#root` (or `container`).
 */
export async function renderTeamsApp(render: RenderWithHost, options: InitOptions & { container?: HTMLElement | null } = {}): Promise<HostContext> {
  const host = await initTeamsHost(options);
  document.documentElement.lang = host.locale;
  const container = options.container ?? document.getElementById('root');
  if (container) createRoot(container).render(<TeamsShell host={host} render={render} />);
  return host;
}
