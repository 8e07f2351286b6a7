import { useEffect, useState } from 'react';
import type { DomainError, Locale } from '../domain';

/**
 * A domain error's message, with the error texts loaded when there is an error to show (the first screen does
 * without them). Until they arrive, the error's code stands in, so the place never stays empty.
 */
export function ErrorText({ error, locale }: { error: DomainError; locale: Locale }) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('../i18n/errorMessage').then(({ errorMessage }) => { if (live) setText(errorMessage(error, locale)); });
    return () => { live = false; };
  }, [error, locale]);
  return <>{text ?? error.code}</>;
}
