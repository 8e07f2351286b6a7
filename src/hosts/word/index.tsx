import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { DomainError } from '../../domain';
import type { Locale } from '../../domain';
import { createWordDocument } from '../../adapters/word';
import { errorMessage, translate } from '../../i18n';
import { ServicesProvider } from '../../ui/services';
import type { AppServices } from '../../ui/services';
import { fluentTheme, systemThemeName, watchSystemTheme } from '../../ui/theme';
import type { ThemeName } from '../../ui/theme';
import { TaskPane } from '../../ui/word/TaskPane';
import { WordNeeded } from '../../ui/word/WordNeeded';
import { hostMessages } from '../shared/messages';
import { createServices } from '../shared/services';
import { detectOfficeHost } from './officeHost';
import type { OfficeHostInfo, OfficeLike } from './officeHost';

/**
 * Entry of taskpane.html. `Office.onReady` first: in Word, the Word adapter and the plan store (local IndexedDB, or
 * SharePoint when an app registration is configured) are wired into the task pane; anywhere else the pane says
 * plainly that Word is needed. Only this file knows which adapters are used.
 */

type Gate = { kind: 'loading' } | { kind: 'ready'; services: AppServices } | { kind: 'failed'; text: string };

async function wordServices(): Promise<AppServices> {
  const office = Office as unknown as OfficeLike;
  const base = await createServices({ kind: 'word', loginHint: null, teamSiteUrl: null, hostReady: office.onReady() });
  const word = createWordDocument();
  return { ...base, document: { writer: word, reader: word } };
}

function WordPane({ locale }: { locale: Locale }) {
  const [gate, setGate] = useState<Gate>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    wordServices().then(
      (services) => { if (live) setGate({ kind: 'ready', services }); },
      (e: unknown) => {
        const text = e instanceof DomainError ? errorMessage(e, locale) : translate(hostMessages['host.startFailed'], locale);
        if (live) setGate({ kind: 'failed', text });
      },
    );
    return () => { live = false; };
  }, [locale]);
  if (gate.kind === 'loading') return <Spinner label={translate(hostMessages['host.starting'], locale)} style={{ padding: '2rem' }} />;
  if (gate.kind === 'failed') return <main><MessageBar intent="error"><MessageBarBody>{gate.text}</MessageBarBody></MessageBar></main>;
  return <ServicesProvider services={gate.services} locale={locale}><TaskPane /></ServicesProvider>;
}

function Root({ host }: { host: OfficeHostInfo }) {
  const [theme, setTheme] = useState<ThemeName>(() => systemThemeName());
  useEffect(() => watchSystemTheme(setTheme), []);
  return (
    <FluentProvider theme={fluentTheme(theme, 'web')} lang={host.locale} style={{ minHeight: '100vh' }}>
      {host.inWord ? <WordPane locale={host.locale} /> : <WordNeeded locale={host.locale} />}
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
