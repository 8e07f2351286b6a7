import { useCallback } from 'react';
import { isDomainError } from '../../domain';
import { errorMessage } from '../../i18n';
import { useLocale } from '../services';

/** The user message for any failure: domain errors by code, anything else as the generic message. */
export function useErrorText(): (e: unknown) => string {
  const locale = useLocale();
  return useCallback((e: unknown) => errorMessage(isDomainError(e) ? e : null, locale), [locale]);
}

export function formatSlot(iso: string, locale: 'nl' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    weekday: 'short', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}
