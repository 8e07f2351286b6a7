import { app } from '@microsoft/teams-js';
import { FOREIGN_FRAME_TIMEOUT_MS, TEAMS_INIT_TIMEOUT_MS, embedding, initTeamsHost, initTimeoutFor } from '../../../../src/hosts/teams/teamsContext';
import type { ThemeName } from '../../../../src/ui/theme';

jest.mock('@microsoft/teams-js', () => ({
  app: {
    initialize: jest.fn(),
    getContext: jest.fn(),
    notifySuccess: jest.fn(),
    registerOnThemeChangeHandler: jest.fn(),
  },
}));

const teams = jest.mocked(app);

/** A page inside a frame, as a Teams tab is (jsdom's own window is a top-level page). */
const inFrame = { hostWindow: { parent: {}, self: {}, opener: null } };

/** The parts of the Teams context the host reads, shaped as teams-js documents them. */
function teamsContext(overrides: { locale?: string; theme?: string; loginHint?: string; teamSiteUrl?: string } = {}): app.Context {
  return {
    app: { locale: overrides.locale ?? 'nl-nl', theme: overrides.theme ?? 'default', sessionId: 's', host: { name: 'Teams', clientType: 'web', sessionId: 'h' } },
    page: { id: 'tab', frameContext: 'content' },
    user: { id: 'u', loginHint: overrides.loginHint },
    sharePointSite: { teamSiteUrl: overrides.teamSiteUrl },
  } as app.Context;
}

function setMatchMedia(matches: Record<string, boolean>): void {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({ matches: matches[query] ?? false, media: query, addEventListener: jest.fn(), removeEventListener: jest.fn() }),
  });
}

beforeEach(() => {
  jest.resetAllMocks();
  teams.notifySuccess.mockResolvedValue(undefined as never);
  setMatchMedia({});
});

describe('initTeamsHost() inside Teams', () => {
  beforeEach(() => teams.initialize.mockResolvedValue(undefined));

  it.each([
    ['default', 'light'],
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    ['glass', 'light'],
  ])('maps the Teams theme %s to %s', async (teamsTheme, expected) => {
    teams.getContext.mockResolvedValue(teamsContext({ theme: teamsTheme }));
    const host = await initTeamsHost(inFrame);
    expect(host.theme).toBe(expected);
  });

  it.each([
    ['nl-nl', 'nl'],
    ['en-us', 'en'],
    ['en-GB', 'en'],
    ['fr-fr', 'nl'],
  ])('takes the locale %s from the context as %s', async (locale, expected) => {
    teams.getContext.mockResolvedValue(teamsContext({ locale }));
    expect((await initTeamsHost({ ...inFrame, browserLanguage: 'en-US' })).locale).toBe(expected);
  });

  it('reads the login hint and the team site for tenant mode', async () => {
    teams.getContext.mockResolvedValue(teamsContext({ loginHint: 'worker@example.org', teamSiteUrl: 'https://contoso.sharepoint.com/sites/Team' }));
    const host = await initTeamsHost(inFrame);
    expect(host).toMatchObject({ host: 'teams', loginHint: 'worker@example.org', teamSiteUrl: 'https://contoso.sharepoint.com/sites/Team' });
  });

  it('gives null for a personal tab that has no team site', async () => {
    teams.getContext.mockResolvedValue(teamsContext());
    const host = await initTeamsHost(inFrame);
    expect(host.teamSiteUrl).toBeNull();
    expect(host.loginHint).toBeNull();
  });

  it('calls notifySuccess once, after initialize and getContext', async () => {
    const order: string[] = [];
    teams.initialize.mockImplementation(async () => { order.push('initialize'); });
    teams.getContext.mockImplementation(async () => { order.push('getContext'); return teamsContext(); });
    teams.notifySuccess.mockImplementation(async () => { order.push('notifySuccess'); return undefined as never; });
    await initTeamsHost(inFrame);
    expect(order).toEqual(['initialize', 'getContext', 'notifySuccess']);
  });

  it('still starts when the host does not support notifySuccess', async () => {
    teams.getContext.mockResolvedValue(teamsContext({ theme: 'dark' }));
    teams.notifySuccess.mockRejectedValue(new Error('not supported'));
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(initTeamsHost(inFrame)).resolves.toMatchObject({ host: 'teams', theme: 'dark' });
    warn.mockRestore();
  });

  it('passes theme changes from Teams to every listener until it unsubscribes', async () => {
    teams.getContext.mockResolvedValue(teamsContext());
    const host = await initTeamsHost(inFrame);
    expect(teams.registerOnThemeChangeHandler).toHaveBeenCalledTimes(1);
    const teamsHandler = teams.registerOnThemeChangeHandler.mock.calls[0]?.[0];
    const first: ThemeName[] = [];
    const second: ThemeName[] = [];
    host.onThemeChange((t) => first.push(t));
    const stopSecond = host.onThemeChange((t) => second.push(t));
    teamsHandler?.('dark');
    stopSecond();
    teamsHandler?.('contrast');
    expect(first).toEqual(['dark', 'contrast']);
    expect(second).toEqual(['dark']);
  });
});

describe('initTeamsHost() in a frame outside Teams', () => {
  it('falls back to the standalone page when initialize rejects, without notifySuccess', async () => {
    teams.initialize.mockRejectedValue(new Error('Initialization Failed. No Parent window found.'));
    const host = await initTeamsHost({ ...inFrame, browserLanguage: 'en-US' });
    expect(host).toMatchObject({ host: 'standalone', locale: 'en', loginHint: null, teamSiteUrl: null });
    expect(teams.notifySuccess).not.toHaveBeenCalled();
    expect(teams.registerOnThemeChangeHandler).not.toHaveBeenCalled();
  });

  it('gives up after the timeout when no host answers (a non-Teams iframe)', async () => {
    jest.useFakeTimers();
    teams.initialize.mockReturnValue(new Promise<void>(() => undefined));
    const pending = initTeamsHost({ ...inFrame, timeoutMs: 1500, browserLanguage: 'nl-NL' });
    await jest.advanceTimersByTimeAsync(1500);
    await expect(pending).resolves.toMatchObject({ host: 'standalone', locale: 'nl' });
    jest.useRealTimers();
  });

  it('waits for a slow Teams client: an answer after 5 s still gives the Teams context', async () => {
    jest.useFakeTimers();
    teams.initialize.mockReturnValue(new Promise<void>((resolve) => { setTimeout(resolve, 5000); }));
    teams.getContext.mockResolvedValue(teamsContext({ teamSiteUrl: 'https://contoso.sharepoint.com/sites/Jeugdteam' }));
    const pending = initTeamsHost({ hostWindow: { parent: {}, self: {}, opener: null, location: { ancestorOrigins: ['https://teams.microsoft.com'] } } });
    await jest.advanceTimersByTimeAsync(5000);
    await expect(pending).resolves.toMatchObject({ host: 'teams', teamSiteUrl: 'https://contoso.sharepoint.com/sites/Jeugdteam' });
    jest.useRealTimers();
  });

  it('gives a frame of a page that is not a Microsoft 365 host only the short timeout', async () => {
    jest.useFakeTimers();
    teams.initialize.mockReturnValue(new Promise<void>(() => undefined));
    const pending = initTeamsHost({ hostWindow: { parent: {}, self: {}, opener: null, location: { ancestorOrigins: ['https://intranet.example.org'] } }, browserLanguage: 'en-US' });
    await jest.advanceTimersByTimeAsync(FOREIGN_FRAME_TIMEOUT_MS);
    await expect(pending).resolves.toMatchObject({ host: 'standalone', locale: 'en' });
    jest.useRealTimers();
  });

  it('follows the OS colour preference: dark, and forced colours as high contrast', async () => {
    teams.initialize.mockRejectedValue(new Error('no parent'));
    setMatchMedia({ '(prefers-color-scheme: dark)': true });
    expect((await initTeamsHost(inFrame)).theme).toBe('dark');
    setMatchMedia({ '(prefers-color-scheme: dark)': true, '(forced-colors: active)': true });
    expect((await initTeamsHost(inFrame)).theme).toBe('contrast');
  });

  it('uses Dutch for a browser language other than English', async () => {
    teams.initialize.mockRejectedValue(new Error('no parent'));
    expect((await initTeamsHost({ ...inFrame, browserLanguage: 'de-DE' })).locale).toBe('nl');
  });
});

describe('initTeamsHost() in a top-level page', () => {
  it('runs standalone without starting teams-js when there is no parent, opener or native bridge', async () => {
    const host = await initTeamsHost({ browserLanguage: 'en-US', hostWindow: { parent: window, self: window, opener: null } });
    expect(host).toMatchObject({ host: 'standalone', locale: 'en' });
    expect(teams.initialize).not.toHaveBeenCalled();
  });

  it.each([
    ['a popup opened by Teams', { opener: {} }],
    ['a mobile client with its native bridge', { nativeInterface: {} }],
  ])('asks teams-js in %s', async (_what, extra) => {
    teams.initialize.mockResolvedValue(undefined);
    teams.getContext.mockResolvedValue(teamsContext());
    const host = await initTeamsHost({ hostWindow: { parent: window, self: window, opener: null, ...extra } });
    expect(teams.initialize).toHaveBeenCalledTimes(1);
    expect(host.host).toBe('teams');
  });
});

describe('embedding() and initTimeoutFor()', () => {
  const framed = { parent: {}, self: {}, opener: null };

  it('recognises Teams, Outlook and the Microsoft 365 app as likely hosts, by ancestor origin or referrer', () => {
    for (const origin of ['https://teams.microsoft.com', 'https://teams.cloud.microsoft', 'https://outlook.office.com', 'https://www.microsoft365.com']) {
      expect(embedding({ ...framed, location: { ancestorOrigins: [origin] } })).toBe('likely');
    }
    expect(embedding({ ...framed, document: { referrer: 'https://teams.microsoft.com/v2/' } })).toBe('likely');
  });

  it('treats the mobile native bridge and an opener as likely Teams', () => {
    expect(embedding({ parent: window, self: window, opener: null, nativeInterface: {} })).toBe('likely');
    expect(embedding({ parent: window, self: window, opener: {} })).toBe('likely');
  });

  it('gives Teams 10 s, also when the browser does not say who embeds the page, and a foreign frame 1.5 s', () => {
    expect(initTimeoutFor({ ...framed, location: { ancestorOrigins: ['https://teams.microsoft.com'] } })).toBe(TEAMS_INIT_TIMEOUT_MS);
    expect(initTimeoutFor(framed)).toBe(TEAMS_INIT_TIMEOUT_MS);
    expect(TEAMS_INIT_TIMEOUT_MS).toBeGreaterThanOrEqual(10_000);
    expect(initTimeoutFor({ ...framed, location: { ancestorOrigins: ['https://evil.example'] } })).toBe(FOREIGN_FRAME_TIMEOUT_MS);
  });

  it('does not mistake a look-alike host for Microsoft', () => {
    expect(embedding({ ...framed, location: { ancestorOrigins: ['https://teams.microsoft.com.example.org'] } })).toBe('foreign');
  });
});
