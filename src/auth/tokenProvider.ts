import { OfflineError, PermissionError } from '../domain';
import type { TokenProvider } from '../app/ports';
import { resourceScopes, scopesFor, shortScope } from './scopes';

/** The part of MSAL's IPublicClientApplication this provider uses; a fake in tests, MSAL in the app. */
export interface AccountLike {
  username: string;
  homeAccountId: string;
}

export interface TokenResultLike {
  accessToken: string;
  account: AccountLike | null;
}

export interface PublicClientLike {
  getActiveAccount(): AccountLike | null;
  getAllAccounts(): AccountLike[];
  setActiveAccount(account: AccountLike | null): void;
  acquireTokenSilent(request: { scopes: string[]; account?: AccountLike }): Promise<TokenResultLike>;
  ssoSilent(request: { scopes: string[]; loginHint?: string }): Promise<TokenResultLike>;
  /** `prompt: 'select_account'` makes Entra ID show the account picker even when one session could sign in silently. */
  acquireTokenPopup(request: { scopes: string[]; loginHint?: string; prompt?: 'select_account' }): Promise<TokenResultLike>;
  /**
   * Forgets the account's tokens on this device only (MSAL `clearCache`). Not supported by MSAL's nestable client:
   * NestedAppAuthController.clearCache throws `unsupported_method` (msal-browser src/controllers/NestedAppAuthController.ts).
   */
  clearCache(request?: { account?: AccountLike }): Promise<void>;
}

/**
 * A mark, kept across loads and tabs of this browser profile, that the user signed out of the app here. While it is
 * set, no silent sign-in runs: the next sign-in is a click, with the account picker, so the next person on a shared
 * PC is asked who they are instead of getting the last person's session from the browser's Entra ID cookie.
 */
export interface SignedOutMark {
  isSet(): boolean;
  set(value: boolean): void;
}

const SIGNED_OUT_KEY = 'vp.signedOut';

/** The mark in localStorage (shared by the profile's tabs; holds no account id). Without localStorage it lives in memory. */
export function localSignedOutMark(): SignedOutMark {
  let memory = false;
  const storage = (): Storage | null => {
    try {
      return globalThis.localStorage ?? null;
    } catch {
      return null;
    }
  };
  return {
    isSet: () => storage()?.getItem(SIGNED_OUT_KEY) === '1' || memory,
    set: (value) => {
      memory = value;
      const s = storage();
      if (!s) return;
      if (value) s.setItem(SIGNED_OUT_KEY, '1');
      else s.removeItem(SIGNED_OUT_KEY);
    },
  };
}

export interface TokenProviderOptions {
  /**
   * True when sign-in runs through the host's broker (NAA in Teams and Word): the host shows its own consent
   * dialog, so an interactive call may follow a failed silent one at any time. False for the standard MSAL
   * client (the plain web page, or a host without NAA): its popup is a browser window, which browsers block
   * unless it opens straight from a click. Then a failed silent call does not open a popup; the error asks the
   * user to click "Sign in", and `signIn()` opens the popup as the first thing it does.
   */
  brokered: boolean;
  /**
   * Whether the page has a user activation right now (navigator.userActivation.isActive). A popup opened
   * within it is allowed. Tests pass a stub.
   */
  userActivation?: () => boolean;
  /**
   * True under nested app authentication: the host (Teams, Office) holds the session and MSAL's nestable client has
   * no sign-out (clearCache, logoutPopup and logoutRedirect throw `unsupported_method`), so sign-out skips them.
   */
  hostSession?: boolean;
  /** The plain web page's "signed out here" mark (see SignedOutMark); absent where the host decides who is signed in. */
  signedOut?: SignedOutMark;
}

function signedOutError(): Error {
  return Object.assign(new Error('signed out on this device'), { errorCode: 'signed_out' });
}

function errorCode(e: unknown): string {
  if (e && typeof e === 'object' && 'errorCode' in e) return String((e as { errorCode: unknown }).errorCode);
  return '';
}

const NETWORK_CODES = new Set(['no_network_connectivity', 'network_error', 'endpoints_resolution_error']);
/** The user or the tenant refused the permission itself (as opposed to closing or blocking the window). */
const CONSENT_CODES = new Set(['consent_required', 'access_denied', 'invalid_grant', 'unauthorized_client']);

function browserUserActivation(): boolean {
  if (typeof navigator === 'undefined') return false;
  const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
  return activation?.isActive ?? false;
}

/** A human label for the scopes asked: the capability when known, and always the short scope names. */
function askedFor(scopes: readonly string[], capability: string | undefined): string {
  return capability ?? scopes.map(shortScope).join(', ');
}

/**
 * Silent first (the cached or brokered token), interactive only when silent fails: in Teams and Word the
 * host brokers SSO through NAA, so the popup is rare (first consent for a capability, MFA step-up, expired session).
 */
export class MsalTokenProvider implements TokenProvider {
  /** What the last call that needed interaction asked for: `signIn()` asks the same. */
  private pending: { scopes: string[]; capability: string | undefined } | null = null;
  private readonly options: TokenProviderOptions;
  /** Set by signOut for the rest of this page's life: a call still in flight must not cache the account again. */
  private signedOutHere = false;

  constructor(private readonly pca: PublicClientLike, private readonly loginHint: string | null, options: Partial<TokenProviderOptions> = {}) {
    this.options = { ...options, brokered: options.brokered ?? true, userActivation: options.userActivation ?? browserUserActivation };
  }

  async getToken(scopes: string[], capability?: string): Promise<string> {
    const request = resourceScopes(scopes);
    if (this.signedOutHere) throw new PermissionError(401, askedFor(request, capability));
    if (this.isSignedOut()) {
      // After a sign-out only the "Sign in" button signs in (signIn, with the account picker): no popup opens by itself,
      // not even within a click's activation that a reload may carry over.
      this.pending = { scopes: request, capability };
      throw new PermissionError(401, askedFor(request, capability));
    }
    try {
      return this.remember(await this.silent(request));
    } catch (silentError) {
      if (NETWORK_CODES.has(errorCode(silentError))) throw new OfflineError();
      const activation = this.options.userActivation ?? browserUserActivation;
      if (!this.options.brokered && !activation()) {
        // A browser popup now would be blocked: ask for a click instead (signIn), and remember what to ask for.
        this.pending = { scopes: request, capability };
        throw new PermissionError(401, askedFor(request, capability));
      }
      return this.remember(await this.interactive(request, capability));
    }
  }

  /**
   * The "Sign in" button. Opens the interactive sign-in at once (no awaited silent call before it, so the
   * browser still sees the click), for what the last blocked call needed, else for the profile.
   */
  async signIn(): Promise<void> {
    const { scopes, capability } = this.pending ?? { scopes: scopesFor('profile'), capability: 'profile' };
    this.remember(await this.interactive(scopes, capability));
    this.pending = null;
  }

  /**
   * Sign-out from this app on this device.
   * - Under NAA the host holds the session: nothing to clear in MSAL (its nestable client keeps tokens in memory only,
   *   msalConfiguration), and its clearCache is unsupported; the active account is dropped, the reload does the rest.
   * - Elsewhere the account's cached tokens are dropped (MSAL's documented `clearCache`,
   *   https://learn.microsoft.com/en-us/entra/msal/javascript/browser/logout), and on the web page the signed-out mark
   *   is set first, so even a failed clear never leads to a silent sign-in of the same person.
   */
  async signOut(): Promise<void> {
    const account = this.account();
    this.pending = null;
    this.signedOutHere = true;
    this.options.signedOut?.set(true);
    try {
      if (!this.options.hostSession) await this.pca.clearCache(account ? { account } : undefined);
    } finally {
      this.pca.setActiveAccount(null);
    }
  }

  /** Whether the user signed out of the app in this browser profile and has not signed in again since. */
  isSignedOut(): boolean {
    return this.options.signedOut?.isSet() ?? false;
  }

  /** The signed-in account's stable id (`homeAccountId`: object id and tenant id), or null before sign-in. */
  accountId(): string | null {
    if (this.signedOutHere) return null;
    return this.account()?.homeAccountId ?? null;
  }

  private account(): AccountLike | null {
    const active = this.pca.getActiveAccount();
    if (active) return active;
    const all = this.pca.getAllAccounts();
    const hint = this.loginHint?.toLowerCase();
    return all.find((a) => a.username.toLowerCase() === hint) ?? (all.length === 1 ? all[0]! : null);
  }

  private async silent(scopes: string[]): Promise<TokenResultLike> {
    // Signed out here: neither an account MSAL may still hold (a request that was in flight during sign-out caches it
    // again) nor ssoSilent without a hint (MSAL only logs "No user hint provided" and sends prompt=none, so the
    // browser's last Entra ID session would answer) may sign anyone in. Wait for a click instead.
    if (this.isSignedOut()) throw signedOutError();
    const account = this.account();
    if (account) return this.pca.acquireTokenSilent({ scopes, account });
    // No cached account yet: the host (NAA) or the browser session may still sign in without a prompt.
    return this.pca.ssoSilent(this.loginHint ? { scopes, loginHint: this.loginHint } : { scopes });
  }

  private async interactive(scopes: string[], capability: string | undefined): Promise<TokenResultLike> {
    try {
      // Called synchronously up to here from signIn(): MSAL opens its window before its first await.
      // After a sign-out here, ask who is there (the account picker), not for the last person's hint.
      const signedOut = this.isSignedOut();
      const request = signedOut ? { scopes, prompt: 'select_account' as const } : this.loginHint ? { scopes, loginHint: this.loginHint } : { scopes };
      const result = await this.pca.acquireTokenPopup(request);
      if (signedOut) this.options.signedOut?.set(false);
      return result;
    } catch (e) {
      const code = errorCode(e);
      if (NETWORK_CODES.has(code)) throw new OfflineError();
      // The error names what was asked, so the message can say which permission failed.
      if (CONSENT_CODES.has(code)) throw new PermissionError(403, askedFor(scopes, capability));
      // A closed or blocked popup, or any other sign-in failure: not signed in for this call.
      this.pending = { scopes, capability };
      throw new PermissionError(401, askedFor(scopes, capability));
    }
  }

  private remember(result: TokenResultLike): string {
    // A token that arrives after sign-out (a request started before it) is not used, and its account not made active.
    if (this.signedOutHere) throw new PermissionError(401, 'profile');
    if (result.account && !this.pca.getActiveAccount()) this.pca.setActiveAccount(result.account);
    return result.accessToken;
  }
}
