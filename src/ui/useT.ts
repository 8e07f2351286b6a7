import { useCallback } from 'react';
import { translate } from '../i18n';
import type { Bilingual } from '../i18n';
import { useLocale } from './services';

/** `const t = useT(); t(messages['x.y'], { n: 2 })` */
export function useT(): (message: Bilingual, values?: Readonly<Record<string, string | number>>) => string {
  const locale = useLocale();
  return useCallback((message, values) => translate(message, locale, values), [locale]);
}
