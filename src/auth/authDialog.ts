import { createStandardPublicClientApplication } from '@azure/msal-browser';
import type { AuthenticationResult } from '@azure/msal-browser';
import { loadConfig } from '../config';
import type { DialogReply } from './officeDialogClient';
import { AUTH_DIALOG_PATH } from './officeDialogClient';

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
  const query = new URLSearchParams(window.location.search);
  const scopes = (query.get('scopes') ?? '').split(' ').filter((s) => s.length > 0);
  const loginHint = query.get('loginHint');
  // Navigates away; the window comes back here with the answer, and handleRedirectPromise() returns it.
  await pca.acquireTokenRedirect(loginHint ? { scopes, loginHint } : { scopes });
  return null;
}

if (typeof window !== 'undefined' && window.location.pathname === AUTH_DIALOG_PATH) {
  const host = currentHost();
  signIn()
    .then((result) => (result ? send(host, replyFor(result)) : undefined))
    .catch((e: unknown) => send(host, { ok: false, errorCode: errorCode(e) }))
    .catch((e: unknown) => console.error('Sign-in window could not answer', e instanceof Error ? e.name : ''));
}
