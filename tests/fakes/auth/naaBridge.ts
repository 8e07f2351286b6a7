/**
 * A stand-in for the host's nested app authentication bridge (`window.nestedAppAuthBridge`), speaking the protocol
 * MSAL's nestable client speaks, so tests run MSAL's real `createNestablePublicClientApplication` and its real
 * NestedAppAuthController instead of a fake client.
 *
 * The protocol, as msal-browser 5.30.0 defines it (dist/naa/BridgeProxy.mjs, src/naa/BridgeProxy.ts in
 * github.com/AzureAD/microsoft-authentication-library-for-js, lib/msal-browser):
 * - MSAL calls `window.nestedAppAuthBridge.addEventListener("message", cb)` and then `postMessage(JSON string)` with
 *   `{ messageType: "NestedAppAuthRequest", method, requestId, ... }`.
 * - The host answers through that listener with a JSON string `{ messageType: "NestedAppAuthResponse", requestId,
 *   success, ... }`: `GetInitContext` answers `initContext` ({ sdkName, sdkVersion, capabilities, accountContext });
 *   `GetToken` / `GetTokenPopup` answer `token` ({ access_token, id_token, expires_in, scope }) and `account`
 *   ({ homeAccountId, environment, tenantId, username, localAccountId }); a failure answers `success: false` and
 *   `error` ({ status, code, description }, src/naa/BridgeError.ts).
 * - There is no sign-out message in the protocol: the host owns the session, and MSAL's NestedAppAuthController
 *   throws `unsupported_method` from clearCache, logoutRedirect and logoutPopup (src/controllers/NestedAppAuthController.ts).
 */
export interface NaaBridgeAccount {
  homeAccountId: string;
  localAccountId: string;
  tenantId: string;
  username: string;
}

export interface StandInBridge {
  /** Every method MSAL asked the bridge for, in order. */
  readonly calls: string[];
  /** Removes the bridge from `window`. */
  uninstall(): void;
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** An unsigned id token with the claims MSAL reads (it decodes, it does not verify, on the client). */
function idToken(account: NaaBridgeAccount): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    aud: 'client-id', iss: `https://login.microsoftonline.com/${account.tenantId}/v2.0`, iat: now, nbf: now, exp: now + 3600,
    oid: account.localAccountId, sub: account.localAccountId, tid: account.tenantId, preferred_username: account.username,
  };
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
}

export function installNaaBridge(account: NaaBridgeAccount): StandInBridge {
  const calls: string[] = [];
  let listener: ((response: string) => void) | null = null;
  const respond = (body: object) => setTimeout(() => listener?.(JSON.stringify({ messageType: 'NestedAppAuthResponse', ...body })), 0);
  const bridge = {
    addEventListener(_type: 'message', handler: (response: string) => void) {
      listener = handler;
    },
    postMessage(message: string) {
      const request = JSON.parse(message) as { method: string; requestId: string; tokenParams?: { scope?: string } };
      calls.push(request.method);
      if (request.method === 'GetInitContext') {
        respond({ requestId: request.requestId, success: true, initContext: { sdkName: 'stand-in host', sdkVersion: '1.0', capabilities: { queryAccount: false } } });
        return;
      }
      if (request.method === 'GetToken' || request.method === 'GetTokenPopup') {
        respond({
          requestId: request.requestId, success: true,
          token: { access_token: `token-for-${account.localAccountId}`, id_token: idToken(account), expires_in: 3600, scope: request.tokenParams?.scope ?? '' },
          account: { ...account, environment: 'login.microsoftonline.com' },
        });
        return;
      }
      respond({ requestId: request.requestId, success: false, error: { status: 'NESTED_APP_AUTH_UNAVAILABLE', code: 'unsupported', description: request.method } });
    },
    removeEventListener() {
      listener = null;
    },
  };
  (window as unknown as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge = bridge;
  return {
    calls,
    uninstall: () => {
      delete (window as unknown as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge;
    },
  };
}
