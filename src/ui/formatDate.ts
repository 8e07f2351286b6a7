import type { Locale } from '../domain';

/**
 * "1 maart 2026" / "1 March 2026" (or "1 mrt 2026" with `month: 'short'`, for chart axes) from an ISO date,
 * with Intl (no date library in the first-load bundle).
 */
export function formatDate(iso: string | null, locale: Locale, options: { month?: 'long' | 'short'; empty?: string } = {}): string {
  if (!iso) return options.empty ?? '–';
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: options.month ?? 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, mo - 1, d)));
}
