import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Spinner } from '@fluentui/react-components';
import type { Locale } from '../../domain';
import { DomainError } from '../../domain';
import { errorMessage, translate } from '../../i18n';
import { App } from '../../ui/App';
import { Notice } from '../../ui/notice/Notice';
import type { AppProps } from '../../ui/App';
import { ServicesProvider } from '../../ui/services';
import type { AppServices } from '../../ui/services';
import { hostMessages as m } from './messages';

type Gate = { kind: 'loading' } | { kind: 'ready'; services: AppServices } | { kind: 'failed'; text: string };

/**
 * Creates the services once, then renders the app. A failure (no IndexedDB, sign-in refused) becomes a
 * plain message instead of a blank page.
 */
export function ServicesGate({ create, locale, appProps = {}, children }: {
  create: () => Promise<AppServices>; locale: Locale; appProps?: AppProps; children?: (services: AppServices) => ReactNode;
}) {
  const [gate, setGate] = useState<Gate>({ kind: 'loading' });
  // Services are created once per page: a theme change re-renders the host with a new `create` closure.
  const first = useRef({ create, locale });
  useEffect(() => {
    let live = true;
    const { create: make, locale: lang } = first.current;
    make().then(
      (services) => { if (live) setGate({ kind: 'ready', services }); },
      (e: unknown) => {
        const text = e instanceof DomainError ? errorMessage(e, lang) : translate(m['host.startFailed'], lang);
        if (live) setGate({ kind: 'failed', text });
      },
    );
    return () => { live = false; };
  }, []);
  if (gate.kind === 'loading') return <Spinner label={translate(m['host.starting'], locale)} style={{ padding: '2rem' }} />;
  if (gate.kind === 'failed') {
    return <main style={{ padding: '1rem' }}><Notice intent="error">{gate.text}</Notice></main>;
  }
  return (
    <ServicesProvider services={gate.services} locale={locale}>
      {children ? children(gate.services) : <App {...appProps} />}
    </ServicesProvider>
  );
}
