import { Title1 } from '@fluentui/react-components';
import { translate } from '../../i18n';
import { teamsMessages as m } from './messages';
import { renderTeamsApp } from './renderTeamsApp';

// Entry of tab.html. Placeholder until the app is wired: swap the render function for
// `(host) => <ServicesProvider services={...} locale={host.locale}><App /></ServicesProvider>`.
void renderTeamsApp((host) => (
  <main data-ready="true"><Title1 as="h1">{translate(m['tab.title'], host.locale)}</Title1></main>
));
