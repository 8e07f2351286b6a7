import { OfflineError, PermissionError } from '../domain';
import type { TokenProvider } from '../app/ports';
import { resourceScopes } from './scopes';

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
}

function errorCode(e: unknown): string {
  if (e && typeof e === 'object' && 'errorCode' in e) return String((e as { errorCode: unknown }).errorCode);
  return '';
}

const NETWORK_CODES = new Set(['no_network_connectivity', 'network_error', 'endpoints_resolution_error']);

/**
 * Silent first (the cached or brokered token), interactive only when silent fails: in Teams and Word the
 * host brokers SSO through NAA, so the popup is rare (first consent, MFA step-up, expired session).
 */
export class MsalTokenProvider implements TokenProvider {
  constructor(private readonly pca: PublicClientLike, private readonly loginHint: string | null) {}

  async getToken(scopes: string[]): Promise<string> {
    const request = resourceScopes(scopes);
    try {
      return this.remember(await this.silent(request));
    } catch (silentError) {
      if (NETWORK_CODES.has(errorCode(silentError))) throw new OfflineError();
      return this.remember(await this.interactive(request));
    }
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

  private async interactive(scopes: string[]): Promise<TokenResultLike> {
    try {
      return await this.pca.acquireTokenPopup(this.loginHint ? { scopes, loginHint: this.loginHint } : { scopes });
    } catch (e) {
      const code = errorCode(e);
      if (NETWORK_CODES.has(code)) throw new OfflineError();
      // A closed or blocked popup, refused consent, or any other sign-in failure: not signed in for this call.
      throw new PermissionError(401);
    }
  }

  private remember(result: TokenResultLike): string {
    if (result.account && !this.pca.getActiveAccount()) this.pca.setActiveAccount(result.account);
    return result.accessToken;
  }
}
