import type { Locale } from '../domain';

/** Each message carries both languages side by side, so a missing translation is a type error. */
export type Bilingual = Readonly<Record<Locale, string>>;

export function defineMessages<K extends string>(messages: Record<K, Bilingual>): Record<K, Bilingual> {
  return messages;
}

/** Fills `{name}` placeholders. Values are plain text; callers never pass plan content into logs. */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
