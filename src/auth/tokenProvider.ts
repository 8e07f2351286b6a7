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
  acquireTokenPopup(request: { scopes: string[]; loginHint?: string }): Promise<TokenResultLike>;
  /** Forgets the account's tokens on this device only (MSAL `clearCache`); the user stays signed in to Teams/Office. */
  clearCache(request?: { account?: AccountLike }): Promise<void>;
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

  constructor(private readonly pca: PublicClientLike, private readonly loginHint: string | null, options: Partial<TokenProviderOptions> = {}) {
    this.options = { brokered: options.brokered ?? true, userActivation: options.userActivation ?? browserUserActivation };
  }

  async getToken(scopes: string[], capability?: string): Promise<string> {
    const request = resourceScopes(scopes);
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
   * Sign-out from this app on this device: the account's cached tokens are dropped, so the next person on a shared
   * PC cannot use them. The host's own session (Teams, Office, the browser's Entra ID cookie) is not touched.
   */
  async signOut(): Promise<void> {
    const account = this.account();
    this.pending = null;
    await this.pca.clearCache(account ? { account } : undefined);
    this.pca.setActiveAccount(null);
  }

  /** The signed-in account's stable id (`homeAccountId`: object id and tenant id), or null before sign-in. */
  accountId(): string | null {
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
    const account = this.account();
    if (account) return this.pca.acquireTokenSilent({ scopes, account });
    // No cached account yet: the host (NAA) or the browser session may still sign in without a prompt.
    return this.pca.ssoSilent(this.loginHint ? { scopes, loginHint: this.loginHint } : { scopes });
  }

  private async interactive(scopes: string[], capability: string | undefined): Promise<TokenResultLike> {
    try {
      // Called synchronously up to here from signIn(): MSAL opens its window before its first await.
      return await this.pca.acquireTokenPopup(this.loginHint ? { scopes, loginHint: this.loginHint } : { scopes });
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
    if (result.account && !this.pca.getActiveAccount()) this.pca.setActiveAccount(result.account);
    return result.accessToken;
  }
}
