import { useEffect, useState } from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { DomainError } from '../../domain';
import type { Locale } from '../../domain';
import { createWordDocument } from '../../adapters/word';
import { errorMessage, translate } from '../../i18n';
import { ServicesProvider } from '../../ui/services';
import type { AppServices } from '../../ui/services';
import { TaskPane } from '../../ui/word/TaskPane';
import { hostMessages } from '../shared/messages';
import { createServices } from '../shared/services';
import type { OfficeLike } from './officeHost';

/**
 * The pane inside Word, loaded on demand (its own chunk): the Word adapter, the plan store and the task pane. Outside
 * Word none of this is fetched. Only this file and index.tsx know which adapters are used.
 */

type Gate = { kind: 'loading' } | { kind: 'ready'; services: AppServices } | { kind: 'failed'; text: string };

async function wordServices(): Promise<AppServices> {
  const office = Office as unknown as OfficeLike;
  const base = await createServices({ kind: 'word', loginHint: null, teamSiteUrl: null, hostReady: office.onReady() });
  // The organisation's words (the authority's regional name) go into the headings, intros and labels written to Word.
  const word = createWordDocument(base.organisation);
  return { ...base, document: { writer: word, reader: word } };
}

export function WordPane({ locale }: { locale: Locale }) {
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
