/**
 * @jest-environment node
 */
import type { Configuration, IPublicClientApplication } from '@azure/msal-browser';
import { createPublicClient, msalConfiguration } from '../../../src/auth/createPublicClient';
import { GRAPH_SCOPES, resourceScopes } from '../../../src/auth/scopes';
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

  it('asks for the least delegated scopes the app needs', () => {
    expect(GRAPH_SCOPES.map((s) => s.replace('https://graph.microsoft.com/', ''))).toEqual(['User.Read', 'Files.ReadWrite.All', 'Calendars.ReadWrite', 'People.Read', 'User.ReadBasic.All']);
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
    const created = createPublicClient({ tenant, host: 'teams', hostReady, loginHint: null, origin: 'https://app.example.org' }, factories(order));
    await Promise.resolve();
    expect(order).toEqual([]);
    ready();
    await created;
    expect(order).toEqual(['host ready', 'nestable']);
  });

  it('uses the nestable client in Word and the standard client on the web page', async () => {
    const order: string[] = [];
    await createPublicClient({ tenant, host: 'word', hostReady: Promise.resolve(), loginHint: null, origin: 'https://a' }, factories(order));
    await createPublicClient({ tenant, host: 'web', hostReady: Promise.resolve(), loginHint: null, origin: 'https://a' }, factories(order));
    expect(order).toEqual(['nestable', 'standard']);
  });

  it('configures the tenant authority and the redirect bridge page', () => {
    const config = msalConfiguration({ tenant, origin: 'https://app.example.org' });
    expect(config.auth.authority).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com');
    expect(config.auth.redirectUri).toBe('https://app.example.org/auth-redirect.html');
  });
});
