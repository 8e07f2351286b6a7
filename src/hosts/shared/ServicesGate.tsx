import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Locale } from '../../domain';
import { DomainError } from '../../domain';
import { translate } from '../../i18n';
import { App } from '../../ui/App';
import { Notice } from '../../ui/notice/Notice';
import type { AppProps } from '../../ui/App';
import { ServicesProvider } from '../../ui/services';
import type { AppServices } from '../../ui/services';
import { hostMessages as m } from './messages';

type Gate = { kind: 'loading' } | { kind: 'ready'; services: AppServices } | { kind: 'failed'; text: string };

type Create = () => AppServices | Promise<AppServices>;

/** Calls `create` once; a synchronous result (local mode) renders the app in the very first render. */
function start(create: Create): { gate: Gate; pending: Promise<AppServices> | null } {
  try {
    const made = create();
    return made instanceof Promise ? { gate: { kind: 'loading' }, pending: made } : { gate: { kind: 'ready', services: made }, pending: null };
  } catch (e) {
    return { gate: { kind: 'loading' }, pending: Promise.reject(e) };
  }
}

/**
 * Creates the services once, then renders the app. A failure (no IndexedDB, sign-in refused) becomes a
 * plain message instead of a blank page.
 */
export function ServicesGate({ create, locale, appProps = {}, children }: {
  create: Create; locale: Locale; appProps?: AppProps; children?: (services: AppServices) => ReactNode;
}) {
  // Services are created once per page: a theme change re-renders the host with a new `create` closure.
  const [started] = useState(() => start(create));
  const [gate, setGate] = useState<Gate>(started.gate);
  const firstLocale = useRef(locale);
  useEffect(() => {
    if (!started.pending) return undefined;
    let live = true;
    const lang = firstLocale.current;
    started.pending.then(
      (services) => { if (live) setGate({ kind: 'ready', services }); },
      async (e: unknown) => {
        // The error texts load only now: the first screen does without them.
        const text = e instanceof DomainError ? (await import('../../i18n/errorMessage')).errorMessage(e, lang) : translate(m['host.startFailed'], lang);
        if (live) setGate({ kind: 'failed', text });
      },
    );
    return () => { live = false; };
  }, [started]);
  // Plain text, not Fluent's Spinner: this shows for a moment at most, and the spinner's code would weigh on every first load.
  if (gate.kind === 'loading') return <p role="status" style={{ padding: '2rem', margin: 0 }}>{translate(m['host.starting'], locale)}</p>;
  if (gate.kind === 'failed') {
    return <main style={{ padding: '1rem' }}><Notice intent="error">{gate.text}</Notice></main>;
  }
  return (
    <ServicesProvider services={gate.services} locale={locale}>
      {children ? children(gate.services) : <App {...appProps} />}
    </ServicesProvider>
  );
}
