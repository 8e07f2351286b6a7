/**
 * @jest-environment node
 */
import type { Configuration, IPublicClientApplication } from '@azure/msal-browser';
import { createPublicClient } from '../../../src/auth/createPublicClient';
import { OfficeDialogClient, TeamsDialogClient } from '../../../src/auth/officeDialogClient';
import type { DialogLike, DialogReply, OfficeDialogApi } from '../../../src/auth/officeDialogClient';
import { MsalTokenProvider } from '../../../src/auth/tokenProvider';
import { consentFor, scopesFor } from '../../../src/auth/scopes';
import { PermissionError } from '../../../src/domain';

/** A fake of Office.context.ui: records the dialog URL and lets the test answer as auth-dialog.html would. */
function fakeOffice() {
  const opened: string[] = [];
  const handlers = new Map<string, (arg: { message?: string; error?: number }) => void>();
  let closed = 0;
  const dialog: DialogLike = { addEventHandler: (type, handler) => { handlers.set(type, handler); }, close: () => { closed += 1; } };
  const office: OfficeDialogApi = {
    context: { ui: { displayDialogAsync: (url, _options, callback) => { opened.push(url); callback({ status: 'succeeded', value: dialog }); } } },
  };
  return {
    office, opened, closedCount: () => closed,
    reply: (reply: DialogReply) => handlers.get('dialogMessageReceived')?.({ message: JSON.stringify(reply) }),
    closeByUser: () => handlers.get('dialogEventReceived')?.({ error: 12006 }),
  };
}

const ok = (scopes: string[]): DialogReply => ({
  ok: true, accessToken: 'tok-dialog', expiresOn: '2030-01-01T00:00:00.000Z', scopes, username: 'fatima@contoso.nl', homeAccountId: 'h1',
});

describe('OfficeDialogClient (Word without NAA)', () => {
  // Issue 25: the login hint no longer travels in the address (tests/unit/auth/authDialog.test.ts); without storage (node) none is left.
  it('opens auth-dialog.html with the scopes and no login hint in the address, and returns the token it sends back', async () => {
    const fake = fakeOffice();
    const client = new OfficeDialogClient(fake.office, 'https://app.example.org', () => Date.parse('2026-11-24T10:00:00Z'));
    const pending = client.acquireTokenPopup({ scopes: scopesFor('calendar'), loginHint: 'fatima@contoso.nl' });
    const url = new URL(fake.opened[0]!);
    expect(url.origin + url.pathname).toBe('https://app.example.org/auth-dialog.html');
    expect(url.searchParams.get('scopes')).toBe(scopesFor('calendar').join(' '));
    expect(url.searchParams.get('loginHint')).toBeNull();
    expect(decodeURIComponent(url.search)).not.toContain('fatima');
    fake.reply(ok(['Calendars.ReadWrite', 'Calendars.Read.Shared']));
    await expect(pending).resolves.toMatchObject({ accessToken: 'tok-dialog' });
    expect(fake.closedCount()).toBe(1);
    await expect(client.acquireTokenSilent({ scopes: scopesFor('calendar') })).resolves.toMatchObject({ accessToken: 'tok-dialog' });
  });

  it('asks again (interaction) for a capability it holds no token for, or for an expiring token', async () => {
    let now = Date.parse('2029-12-31T23:00:00Z');
    const fake = fakeOffice();
    const client = new OfficeDialogClient(fake.office, 'https://a', () => now);
    const pending = client.acquireTokenPopup({ scopes: scopesFor('people') });
    fake.reply(ok(['People.Read']));
    await pending;
    await expect(client.acquireTokenSilent({ scopes: scopesFor('storage') })).rejects.toMatchObject({ errorCode: 'interaction_required' });
    now = Date.parse('2029-12-31T23:56:00Z');
    await expect(client.acquireTokenSilent({ scopes: scopesFor('people') })).rejects.toMatchObject({ errorCode: 'interaction_required' });
  });

  it('a dialog the user closes is a failed sign-in that names the permission asked for', async () => {
    const fake = fakeOffice();
    const provider = new MsalTokenProvider(new OfficeDialogClient(fake.office, 'https://a'), null, { brokered: true });
    const pending = provider.getToken(scopesFor('directory'), consentFor('directory')).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 0));
    fake.closeByUser();
    const error = await pending;
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).details.scope).toBe('directory (User.ReadBasic.All)');
  });

  it('a refused consent sent back by the dialog is a permission error', async () => {
    const fake = fakeOffice();
    const provider = new MsalTokenProvider(new OfficeDialogClient(fake.office, 'https://a'), null);
    const pending = provider.getToken(scopesFor('calendar'), consentFor('calendar')).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 0));
    fake.reply({ ok: false, errorCode: 'consent_required' });
    expect(((await pending) as PermissionError).code).toBe('GRAPH.PERMISSION');
  });
});

describe('createPublicClient() in Word without NAA', () => {
  const tenant = { clientId: '11111111-2222-3333-4444-555555555555', tenantId: 'contoso.onmicrosoft.com', siteId: '', driveId: '', libraryFolder: 'Veiligheidsplannen' };
  const factories = {
    createNestable: async (_c: Configuration) => ({}) as IPublicClientApplication,
    createStandard: async (_c: Configuration) => ({}) as IPublicClientApplication,
  };

  it('uses the Office dialog (the documented fallback for add-ins), not a browser popup', async () => {
    const client = await createPublicClient({
      tenant, host: 'word', hostReady: Promise.resolve(), loginHint: null, origin: 'https://a', naaSupported: async () => false, officeDialog: fakeOffice().office,
    }, factories);
    expect(client.kind).toBe('officeDialog');
    expect(client.pca).toBeInstanceOf(OfficeDialogClient);
  });

  it('falls back to the standard client only when office.js has no dialog API', async () => {
    const client = await createPublicClient({
      tenant, host: 'word', hostReady: Promise.resolve(), loginHint: null, origin: 'https://a', naaSupported: async () => false, officeDialog: null,
    }, factories);
    expect(client).toMatchObject({ kind: 'standard', brokered: false });
  });
});

describe('TeamsDialogClient (Teams without NAA)', () => {
  it('opens auth-dialog.html through authentication.authenticate() and takes the token from notifySuccess', async () => {
    const authenticate = jest.fn(async (_p: { url: string }) => JSON.stringify(ok(['People.Read'])));
    const client = new TeamsDialogClient({ authenticate }, 'https://app.example.org');
    await expect(client.acquireTokenPopup({ scopes: scopesFor('people') })).resolves.toMatchObject({ accessToken: 'tok-dialog' });
    const url = new URL(authenticate.mock.calls[0]![0].url);
    expect(url.pathname).toBe('/auth-dialog.html');
    expect(url.searchParams.get('host')).toBe('teams');
  });

  it('turns a window the user closed (CancelledByUser) and a failure reply into sign-in errors', async () => {
    await expect(new TeamsDialogClient({ authenticate: async () => { throw new Error('CancelledByUser'); } }, 'https://a').acquireTokenPopup({ scopes: [] }))
      .rejects.toMatchObject({ errorCode: 'user_cancelled' });
    await expect(new TeamsDialogClient({ authenticate: async () => { throw new Error(JSON.stringify({ ok: false, errorCode: 'consent_required' })); } }, 'https://a').acquireTokenPopup({ scopes: [] }))
      .rejects.toMatchObject({ errorCode: 'consent_required' });
  });
});
