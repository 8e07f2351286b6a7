/**
 * Sign-out with MSAL's real nestable client (createNestablePublicClientApplication) over a stand-in NAA bridge, as Teams
 * and Word run it, and with a stand-in for the standard client on the plain web page.
 */
import { createTokenProvider } from '../../../src/auth/createPublicClient';
import { MsalTokenProvider } from '../../../src/auth/tokenProvider';
import type { AccountLike, PublicClientLike, SignedOutMark, TokenResultLike } from '../../../src/auth/tokenProvider';
import { signOutOnThisDevice, takeSignOutReport } from '../../../src/hosts/shared/signOut';
import type { SignOutWork } from '../../../src/hosts/shared/signOut';
import { PermissionError } from '../../../src/domain';
import { installNaaBridge } from '../../fakes/auth/naaBridge';
import type { StandInBridge } from '../../fakes/auth/naaBridge';

const tenant = { clientId: '00000000-0000-0000-0000-00000000c1d0', tenantId: '00000000-0000-0000-0000-0000000000aa', siteId: '', driveId: '', libraryFolder: 'Veiligheidsplannen' };
const person = { homeAccountId: 'oid-a.tid-a', localAccountId: 'oid-a', tenantId: 'tid-a', username: 'fatima@contoso.example' };

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() { return items.size; },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => { items.delete(k); },
    setItem: (k, v) => { items.set(k, v); },
  };
}

describe('sign-out under nested app authentication (Teams, Word): MSAL\'s real nestable client', () => {
  let bridge: StandInBridge;
  beforeEach(() => { bridge = installNaaBridge(person); });
  afterEach(() => bridge.uninstall());

  const naaProvider = () => createTokenProvider({
    tenant, host: 'teams', hostReady: Promise.resolve(), loginHint: person.username, origin: 'https://app.example.org', naaSupported: async () => true,
  });

  it('the platform: the nestable client signs in through the bridge and has no clearCache (unsupported_method)', async () => {
    const { createNestablePublicClientApplication } = await import('@azure/msal-browser');
    const pca = await createNestablePublicClientApplication({ auth: { clientId: tenant.clientId } });
    expect(bridge.calls).toEqual(['GetInitContext']);
    await expect(pca.clearCache()).rejects.toMatchObject({ errorCode: 'unsupported_method' });
  });

  it('signs out without an error: the host keeps the session, so nothing unsupported is called', async () => {
    const provider = await naaProvider();
    await expect(provider.getToken(['User.Read'])).resolves.toBe('token-for-oid-a');
    expect(provider.accountId()).toBe(person.homeAccountId);
    await expect(provider.signOut()).resolves.toBeUndefined();
  });

  it('the whole sign-out with that client runs every step and reloads, with nothing to report', async () => {
    const provider = await naaProvider();
    await provider.getToken(['User.Read']);
    const done: string[] = [];
    const work: SignOutWork = {
      otherTabs: () => { done.push('otherTabs'); },
      drafts: async () => { done.push('drafts'); },
      legacyDrafts: async () => { done.push('legacyDrafts'); },
      reflections: async () => { done.push('reflections'); },
      signIn: () => provider.signOut(),
    };
    const report = memoryStorage();
    const reload = jest.fn();
    await expect(signOutOnThisDevice(work, { report, reload })).resolves.toEqual([]);
    expect(done).toEqual(['otherTabs', 'drafts', 'legacyDrafts', 'reflections']);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(takeSignOutReport(report)).toEqual([]);
  });
});

describe('signOutOnThisDevice(): always finishes', () => {
  it('runs the other steps when one fails, still reloads, and names the failed step once after the reload', async () => {
    const reload = jest.fn();
    const report = memoryStorage();
    const work: SignOutWork = {
      otherTabs: () => { throw new Error('BroadcastChannel unavailable'); },
      drafts: async () => undefined,
      legacyDrafts: async () => undefined,
      reflections: async () => { throw new Error('blocked'); },
      signIn: async () => undefined,
    };
    await expect(signOutOnThisDevice(work, { report, reload })).resolves.toEqual(['otherTabs', 'reflections']);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(takeSignOutReport(report)).toEqual(['otherTabs', 'reflections']);
    expect(takeSignOutReport(report)).toEqual([]);
  });

  it('a damaged report names nothing it does not know', () => {
    const report = memoryStorage();
    report.setItem('vp.signOut.failed', JSON.stringify(['drafts', 'evil<script>']));
    expect(takeSignOutReport(report)).toEqual(['drafts']);
  });
});

/**
 * The standard client on the plain web page. What the stand-in does is what MSAL documents:
 * - `ssoSilent` without a login hint signs in the browser's one Entra ID session without a prompt (MSAL logs "No user
 *   hint provided" and sends prompt=none; https://learn.microsoft.com/en-us/entra/identity-platform/msal-js-sso);
 * - `clearCache` clears the tokens and account from the browser cache, not the server session
 *   (https://learn.microsoft.com/en-us/entra/msal/javascript/browser/logout);
 * - `acquireTokenPopup` with `prompt: 'select_account'` shows the account picker (prompt values,
 *   https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow#request-an-authorization-code).
 */
function standardClientWithEntraSession(sessionAccount: AccountLike) {
  const calls: Array<{ method: string; request?: unknown }> = [];
  let cached: AccountLike | null = null;
  let active: AccountLike | null = null;
  const signedIn = (): TokenResultLike => {
    cached = sessionAccount;
    return { accessToken: 'tok', account: sessionAccount };
  };
  const pca: PublicClientLike = {
    getActiveAccount: () => active,
    getAllAccounts: () => (cached ? [cached] : []),
    setActiveAccount: (a) => { active = a; },
    acquireTokenSilent: async (request) => { calls.push({ method: 'acquireTokenSilent', request }); return signedIn(); },
    ssoSilent: async (request) => { calls.push({ method: 'ssoSilent', request }); return signedIn(); },
    acquireTokenPopup: async (request) => { calls.push({ method: 'acquireTokenPopup', request }); return signedIn(); },
    clearCache: async () => { calls.push({ method: 'clearCache' }); cached = null; },
  };
  return { pca, calls };
}

function memoryMark(): SignedOutMark {
  let set = false;
  return { isSet: () => set, set: (v) => { set = v; } };
}

describe('sign-out on the plain web page (standard client)', () => {
  const a = { username: 'a@contoso.example', homeAccountId: 'oid-a.tid' };

  it('the next load does not sign the last person in silently: it waits for a click and then asks who is there', async () => {
    const { pca, calls } = standardClientWithEntraSession(a);
    const mark = memoryMark();
    const first = new MsalTokenProvider(pca, null, { brokered: false, signedOut: mark, userActivation: () => false });
    await first.getToken(['User.Read']);
    await first.signOut();
    expect(calls.map((c) => c.method)).toEqual(['ssoSilent', 'clearCache']);

    // The reload: a new provider over the same browser (the mark is the profile's, the MSAL cache is cleared).
    const next = new MsalTokenProvider(pca, null, { brokered: false, signedOut: mark, userActivation: () => false });
    const refused = await next.getToken(['User.Read']).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PermissionError);
    expect((refused as PermissionError).status).toBe(401);
    expect(calls.map((c) => c.method)).toEqual(['ssoSilent', 'clearCache']);
    expect(next.accountId()).toBeNull();

    await next.signIn();
    expect(calls.at(-1)).toEqual({ method: 'acquireTokenPopup', request: { scopes: expect.any(Array), prompt: 'select_account' } });
    expect(mark.isSet()).toBe(false);
  });

  it('sets the mark before clearing, so a failed clear still stops the silent sign-in', async () => {
    const { pca } = standardClientWithEntraSession(a);
    pca.clearCache = async () => { throw new Error('storage'); };
    const mark = memoryMark();
    const provider = new MsalTokenProvider(pca, null, { brokered: false, signedOut: mark });
    await expect(provider.signOut()).rejects.toThrow('storage');
    expect(mark.isSet()).toBe(true);
    expect(pca.getActiveAccount()).toBeNull();
  });
});
