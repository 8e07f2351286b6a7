/**
 * Sign-in for an administrator's one-off script: the OAuth 2.0 device authorization grant against the Microsoft
 * identity platform, over plain HTTP (MSAL for node is not a dependency and is not needed for two requests).
 * https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code:
 *   1. POST {authority}/{tenant}/oauth2/v2.0/devicecode (client_id, scope) answers device_code, user_code,
 *      verification_uri, expires_in, interval and a `message` to show the user;
 *   2. POST {authority}/{tenant}/oauth2/v2.0/token (grant_type=urn:ietf:params:oauth:grant-type:device_code, client_id,
 *      device_code) every `interval` seconds: `authorization_pending` means keep waiting, `slow_down` means wait longer
 *      (RFC 8628 section 3.5: 5 seconds more), `authorization_declined`, `expired_token` and `bad_verification_code` end it.
 */

export const AUTHORITY_HOST = 'https://login.microsoftonline.com';
export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

export interface DeviceCodeOptions {
  /** Tenant id or domain; `organizations` lets any work account sign in. */
  tenant: string;
  clientId: string;
  /** Resource-qualified scopes, e.g. https://graph.microsoft.com/Sites.Manage.All. */
  scopes: readonly string[];
  /** Shows the sign-in instruction (the code and the address) to the administrator. */
  show: (message: string) => void;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  authorityHost?: string;
}

/** Sign-in did not complete; the message says why in Dutch and English. */
export class DeviceCodeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'DeviceCodeError';
  }
}

interface DeviceCodeAnswer {
  device_code: string;
  user_code: string;
  verification_uri: string;
  expires_in: number;
  interval?: number;
  message?: string;
}

interface TokenAnswer {
  access_token?: string;
  error?: string;
  error_description?: string;
}

const ENDINGS: Record<string, string> = {
  authorization_declined: 'Aanmelden is geweigerd / Sign-in was declined.',
  expired_token: 'De code is verlopen; start het script opnieuw / The code expired; run the script again.',
  bad_verification_code: 'De code is niet herkend; start het script opnieuw / The code was not recognised; run the script again.',
};

async function postForm(fetchImpl: typeof fetch, url: string, form: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetchImpl(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return { status: response.status, body };
}

/** Runs the device-code flow and returns the access token. Throws DeviceCodeError when sign-in does not complete. */
export async function deviceCodeToken(options: DeviceCodeOptions): Promise<string> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const base = `${options.authorityHost ?? AUTHORITY_HOST}/${encodeURIComponent(options.tenant)}/oauth2/v2.0`;
  const start = await postForm(fetchImpl, `${base}/devicecode`, { client_id: options.clientId, scope: options.scopes.join(' ') });
  const code = start.body as unknown as Partial<DeviceCodeAnswer> & TokenAnswer;
  if (start.status !== 200 || !code.device_code) {
    throw new DeviceCodeError(code.error ?? 'devicecode_failed', `Aanmelden kon niet beginnen / Sign-in could not start: ${code.error_description ?? code.error ?? `HTTP ${start.status}`}`);
  }
  options.show(code.message ?? `Open ${code.verification_uri} en voer code ${code.user_code} in / and enter code ${code.user_code}.`);
  let interval = (code.interval ?? 5) * 1000;
  const deadline = Date.now() + (code.expires_in ?? 900) * 1000;
  for (;;) {
    await sleep(interval);
    const poll = await postForm(fetchImpl, `${base}/token`, { grant_type: DEVICE_CODE_GRANT, client_id: options.clientId, device_code: code.device_code });
    const answer = poll.body as TokenAnswer;
    if (poll.status === 200 && answer.access_token) return answer.access_token;
    if (answer.error === 'authorization_pending' && Date.now() < deadline) continue;
    if (answer.error === 'slow_down' && Date.now() < deadline) {
      interval += 5000;
      continue;
    }
    const error = answer.error === 'authorization_pending' ? 'expired_token' : (answer.error ?? 'token_failed');
    throw new DeviceCodeError(error, ENDINGS[error] ?? `Aanmelden mislukt / Sign-in failed: ${answer.error_description ?? error}`);
  }
}
