import { dialogRequest } from '../../../src/auth/authDialog';
import { DIALOG_HINT_KEY, OfficeDialogClient } from '../../../src/auth/officeDialogClient';
import type { DialogLike, DialogReply, HintStorage, OfficeDialogApi } from '../../../src/auth/officeDialogClient';
import { CAPABILITY_ORDER, scopesFor } from '../../../src/auth/scopes';

/**
 * Issue 25 item 6 (security review finding 13): the sign-in window (auth-dialog.html) takes no UPN from its address,
 * and asks Entra ID only for scopes of the app's own table, whatever page opened it with whatever address.
 */

const NOW = Date.parse('2026-12-04T10:00:00Z');

function memoryStorage(): HintStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => { items.set(key, value); },
    removeItem: (key) => { items.delete(key); },
  };
}

const search = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

describe('dialogRequest() in auth-dialog.html', () => {
  it('asks only for scopes of the app\'s own table, and drops any other the address names', () => {
    const request = dialogRequest(search({ scopes: [...scopesFor('calendar'), 'https://graph.microsoft.com/Mail.ReadWrite', 'https://graph.microsoft.com/Directory.ReadWrite.All'].join(' '), host: 'office' }), null, NOW);
    expect(request.scopes).toEqual(scopesFor('calendar'));
    for (const scope of request.scopes) expect(scopesFor(CAPABILITY_ORDER)).toContain(scope);
  });

  it('asks for the profile scope alone when the address names none of the app\'s scopes', () => {
    expect(dialogRequest(search({ scopes: 'https://graph.microsoft.com/Mail.Send offline_access' }), null, NOW).scopes).toEqual(scopesFor('profile'));
    expect(dialogRequest('', null, NOW).scopes).toEqual(scopesFor('profile'));
  });

  it('takes no login hint from the address, whatever it is called', () => {
    const request = dialogRequest(search({ scopes: scopesFor('profile').join(' '), loginHint: 'victim@contoso.nl', login_hint: 'victim@contoso.nl' }), memoryStorage(), NOW);
    expect(request).toEqual({ scopes: scopesFor('profile') });
  });

  it('takes the hint the app left under the ticket, once, and not after it expired or for another ticket', () => {
    const storage = memoryStorage();
    const leave = (ticket: string, expiresAt: number) => storage.setItem(DIALOG_HINT_KEY, JSON.stringify({ ticket, loginHint: 'fatima@contoso.nl', expiresAt }));
    leave('t-1', NOW + 60_000);
    expect(dialogRequest(search({ ticket: 't-1' }), storage, NOW).loginHint).toBe('fatima@contoso.nl');
    expect(storage.items.size).toBe(0);
    expect(dialogRequest(search({ ticket: 't-1' }), storage, NOW).loginHint).toBeUndefined();
    leave('t-2', NOW + 60_000);
    expect(dialogRequest(search({ ticket: 'guessed' }), storage, NOW).loginHint).toBeUndefined();
    leave('t-3', NOW - 1);
    expect(dialogRequest(search({ ticket: 't-3' }), storage, NOW).loginHint).toBeUndefined();
  });
});

describe('the opener (DialogTokenClient) puts no UPN in the window\'s address', () => {
  function fakeOffice() {
    const opened: string[] = [];
    let answer: ((message: string) => void) | null = null;
    const dialog: DialogLike = {
      addEventHandler: (type, handler) => { if (type === 'dialogMessageReceived') answer = (message) => handler({ message }); },
      close: () => undefined,
    };
    const office: OfficeDialogApi = { context: { ui: { displayDialogAsync: (url, _o, callback) => { opened.push(url); callback({ status: 'succeeded', value: dialog }); } } } };
    return { office, opened, reply: (reply: DialogReply) => answer?.(JSON.stringify(reply)) };
  }

  it('leaves the hint under a random ticket for the window, which reads it, and nothing of it stays afterwards', async () => {
    const storage = memoryStorage();
    const fake = fakeOffice();
    const client = new OfficeDialogClient(fake.office, 'https://app.example.org', () => NOW, storage);
    const pending = client.acquireTokenPopup({ scopes: scopesFor('storage'), loginHint: 'fatima@contoso.nl' });
    const address = fake.opened[0]!;
    expect(decodeURIComponent(address)).not.toContain('fatima');
    expect(address).not.toMatch(/loginHint|login_hint/i);
    // The window, opened at that address in this origin, finds the hint.
    expect(dialogRequest(new URL(address).search, storage, NOW)).toEqual({ scopes: scopesFor('storage'), loginHint: 'fatima@contoso.nl' });
    fake.reply({ ok: true, accessToken: 'tok', expiresOn: null, scopes: [], username: 'fatima@contoso.nl', homeAccountId: 'h' });
    await pending;
    expect(storage.items.size).toBe(0);
  });

  it('removes the hint also when the window answers with a failure before reading it', async () => {
    const storage = memoryStorage();
    const fake = fakeOffice();
    const client = new OfficeDialogClient(fake.office, 'https://a', () => NOW, storage);
    const pending = client.acquireTokenPopup({ scopes: scopesFor('profile'), loginHint: 'fatima@contoso.nl' });
    expect(storage.items.size).toBe(1);
    fake.reply({ ok: false, errorCode: 'user_cancelled' });
    await expect(pending).rejects.toMatchObject({ errorCode: 'user_cancelled' });
    expect(storage.items.size).toBe(0);
  });
});
