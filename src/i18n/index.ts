import type { DomainError, Locale } from '../domain';
import { format } from './define';
import type { Bilingual } from './define';
import { errorMessages } from './areas/errors';

export { defineMessages, format } from './define';
export type { Bilingual } from './define';

/** Picks nl or en from a host locale such as "nl-NL", "en-US" or "fr-FR"; Dutch first. */
export function localeFrom(hostLocale: string | undefined | null): Locale {
  return hostLocale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export function translate(message: Bilingual, locale: Locale, values?: Readonly<Record<string, string | number>>): string {
  return format(message[locale], values);
}

/** Where an error names no scope: the capability's scopes are not known at that point. */
export const UNKNOWN_SCOPE: Bilingual = { nl: 'de rechten die deze functie nodig heeft', en: 'the permissions this feature needs' };

/** The user message for a domain error, in the user's language. */
export function errorMessage(error: DomainError | null, locale: Locale): string {
  if (!error) return translate(errorMessages['error.unknown'], locale);
  const key = `error.${error.code}` as keyof typeof errorMessages;
  const message = errorMessages[key] ?? errorMessages['error.unknown'];
  const status = 'status' in error ? String((error as { status: unknown }).status) : '';
  return translate(message, locale, { scope: error.details.scope ?? translate(UNKNOWN_SCOPE, locale), status, ...error.details });
}
