import type { Configuration, IPublicClientApplication } from '@azure/msal-browser';
import type { TenantConfig } from '../config';
import type { TokenProvider } from '../app/ports';
import { MsalTokenProvider } from './tokenProvider';
import type { PublicClientLike } from './tokenProvider';

/** Where the app runs. Teams and Word broker sign-in through nested app authentication (NAA). */
export type AuthHost = 'teams' | 'word' | 'web';

export interface AuthOptions {
  tenant: TenantConfig;
  host: AuthHost;
  /**
   * Resolves once the host SDK is ready: teams-js `app.initialize()` or `Office.onReady()`.
   * NAA finds the host's bridge only after that, so MSAL must not be created before (a known pitfall:
   * created too early, MSAL silently falls back to the standard controller and opens popups inside Teams).
   */
  hostReady: Promise<unknown>;
  /** The signed-in user's UPN from the host context (Teams `user.loginHint`, Office `userProfile`). */
  loginHint: string | null;
  /** Page origin for the browser fallback's redirect bridge page (MSAL v5), e.g. https://app.example.org */
  origin: string;
}

/** The two MSAL factories; injected in tests so no browser is needed. */
export interface MsalFactories {
  createNestable(configuration: Configuration): Promise<IPublicClientApplication>;
  createStandard(configuration: Configuration): Promise<IPublicClientApplication>;
}

/** Loads MSAL only in tenant mode: local mode never downloads it. */
async function defaultFactories(): Promise<MsalFactories> {
  const msal = await import('@azure/msal-browser');
  return {
    createNestable: (c) => msal.createNestablePublicClientApplication(c),
    createStandard: (c) => msal.createStandardPublicClientApplication(c),
  };
}

export const REDIRECT_BRIDGE_PATH = '/auth-redirect.html';

export function msalConfiguration(options: Pick<AuthOptions, 'tenant' | 'origin'>): Configuration {
  return {
    auth: {
      clientId: options.tenant.clientId,
      authority: `https://login.microsoftonline.com/${options.tenant.tenantId}`,
      // Used by the browser fallback only; NAA answers through the host's broker (brk-multihub://<domain>).
      redirectUri: `${options.origin}${REDIRECT_BRIDGE_PATH}`,
    },
    // Tokens stay in this tab's session; nothing about plans is cached by MSAL.
    cache: { cacheLocation: 'sessionStorage' },
  };
}

/**
 * Creates the MSAL client for the host: nestable in Teams and Word (it falls back to the standard client
 * by itself when the host offers no NAA bridge), the standard one on the plain web page.
 * Side effect: initialises MSAL (reads its session cache).
 */
export async function createPublicClient(options: AuthOptions, factories?: MsalFactories): Promise<IPublicClientApplication> {
  await options.hostReady;
  const f = factories ?? (await defaultFactories());
  const configuration = msalConfiguration(options);
  const pca = options.host === 'web' ? await f.createStandard(configuration) : await f.createNestable(configuration);
  return pca;
}

/** The TokenProvider port for tenant mode. */
export async function createTokenProvider(options: AuthOptions, factories?: MsalFactories): Promise<TokenProvider> {
  const pca = await createPublicClient(options, factories);
  return new MsalTokenProvider(pca as unknown as PublicClientLike, options.loginHint);
}
