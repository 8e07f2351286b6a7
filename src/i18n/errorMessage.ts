import type { DomainError, Locale } from '../domain';
import type { Bilingual } from './define';
import { format } from './define';
import { errorMessages } from './areas/errors';

/**
 * The error texts, a module of their own: the first screen loads them only when it has an error to show
 * (src/ui/ErrorText.tsx), so the plan list's first load does not carry every error message of the app.
 */

/** Where an error names no scope: the capability's scopes are not known at that point. */
export const UNKNOWN_SCOPE: Bilingual = { nl: 'de rechten die deze functie nodig heeft', en: 'the permissions this feature needs' };

/** The user message for a domain error, in the user's language. */
export function errorMessage(error: DomainError | null, locale: Locale): string {
  if (!error) return format(errorMessages['error.unknown'][locale]);
  const key = `error.${error.code}` as keyof typeof errorMessages;
  const message = errorMessages[key] ?? errorMessages['error.unknown'];
  const status = 'status' in error ? String((error as { status: unknown }).status) : '';
  return format(message[locale], { scope: error.details.scope ?? UNKNOWN_SCOPE[locale], status, ...error.details });
}
