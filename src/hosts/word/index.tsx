import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme, Title1 } from '@fluentui/react-components';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <main><Title1 as="h1">Veiligheidsplan</Title1></main>
    </FluentProvider>,
  );
}
