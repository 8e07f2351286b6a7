import { tokens } from '@fluentui/react-components';
import type { Locale } from '../../domain';
import { translate } from '../../i18n';
import { liveLinkMessages as m } from '../../i18n/areas/liveLink';

/**
 * Local mode only: the way to the live netwerkberaad without Teams (live.html, with `npm run live:service`).
 * A plain link: the standalone page's first load gains a few bytes, not the live screens.
 */
export function LiveTryOutLink({ locale }: { locale: Locale }) {
  return (
    <footer style={{ padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}` }}>
      <a href="/live.html" target="_blank" rel="noopener" style={{ color: tokens.colorBrandForegroundLink }}>{translate(m['live.local.link'], locale)}</a>
    </footer>
  );
}
