/**
 * @jest-environment node
 */
import type { Configuration, IPublicClientApplication } from '@azure/msal-browser';
import { createPublicClient, msalConfiguration } from '../../../src/auth/createPublicClient';
import { consentFor, resourceScopes, scopesFor } from '../../../src/auth/scopes';
import { MsalTokenProvider } from '../../../src/auth/tokenProvider';
import type { AccountLike, PublicClientLike, TokenResultLike } from '../../../src/auth/tokenProvider';
import { OfflineError, PermissionError } from '../../../src/domain';

const account: AccountLike = { username: 'fatima@contoso.nl', homeAccountId: 'h1' };

function authError(errorCode: string): Error {
  return Object.assign(new Error(errorCode), { errorCode, name: 'InteractionRequiredAuthError' });
}

function fakePca(behaviour: { silent?: () => Promise<TokenResultLike>; sso?: () => Promise<TokenResultLike>; popup?: () => Promise<TokenResultLike>; accounts?: AccountLike[] }) {
  const calls: Array<{ method: string; request: unknown }> = [];
  let active: AccountLike | null = null;
  const ok = async (): Promise<TokenResultLike> => ({ accessToken: 'tok', account });
  const pca: PublicClientLike = {
    getActiveAccount: () => active,
    getAllAccounts: () => behaviour.accounts ?? [],
    setActiveAccount: (a) => { active = a; },
    acquireTokenSilent: async (request) => { calls.push({ method: 'silent', request }); return (behaviour.silent ?? ok)(); },
    ssoSilent: async (request) => { calls.push({ method: 'ssoSilent', request }); return (behaviour.sso ?? ok)(); },
    acquireTokenPopup: async (request) => { calls.push({ method: 'popup', request }); return (behaviour.popup ?? ok)(); },
    clearCache: async (request) => { calls.push({ method: 'clearCache', request }); },
  };
  return { pca, calls };
}

describe('resourceScopes()', () => {
  it('adds User.Read when only OpenID scopes are asked, because NAA needs a resource scope', () => {
    expect(resourceScopes(['openid', 'profile'])).toEqual(['openid', 'profile', 'https://graph.microsoft.com/User.Read']);
  });

  it('keeps resource scopes and removes duplicates', () => {
    expect(resourceScopes(['Calendars.ReadWrite', 'Calendars.ReadWrite', ' '])).toEqual(['Calendars.ReadWrite']);
  });

  it('qualifies a capability\'s scopes with the Graph resource, once each', () => {
    expect(scopesFor(['calendar', 'calendar'])).toEqual(['https://graph.microsoft.com/Calendars.ReadWrite', 'https://graph.microsoft.com/Calendars.Read.Shared']);
  });

  it('names the capability and its exact scopes for a permission message', () => {
    expect(consentFor('calendar')).toBe('calendar (Calendars.ReadWrite, Calendars.Read.Shared)');
  });
});

describe('MsalTokenProvider.getToken()', () => {
  it('gets the token silently for the account matching the login hint, without a popup', async () => {
    const { pca, calls } = fakePca({ accounts: [{ username: 'other@contoso.nl', homeAccountId: 'h0' }, account] });
    const token = await new MsalTokenProvider(pca, 'Fatima@contoso.nl').getToken(['User.Read']);
    expect(token).toBe('tok');
    expect(calls).toEqual([{ method: 'silent', request: { scopes: ['User.Read'], account } }]);
    expect(pca.getActiveAccount()).toEqual(account);
  });

  it('tries SSO with the login hint when no account is cached yet', async () => {
    const { pca, calls } = fakePca({});
    await new MsalTokenProvider(pca, 'fatima@contoso.nl').getToken(['User.Read']);
    expect(calls).toEqual([{ method: 'ssoSilent', request: { scopes: ['User.Read'], loginHint: 'fatima@contoso.nl' } }]);
  });

  it('falls back to the popup when silent acquisition needs interaction', async () => {
    const { pca, calls } = fakePca({ accounts: [account], silent: async () => { throw authError('interaction_required'); } });
    const token = await new MsalTokenProvider(pca, 'fatima@contoso.nl').getToken(['Calendars.ReadWrite']);
    expect(token).toBe('tok');
    expect(calls.map((c) => c.method)).toEqual(['silent', 'popup']);
    expect(calls[1]!.request).toEqual({ scopes: ['Calendars.ReadWrite'], loginHint: 'fatima@contoso.nl' });
  });

  it('reports offline instead of opening a popup when the network is gone', async () => {
    const { pca, calls } = fakePca({ accounts: [account], silent: async () => { throw authError('no_network_connectivity'); } });
    await expect(new MsalTokenProvider(pca, null).getToken(['User.Read'])).rejects.toBeInstanceOf(OfflineError);
    expect(calls.map((c) => c.method)).toEqual(['silent']);
  });

  it('reports not signed in when the user closes the popup', async () => {
    const { pca } = fakePca({ sso: async () => { throw authError('login_required'); }, popup: async () => { throw authError('user_cancelled'); } });
    const error = await new MsalTokenProvider(pca, null).getToken(['User.Read']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).code).toBe('GRAPH.UNAUTHENTICATED');
  });
});

describe('createPublicClient()', () => {
  const tenant = { clientId: '11111111-2222-3333-4444-555555555555', tenantId: 'contoso.onmicrosoft.com', siteId: '', driveId: '', libraryFolder: 'Veiligheidsplannen' };
  const naa = async () => true;

  function factories(order: string[]) {
    const pca = {} as IPublicClientApplication;
    return {
      createNestable: async (_c: Configuration) => { order.push('nestable'); return pca; },
      createStandard: async (_c: Configuration) => { order.push('standard'); return pca; },
    };
  }

  it('waits for the host SDK before creating the nestable client in Teams', async () => {
    const order: string[] = [];
    let ready!: () => void;
    const hostReady = new Promise<void>((resolve) => { ready = () => { order.push('host ready'); resolve(); }; });
    const created = createPublicClient({ tenant, host: 'teams', hostReady, loginHint: null, origin: 'https://app.example.org', naaSupported: naa }, factories(order));
    await Promise.resolve();
    expect(order).toEqual([]);
    ready();
    await created;
    expect(order).toEqual(['host ready', 'nestable']);
  });

  it('uses the nestable client in Word and the standard client on the web page', async () => {
    const order: string[] = [];
    const word = await createPublicClient({ tenant, host: 'word', hostReady: Promise.resolve(), loginHint: null, origin: 'https://a', naaSupported: naa }, factories(order));
    const web = await createPublicClient({ tenant, host: 'web', hostReady: Promise.resolve(), loginHint: null, origin: 'https://a', naaSupported: naa }, factories(order));
    expect(order).toEqual(['nestable', 'standard']);
    expect([word.brokered, web.brokered]).toEqual([true, false]);
  });

  it('falls back to Teams\' authentication window when Teams does not recommend NAA', async () => {
    const order: string[] = [];
    const authenticate = jest.fn(async () => '');
    const teams = await createPublicClient({
      tenant, host: 'teams', hostReady: Promise.resolve(), loginHint: null, origin: 'https://a', naaSupported: async () => false, teamsAuthentication: { authenticate },
    }, factories(order));
    // No MSAL client in the tab: Teams' own authentication window signs in (authDialog.ts).
    expect(order).toEqual([]);
    expect(teams).toMatchObject({ kind: 'teamsDialog', brokered: false });
  });

  it('configures the tenant authority and the redirect bridge page', () => {
    const config = msalConfiguration({ tenant, origin: 'https://app.example.org' });
    expect(config.auth.authority).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com');
    expect(config.auth.redirectUri).toBe('https://app.example.org/auth-redirect.html');
  });
});

describe('MsalTokenProvider outside a NAA host (standard client, browser popups)', () => {
  it('does not open a popup after a failed silent call without a click, and names the permission it needs', async () => {
    const { pca, calls } = fakePca({ accounts: [account], silent: async () => { throw authError('interaction_required'); } });
    const provider = new MsalTokenProvider(pca, null, { brokered: false, userActivation: () => false });
    const error = await provider.getToken(scopesFor('calendar'), consentFor('calendar')).catch((e: unknown) => e);
    expect(calls.map((c) => c.method)).toEqual(['silent']);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).code).toBe('GRAPH.UNAUTHENTICATED');
    expect((error as PermissionError).details.scope).toBe('calendar (Calendars.ReadWrite, Calendars.Read.Shared)');
  });

  it('opens the popup within a user activation, still after the silent attempt', async () => {
    const { pca, calls } = fakePca({ accounts: [account], silent: async () => { throw authError('interaction_required'); } });
    const provider = new MsalTokenProvider(pca, null, { brokered: false, userActivation: () => true });
    await expect(provider.getToken(scopesFor('people'), consentFor('people'))).resolves.toBe('tok');
    expect(calls.map((c) => c.method)).toEqual(['silent', 'popup']);
  });

  it('signIn() opens the popup synchronously from the click, for the scopes the refused call needed', async () => {
    const { pca, calls } = fakePca({ accounts: [account], silent: async () => { throw authError('interaction_required'); } });
    const provider = new MsalTokenProvider(pca, null, { brokered: false, userActivation: () => false });
    await provider.getToken(scopesFor('storage'), consentFor('storage')).catch(() => undefined);
    const signingIn = provider.signIn();
    // No await has happened yet: the popup call already ran in the click's own task.
    expect(calls.map((c) => c.method)).toEqual(['silent', 'popup']);
    expect(calls[1]!.request).toEqual({ scopes: scopesFor('storage') });
    await signingIn;
  });

  it('signIn() without a refused call asks only for the profile', async () => {
    const { pca, calls } = fakePca({});
    await new MsalTokenProvider(pca, null, { brokered: false }).signIn();
    expect(calls).toEqual([{ method: 'popup', request: { scopes: ['https://graph.microsoft.com/User.Read'] } }]);
  });

  it('a refused consent in the popup is a permission error naming the capability and scopes', async () => {
    const { pca } = fakePca({ accounts: [account], silent: async () => { throw authError('consent_required'); }, popup: async () => { throw authError('consent_required'); } });
    const error = await new MsalTokenProvider(pca, null).getToken(scopesFor('directory'), consentFor('directory')).catch((e: unknown) => e);
    expect((error as PermissionError).code).toBe('GRAPH.PERMISSION');
    expect((error as PermissionError).details.scope).toBe('directory (User.ReadBasic.All)');
  });

  it('a closed popup without a capability still names the scopes it asked for', async () => {
    const { pca } = fakePca({ sso: async () => { throw authError('login_required'); }, popup: async () => { throw authError('user_cancelled'); } });
    const error = await new MsalTokenProvider(pca, null).getToken(scopesFor('people')).catch((e: unknown) => e);
    expect((error as PermissionError).details.scope).toBe('People.Read');
  });
});

describe('MsalTokenProvider.signOut()', () => {
  it("clears this account's cached tokens on the device and forgets the active account", async () => {
    const { pca, calls } = fakePca({ accounts: [account] });
    const provider = new MsalTokenProvider(pca, 'fatima@contoso.nl');
    await provider.getToken(['User.Read']);
    expect(provider.accountId()).toBe('h1');
    await provider.signOut();
    expect(calls.at(-1)).toEqual({ method: 'clearCache', request: { account } });
    expect(pca.getActiveAccount()).toBeNull();
  });

  it('works before anyone signed in (no account to name)', async () => {
    const { pca, calls } = fakePca({});
    const provider = new MsalTokenProvider(pca, null);
    expect(provider.accountId()).toBeNull();
    await provider.signOut();
    expect(calls).toEqual([{ method: 'clearCache', request: undefined }]);
  });
});
