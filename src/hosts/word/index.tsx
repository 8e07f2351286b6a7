import { Suspense, lazy, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, Spinner } from '@fluentui/react-components';
import { translate } from '../../i18n';
import { fluentTheme, systemThemeName, watchSystemTheme } from '../../ui/theme';
import type { ThemeName } from '../../ui/theme';
import { WordNeeded } from '../../ui/word/WordNeeded';
import { hostMessages } from '../shared/messages';
import { detectOfficeHost } from './officeHost';
import type { OfficeHostInfo, OfficeLike } from './officeHost';

/**
 * Entry of taskpane.html. `Office.onReady` first: in Word, the pane (Word adapter, plan store, task pane) is loaded
 * as its own chunk and wired; anywhere else the pane says plainly that Word is needed, without fetching the Word code.
 */

const WordPane = lazy(() => import(/* webpackChunkName: "word" */ './wordPane').then((m) => ({ default: m.WordPane })));

function Root({ host }: { host: OfficeHostInfo }) {
  const [theme, setTheme] = useState<ThemeName>(() => systemThemeName());
  useEffect(() => watchSystemTheme(setTheme), []);
  return (
    <FluentProvider theme={fluentTheme(theme, 'web')} lang={host.locale} style={{ minHeight: '100vh' }}>
      {host.inWord ? (
        <Suspense fallback={<Spinner label={translate(hostMessages['host.starting'], host.locale)} style={{ padding: '2rem' }} />}>
          <WordPane locale={host.locale} />
        </Suspense>
      ) : <WordNeeded locale={host.locale} />}
    </FluentProvider>
  );
}

async function start(): Promise<void> {
  const office = (globalThis as { Office?: OfficeLike }).Office;
  const host = await detectOfficeHost(office, navigator.language);
  document.documentElement.lang = host.locale;
  const container = document.getElementById('root');
  if (container) createRoot(container).render(<Root host={host} />);
}

void start();
