/**
 * The bench's reference page: a bare React + Fluent UI v9 page (provider, heading, one button), built by the same
 * webpack config as the hosts (`--env baseline`). The tab's bundle and time to interactive are compared with it.
 * It carries the same `data-ready` marker the app uses, so both are measured by one definition (tti.bench.ts).
 */
import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, Title1, webLightTheme } from '@fluentui/react-components';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <main data-ready="true">
        <Title1 as="h1">Baseline</Title1>
        <Button appearance="primary">Start</Button>
      </main>
    </FluentProvider>,
  );
}
