/** @jest-environment node */
import { DeviceCodeError, deviceCodeToken } from '../../../scripts/deploy/deviceCode';

/**
 * The device-code flow as https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code documents it:
 * poll every `interval` seconds; `authorization_pending` keeps polling, `slow_down` adds 5 seconds (RFC 8628 3.5),
 * `authorization_declined`, `expired_token` and `bad_verification_code` end the flow. Token-endpoint errors answer HTTP 400.
 */

type Answer = { status: number; body: Record<string, unknown> };

function fakeFetch(tokenAnswers: Answer[]) {
  const calls: Array<{ url: string; form: Record<string, string> }> = [];
  const impl = (async (url: string, init?: RequestInit) => {
    calls.push({ url, form: Object.fromEntries(new URLSearchParams(String(init?.body))) });
    const answer: Answer = url.endsWith('/devicecode')
      ? { status: 200, body: { device_code: 'DC', user_code: 'ABCD', verification_uri: 'https://microsoft.com/devicelogin', expires_in: 900, interval: 5, message: 'open and enter ABCD' } }
      : tokenAnswers.shift() ?? { status: 400, body: { error: 'expired_token' } };
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'Content-Type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { impl, calls };
}

const pending: Answer = { status: 400, body: { error: 'authorization_pending' } };

async function run(answers: Answer[]) {
  const { impl, calls } = fakeFetch(answers);
  const waits: number[] = [];
  const shown: string[] = [];
  const result = deviceCodeToken({
    tenant: 'contoso.onmicrosoft.com', clientId: 'client-1', scopes: ['https://graph.microsoft.com/Sites.Manage.All'],
    show: (m) => shown.push(m), fetchImpl: impl, sleep: async (ms) => void waits.push(ms),
  });
  return { result, calls, waits, shown };
}

it('shows the message, polls while pending, waits 5 s longer after slow_down, and returns the token', async () => {
  const { result, calls, waits, shown } = await run([pending, { status: 400, body: { error: 'slow_down' } }, pending, { status: 200, body: { access_token: 'TOKEN' } }]);
  await expect(result).resolves.toBe('TOKEN');
  expect(shown).toEqual(['open and enter ABCD']);
  expect(waits).toEqual([5000, 5000, 10000, 10000]);
  expect(calls[0]).toEqual({ url: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/devicecode', form: { client_id: 'client-1', scope: 'https://graph.microsoft.com/Sites.Manage.All' } });
  expect(calls[1]!.form).toEqual({ grant_type: 'urn:ietf:params:oauth:grant-type:device_code', client_id: 'client-1', device_code: 'DC' });
});

it.each(['authorization_declined', 'expired_token', 'bad_verification_code'])('ends on %s with a message in Dutch and English', async (error) => {
  const { result } = await run([pending, { status: 400, body: { error } }]);
  await expect(result).rejects.toThrow(DeviceCodeError);
  await expect(result).rejects.toThrow(/ \/ /);
});
