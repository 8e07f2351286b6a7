import type { Configuration, IPublicClientApplication } from '@azure/msal-browser';
import type { TenantConfig } from '../config';
import type { AuthHost } from './authHost';
import { defaultNaaCheck } from './naaSupport';
import type { NaaCheck } from './naaSupport';
import { OfficeDialogClient, TeamsDialogClient, officeDialogApi } from './officeDialogClient';
import type { OfficeDialogApi, TeamsAuthenticationLike } from './officeDialogClient';
import { MsalTokenProvider, localSignedOutMark } from './tokenProvider';
import type { PublicClientLike } from './tokenProvider';

export type { AuthHost } from './authHost';

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
  /** Whether the host offers NAA; by default the documented check for the host (naaSupport.ts). */
  naaSupported?: NaaCheck;
  /** Office's dialog API for Word's fallback; by default the global `Office` (tests pass a fake). */
  officeDialog?: OfficeDialogApi | null;
  /** teams-js `authentication` for Teams' fallback; by default teams-js itself (tests pass a fake). */
  teamsAuthentication?: TeamsAuthenticationLike;
}

/** The sign-in client and how it signs in. */
export interface PublicClient {
  pca: PublicClientLike;
  /**
   * True when an interactive call needs no click of its own: NAA (the host shows its dialogs) or Word's Office
   * dialog (Office asks before it opens). False: the standard client's browser popup and Teams' authentication
   * window, which must open from a user action.
   */
  brokered: boolean;
  kind: 'naa' | 'officeDialog' | 'teamsDialog' | 'standard';
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

export function msalConfiguration(options: Pick<AuthOptions, 'tenant' | 'origin'>, nested = false): Configuration {
  return {
    auth: {
      clientId: options.tenant.clientId,
      authority: `https://login.microsoftonline.com/${options.tenant.tenantId}`,
      // Used by the browser fallback only; NAA answers through the host's broker (brk-multihub://<domain>).
      redirectUri: `${options.origin}${REDIRECT_BRIDGE_PATH}`,
    },
    // Tokens stay in this tab's session; nothing about plans is cached by MSAL. Under NAA the host holds the session and
    // hands out tokens silently, so MSAL's copy stays in memory: a reload (sign-out's last step) forgets it, since the
    // nestable client has no clearCache.
    cache: { cacheLocation: nested ? 'memoryStorage' : 'sessionStorage' },
  };
}

/**
 * Creates the sign-in client for the host: MSAL's nestable one (NAA) in Teams and Word when the host says it offers
 * NAA; else the host's own sign-in window, Microsoft's documented fallback (Word: the Office dialog API, where browser
 * popups do not work; Teams: `authentication.authenticate()`); on the plain web page MSAL's standard client, whose
 * popups open from a click. Side effect: initialises MSAL (reads its cache).
 */
export async function createPublicClient(options: AuthOptions, factories?: MsalFactories): Promise<PublicClient> {
  await options.hostReady;
  const naa = options.host !== 'web' && (await (options.naaSupported ?? defaultNaaCheck(options.host))());
  if (!naa && options.host === 'word') {
    const dialog = options.officeDialog === undefined ? officeDialogApi() : options.officeDialog;
    if (dialog) return { pca: new OfficeDialogClient(dialog, options.origin), brokered: true, kind: 'officeDialog' };
  }
  if (!naa && options.host === 'teams') {
    const authentication = options.teamsAuthentication ?? (await import(/* webpackChunkName: "teams-js" */ '@microsoft/teams-js')).authentication;
    // Teams opens its authentication window as a popup of the client: it must come from a user action, like a browser popup.
    return { pca: new TeamsDialogClient(authentication, options.origin), brokered: false, kind: 'teamsDialog' };
  }
  const f = factories ?? (await defaultFactories());
  const pca = naa ? await f.createNestable(msalConfiguration(options, true)) : await f.createStandard(msalConfiguration(options));
  return { pca: pca as unknown as PublicClientLike, brokered: naa, kind: naa ? 'naa' : 'standard' };
}

/** The TokenProvider port for tenant mode, with `signIn()` for the "Sign in" button. */
export async function createTokenProvider(options: AuthOptions, factories?: MsalFactories): Promise<MsalTokenProvider> {
  const { pca, brokered, kind } = await createPublicClient(options, factories);
  return new MsalTokenProvider(pca, options.loginHint, {
    brokered,
    hostSession: kind === 'naa',
    // Only the plain web page decides who is signed in by itself; in Teams and Word the host's sign-in does.
    signedOut: options.host === 'web' ? localSignedOutMark() : undefined,
  });
}
