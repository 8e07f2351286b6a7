import type { Locale } from '../../domain';
import { localeFrom } from '../../i18n';

/** What the task pane needs to know about where it runs. */
export interface OfficeHostInfo {
  inWord: boolean;
  locale: Locale;
}

/** The slice of the global `Office` object used here; office.js may be missing (opened in a plain browser, CDN blocked). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  context?: { displayLanguage?: string };
}

/**
 * Waits for office.js and tells whether the host is Word. Never rejects: without office.js, or when it does not answer
 * within `timeoutMs`, the pane is "not in Word" and says so, instead of spinning forever.
 * The locale comes from Word's display language, else from the browser.
 */
export async function detectOfficeHost(office: OfficeLike | undefined, browserLanguage: string, timeoutMs = 10_000): Promise<OfficeHostInfo> {
  const outside: OfficeHostInfo = { inWord: false, locale: localeFrom(browserLanguage) };
  if (!office || typeof office.onReady !== 'function') return outside;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => { timer = setTimeout(() => resolve(null), timeoutMs); });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (!info) return outside;
    // Office.HostType.Word is the string "Word"; the enum itself is absent when office.js is only stubbed.
    const inWord = String(info.host) === 'Word';
    return { inWord, locale: localeFrom(office.context?.displayLanguage ?? browserLanguage) };
  } catch {
    return outside;
  } finally {
    clearTimeout(timer);
  }
}
