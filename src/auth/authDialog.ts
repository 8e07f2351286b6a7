import { createStandardPublicClientApplication } from '@azure/msal-browser';
import type { AuthenticationResult } from '@azure/msal-browser';
import { loadConfig } from '../config';
import type { DialogReply } from './officeDialogClient';
import { AUTH_DIALOG_PATH } from './officeDialogClient';

/**
 * Entry of auth-dialog.html: the Office dialog of Word's sign-in fallback (officeDialogClient.ts). It signs in with
 * MSAL's redirect flow inside the dialog and sends the token to the task pane with `messageParent`, as documented in
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/auth-with-office-dialog-api. Register
 * `https://<domain>/auth-dialog.html` as a single-page application redirect URI.
 */

interface OfficeDialogChild {
  onReady(): Promise<unknown>;
  context: { ui: { messageParent(message: string): void } };
}

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

async function run(office: OfficeDialogChild): Promise<void> {
  await office.onReady();
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
  if (result) {
    office.context.ui.messageParent(JSON.stringify(replyFor(result)));
    return;
  }
  const query = new URLSearchParams(window.location.search);
  const scopes = (query.get('scopes') ?? '').split(' ').filter((s) => s.length > 0);
  const loginHint = query.get('loginHint');
  await pca.acquireTokenRedirect(loginHint ? { scopes, loginHint } : { scopes });
}

const office = (globalThis as unknown as { Office?: OfficeDialogChild }).Office;
if (office) {
  run(office).catch((e: unknown) => {
    const reply: DialogReply = { ok: false, errorCode: errorCode(e) };
    office.context.ui.messageParent(JSON.stringify(reply));
  });
}
