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
  /** The team's SharePoint site, where tenant mode keeps the plans; null outside a team. In a private channel: the channel's own site. */
  teamSiteUrl: string | null;
  /**
   * In a private channel (a case channel): its id, and the team's group id, which the Teams context leaves out in
   * private channels (https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/access-teams-context).
   */
  caseChannel?: { channelId: string; teamId: string | null } | null;
  /** The user owns the team the tab runs in (`team.userRole` 0, admin). */
  teamLead?: boolean;
  /**
   * Set in a Teams meeting's side panel or on its stage, where the tab opens the live netwerkberaad. `anonymous` for
   * people who joined the meeting without an account; their name is not shared.
   */
  meeting?: {
    frame: 'sidePanel' | 'meetingStage'; name: string | null; anonymous: boolean;
    /** A meeting in a team's channel, where Live Share does not include guests (Live Share FAQ). */
    channelMeeting?: boolean;
  };
  /** Subscribes to theme changes (Teams' theme switch, or the OS preference when standalone); returns the unsubscribe. */
  onThemeChange(listener: (theme: ThemeName) => void): () => void;
}

export interface InitOptions {
  /**
   * How long to wait for a Teams host to answer. Outside any frame teams-js rejects at once; inside a non-Teams
   * iframe it would wait forever, so we give up and run standalone. By default it depends on who embeds the page
   * (initTimeoutFor): long enough for a cold Teams desktop start, short for a frame that is clearly not Microsoft's.
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
  /** The origins of the embedding frames, nearest first (Chromium, WebKit: `location.ancestorOrigins`). */
  location?: { ancestorOrigins?: ArrayLike<string> };
  /** The embedding page's URL when the browser gives it (`document.referrer`). */
  document?: { referrer?: string };
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

/**
 * How long a Teams client may take to answer `app.initialize()`. A cold start of Teams desktop or mobile can take
 * several seconds before the tab's handshake is answered; 1.5 s made such tabs run as plain web pages.
 */
export const TEAMS_INIT_TIMEOUT_MS = 10_000;
/** For a frame whose embedding page is known and not a Microsoft 365 host: no Teams will answer. */
export const FOREIGN_FRAME_TIMEOUT_MS = 1500;

/**
 * Hosts that embed Teams tabs (Teams, Outlook and the Microsoft 365 app on the web, and their clients). teams-js
 * itself accepts messages only from its own list of Microsoft origins; this list is only used to choose the timeout.
 */
const MICROSOFT_HOST = /(^|\.)(teams\.microsoft\.com|teams\.live\.com|cloud\.microsoft|microsoft365\.com|office\.com|office365\.com|outlook\.com|live\.com|microsoft\.com|sharepoint\.com)$/i;

function hostnameOf(origin: string): string | null {
  try {
    return new URL(origin).hostname;
  } catch {
    return null;
  }
}

/**
 * Who embeds the page: `likely` Teams (a Microsoft 365 frame, an opener, or a mobile client's native bridge),
 * `foreign` (the embedding origins are known and none is Microsoft's), or `unknown` (framed, but the browser does
 * not say by whom). Reads only the window's links; sends nothing.
 */
export function embedding(win: HostWindow): 'none' | 'likely' | 'foreign' | 'unknown' {
  if (!mayHaveTeamsHost(win)) return 'none';
  if (win.nativeInterface || win.opener) return 'likely';
  const ancestors = Array.from(win.location?.ancestorOrigins ?? []);
  const referrer = win.document?.referrer ? [win.document.referrer] : [];
  const known = (ancestors.length > 0 ? ancestors : referrer).map(hostnameOf).filter((h): h is string => h !== null);
  if (known.length === 0) return 'unknown';
  return known.some((h) => MICROSOFT_HOST.test(h)) ? 'likely' : 'foreign';
}

/** The timeout for app.initialize() in this window: short only when the frame is clearly not a Microsoft host's. */
export function initTimeoutFor(win: HostWindow): number {
  return embedding(win) === 'foreign' ? FOREIGN_FRAME_TIMEOUT_MS : TEAMS_INIT_TIMEOUT_MS;
}

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
    caseChannel: caseChannelOf(context),
    // teams-js UserTeamRole: Admin = 0, User = 1, Guest = 2.
    teamLead: context.team?.userRole === 0,
    onThemeChange: teamsThemeSubscription(teams),
    ...meetingOf(context),
  };
}

/** A private channel is a case channel (docs/tenant.md); `team.groupId` is undefined there, so it may be null. */
export function caseChannelOf(context: Pick<app.Context, 'channel' | 'team'>): HostContext['caseChannel'] {
  const channel = context.channel;
  if (!channel?.id || channel.membershipType !== 'Private') return null;
  return { channelId: channel.id, teamId: context.team?.groupId ?? null };
}

function meetingOf(context: app.Context): Pick<HostContext, 'meeting'> {
  const frame = context.page.frameContext;
  if (frame !== 'sidePanel' && frame !== 'meetingStage') return {};
  const anonymous = context.user?.licenseType === 'Anonymous';
  const channelMeeting = typeof context.channel?.id === 'string' && context.channel.id !== '';
  return { meeting: { frame, name: anonymous ? null : context.user?.displayName ?? null, anonymous, channelMeeting } };
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
  const { browserLanguage = defaultLanguage(), hostWindow = defaultWindow() } = options;
  if (!hostWindow || !mayHaveTeamsHost(hostWindow)) return standaloneContext(browserLanguage);
  const timeoutMs = options.timeoutMs ?? initTimeoutFor(hostWindow);
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
