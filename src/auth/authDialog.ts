import { createStandardPublicClientApplication } from '@azure/msal-browser';
import type { AuthenticationResult } from '@azure/msal-browser';
import { loadConfig } from '../config';
import type { DialogHint, DialogReply, HintStorage } from './officeDialogClient';
import { AUTH_DIALOG_PATH, DIALOG_HINT_KEY, DIALOG_TICKET_PARAM } from './officeDialogClient';
import { CAPABILITY_ORDER, scopesFor } from './scopes';

/**
 * Entry of auth-dialog.html: the sign-in window of the fallback without NAA (officeDialogClient.ts). It signs in
 * with MSAL's redirect flow inside the window and hands the token back to the page that opened it:
 * - opened by Word (`?host=office`): `Office.context.ui.messageParent`
 *   (https://learn.microsoft.com/en-us/office/dev/add-ins/develop/auth-with-office-dialog-api);
 * - opened by Teams (`?host=teams`): teams-js `authentication.notifySuccess` / `notifyFailure`
 *   (https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/authentication/auth-tab-aad).
 * Register `https://<domain>/auth-dialog.html` as a single-page application redirect URI.
 */

interface OfficeDialogChild {
  onReady(): Promise<unknown>;
  context: { ui: { messageParent(message: string): void } };
}

type Host = 'office' | 'teams';
/** The redirect comes back without our query string: the host is kept in this window's session storage. */
const HOST_KEY = 'vp.authDialog.host';

function errorCode(e: unknown): string {
  return e && typeof e === 'object' && 'errorCode' in e ? String((e as { errorCode: unknown }).errorCode) : 'sign_in_failed';
}

export function replyFor(result: AuthenticationResult): DialogReply {
  return {
    ok: true,
    accessToken: result.accessToken,
    expiresOn: result.expiresOn ? result.expiresOn.toISOString() : null,
    scopes: result.scopes,
    username: result.account?.username ?? '',
    homeAccountId: result.account?.homeAccountId ?? '',
  };
}

function currentHost(): Host {
  const fromQuery = new URLSearchParams(window.location.search).get('host');
  if (fromQuery === 'teams' || fromQuery === 'office') {
    sessionStorage.setItem(HOST_KEY, fromQuery);
    return fromQuery;
  }
  return sessionStorage.getItem(HOST_KEY) === 'teams' ? 'teams' : 'office';
}

/** Sends the reply to the opener. Side effect: closes the window (the host does, on the reply). */
async function send(host: Host, reply: DialogReply): Promise<void> {
  const text = JSON.stringify(reply);
  if (host === 'teams') {
    const { app, authentication } = await import('@microsoft/teams-js');
    await app.initialize();
    if (reply.ok) authentication.notifySuccess(text);
    else authentication.notifyFailure(text);
    return;
  }
  const office = (globalThis as unknown as { Office?: OfficeDialogChild }).Office;
  if (!office) return;
  await office.onReady();
  office.context.ui.messageParent(text);
}

export interface DialogRequest {
  scopes: string[];
  loginHint?: string;
}

/**
 * What the window asks Entra ID for (issue 25, security review finding 13). Any page can open auth-dialog.html with any
 * address, so the address is not trusted:
 * - scopes: only those of the app's own table (scopes.ts, this build) are taken, whatever else the address names; none
 *   left means the profile scope. Consent can then never be asked under the app's id for a scope the app does not use.
 * - login hint: never from the address; only the one the app left in this origin's storage under the ticket the
 *   address carries, not yet expired (officeDialogClient.ts DIALOG_HINT_KEY). It is read once and removed.
 */
export function dialogRequest(search: string, storage: HintStorage | null, now: number, allowed: readonly string[] = scopesFor(CAPABILITY_ORDER)): DialogRequest {
  const query = new URLSearchParams(search);
  const own = new Map(allowed.map((scope) => [scope.toLowerCase(), scope]));
  const asked = (query.get('scopes') ?? '').split(' ').flatMap((s) => {
    const scope = own.get(s.trim().toLowerCase());
    return scope ? [scope] : [];
  });
  const scopes = asked.length > 0 ? [...new Set(asked)] : scopesFor('profile');
  const loginHint = hintFor(query.get(DIALOG_TICKET_PARAM), storage, now);
  return loginHint ? { scopes, loginHint } : { scopes };
}

function hintFor(ticket: string | null, storage: HintStorage | null, now: number): string | null {
  if (!ticket || !storage) return null;
  let stored: Partial<DialogHint> | null = null;
  try {
    const raw = storage.getItem(DIALOG_HINT_KEY);
    // Read once: whatever it holds, it is gone after this.
    storage.removeItem(DIALOG_HINT_KEY);
    stored = JSON.parse(raw ?? 'null') as Partial<DialogHint> | null;
  } catch {
    return null;
  }
  const valid = stored !== null && stored.ticket === ticket && typeof stored.loginHint === 'string'
    && typeof stored.expiresAt === 'number' && stored.expiresAt > now;
  return valid ? (stored?.loginHint ?? null) : null;
}

function localStorageOrNull(): HintStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

async function signIn(): Promise<AuthenticationResult | null> {
  const tenant = loadConfig().tenant;
  if (!tenant) throw Object.assign(new Error('no app registration'), { errorCode: 'not_configured' });
  const pca = await createStandardPublicClientApplication({
    auth: {
      clientId: tenant.clientId,
      authority: `https://login.microsoftonline.com/${tenant.tenantId}`,
      redirectUri: `${window.location.origin}${AUTH_DIALOG_PATH}`,
    },
    cache: { cacheLocation: 'sessionStorage' },
  });
  const result = await pca.handleRedirectPromise();
  if (result) return result;
  // Navigates away; the window comes back here with the answer, and handleRedirectPromise() returns it.
  await pca.acquireTokenRedirect(dialogRequest(window.location.search, localStorageOrNull(), Date.now()));
  return null;
}

if (typeof window !== 'undefined' && window.location.pathname === AUTH_DIALOG_PATH) {
  const host = currentHost();
  signIn()
    .then((result) => (result ? send(host, replyFor(result)) : undefined))
    .catch((e: unknown) => send(host, { ok: false, errorCode: errorCode(e) }))
    .catch((e: unknown) => console.error('Sign-in window could not answer', e instanceof Error ? e.name : ''));
}
