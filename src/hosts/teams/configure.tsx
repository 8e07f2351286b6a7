import { Body1, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { translate } from '../../i18n';
import { registerChannelTabConfig } from './channelTabConfig';
import { teamsMessages as m } from './messages';
import { renderTeamsApp } from './renderTeamsApp';
import type { HostContext } from './teamsContext';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXL, maxWidth: '40rem' },
});

function ConfigurePage({ host }: { host: HostContext }) {
  const styles = useStyles();
  const t = (key: keyof typeof m) => translate(m[key], host.locale);
  return (
    <main className={styles.page} data-ready="true">
      <Title2 as="h1">{t('configure.heading')}</Title2>
      <Body1 as="p">{host.host === 'teams' ? t('configure.body') : t('configure.outsideTeams')}</Body1>
    </main>
  );
}

// Entry of configure.html (the configurationUrl of the channel tab in appPackage/manifest.json).
void renderTeamsApp((host) => <ConfigurePage host={host} />).then((host) => {
  if (host.host === 'teams') registerChannelTabConfig(window.location.origin, translate(m['configure.tabName'], host.locale));
});
