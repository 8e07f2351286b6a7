import type { Locale } from '../domain';

/** "1 maart 2026" / "1 March 2026" from an ISO date, with Intl (no date library in the first-load bundle). */
export function formatDate(iso: string | null, locale: Locale): string {
  if (!iso) return '–';
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, mo - 1, d)));
}
