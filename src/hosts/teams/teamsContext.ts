import type { app } from '@microsoft/teams-js';
import type { Locale } from '../../domain';
import { localeFrom } from '../../i18n';
import { systemThemeName, themeNameFromTeams, watchSystemTheme } from '../../ui/theme';
import type { ThemeName } from '../../ui/theme';

/** What the tab learns from its host before the first render. */
export interface HostContext {
  /** 'teams' inside a Teams client; 'standalone' when the same page is opened in a plain browser. */
  host: 'teams' | 'standalone';
  locale: Locale;
  theme: ThemeName;
  /** The signed-in user's UPN, a hint for SSO; never shown or logged. */
  loginHint: string | null;
  /** The team's SharePoint site, where tenant mode keeps the plans; null outside a team. */
  teamSiteUrl: string | null;
  /** Subscribes to theme changes (Teams' theme switch, or the OS preference when standalone); returns the unsubscribe. */
  onThemeChange(listener: (theme: ThemeName) => void): () => void;
}

export interface InitOptions {
  /**
   * How long to wait for a Teams host to answer. Outside any frame teams-js rejects at once;
   * inside a non-Teams iframe it would wait forever, so we give up and run standalone.
   */
  timeoutMs?: number;
  /** Browser language for the standalone fallback (defaults to navigator.language). */
  browserLanguage?: string;
  /** The page's window (tests pass a stand-in); only its links to a possible host are read. */
  hostWindow?: HostWindow;
}

/** What teams-js looks at to find its host: a parent frame, an opener, or a mobile client's native bridge. */
export interface HostWindow {
  parent: unknown;
  self: unknown;
  opener: unknown;
  nativeInterface?: unknown;
}

/**
 * Whether teams-js could reach a Teams host from this window. It is the same test teams-js makes in
 * `app.initialize()`, which rejects at once without a parent, an opener or a native bridge. Checking it
 * here first spares the standalone page the download and start-up of teams-js.
 */
export function mayHaveTeamsHost(win: HostWindow): boolean {
  return win.parent !== win.self || Boolean(win.opener) || Boolean(win.nativeInterface);
}

function defaultWindow(): HostWindow | null {
  return typeof window === 'undefined' ? null : window;
}

export const TEAMS_INIT_TIMEOUT_MS = 1500;

class HostTimeoutError extends Error {
  constructor(ms: number) {
    super(`No Teams host answered within ${ms} ms`);
    this.name = 'HostTimeoutError';
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HostTimeoutError(ms)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

type TeamsApp = typeof app;

/**
 * teams-js is about 40 KB gzipped: it arrives as its own chunk right after the page's script, so the page's
 * first download stays small. Side effect: fetches that chunk (once; the module system caches it).
 */
async function loadTeamsApp(): Promise<TeamsApp> {
  return (await import(/* webpackChunkName: "teams-js" */ '@microsoft/teams-js')).app;
}

async function readTeamsContext(teams: TeamsApp): Promise<app.Context> {
  await teams.initialize();
  return teams.getContext();
}

/**
 * teams-js accepts one theme handler per page, so we register once and fan out to any number of listeners.
 * Side effect: registers the handler with the Teams host.
 */
function teamsThemeSubscription(teams: TeamsApp): HostContext['onThemeChange'] {
  const listeners = new Set<(theme: ThemeName) => void>();
  teams.registerOnThemeChangeHandler((teamsTheme) => {
    const theme = themeNameFromTeams(teamsTheme);
    for (const listener of listeners) listener(theme);
  });
  return (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
}

function fromTeams(teams: TeamsApp, context: app.Context): HostContext {
  return {
    host: 'teams',
    locale: localeFrom(context.app.locale),
    theme: themeNameFromTeams(context.app.theme),
    loginHint: context.user?.loginHint ?? null,
    teamSiteUrl: context.sharePointSite?.teamSiteUrl ?? null,
    onThemeChange: teamsThemeSubscription(teams),
  };
}

/** The plain web page: browser language and the OS colour preference. */
export function standaloneContext(browserLanguage: string | undefined): HostContext {
  return {
    host: 'standalone',
    locale: localeFrom(browserLanguage),
    theme: systemThemeName(),
    loginHint: null,
    teamSiteUrl: null,
    onThemeChange: (listener) => watchSystemTheme(listener),
  };
}

function defaultLanguage(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}

/**
 * Initializes teams-js and reads the context; tells Teams the app loaded (`notifySuccess`) so it hides its
 * loading indicator. Outside Teams it resolves (never rejects) with the standalone context, so one entry
 * serves both the tab and the web page.
 */
export async function initTeamsHost(options: InitOptions = {}): Promise<HostContext> {
  const { timeoutMs = TEAMS_INIT_TIMEOUT_MS, browserLanguage = defaultLanguage(), hostWindow = defaultWindow() } = options;
  if (!hostWindow || !mayHaveTeamsHost(hostWindow)) return standaloneContext(browserLanguage);
  let teams: TeamsApp;
  let context: app.Context;
  try {
    // The download is outside the timeout: a slow network inside Teams must not make the tab think it runs standalone.
    teams = await loadTeamsApp();
    context = await withTimeout(readTeamsContext(teams), timeoutMs);
  } catch {
    // Not an error for the user: this is how the standalone page learns it is standalone (or that teams-js could not
    // be fetched, in which case Teams could not be talked to either).
    return standaloneContext(browserLanguage);
  }
  const host = fromTeams(teams, context);
  // notifySuccess only fails on hosts too old to know it; the tab still works, so the failure is not fatal.
  await teams.notifySuccess().catch((e: unknown) => console.warn('Teams notifySuccess failed', e instanceof Error ? e.message : ''));
  return host;
}
