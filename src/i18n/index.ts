import type { Locale } from '../domain';
import { format } from './define';
import type { Bilingual } from './define';

export { defineMessages, format } from './define';
export type { Bilingual } from './define';

/** Picks nl or en from a host locale such as "nl-NL", "en-US" or "fr-FR"; Dutch first. */
export function localeFrom(hostLocale: string | undefined | null): Locale {
  return hostLocale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export function translate(message: Bilingual, locale: Locale, values?: Readonly<Record<string, string | number>>): string {
  return format(message[locale], values);
}

export { UNKNOWN_SCOPE, errorMessage } from './errorMessage';
