import { createTokenProvider } from '../../../../src/auth';
import { tenantServices } from '../../../../src/hosts/shared/tenantServices';
import type { AppServices } from '../../../../src/ui/services';

jest.mock('../../../../src/auth', () => ({ createTokenProvider: jest.fn() }));
jest.mock('../../../../src/adapters/graph', () => ({
  createGraphAdapters: jest.fn(() => ({ store: { kind: 'sp' }, calendar: { kind: 'cal' }, sharing: { kind: 'share' }, people: { kind: 'people' } })),
}));

const tenant = { clientId: '11111111-2222-3333-4444-555555555555', tenantId: 'organizations', siteId: '', driveId: '', libraryFolder: 'Veiligheidsplannen' };

describe('tenantServices()', () => {
  it('signs in through the token provider\'s signIn (the refused capability, popup from the click), not with every scope', async () => {
    const provider = { getToken: jest.fn(), signIn: jest.fn(async () => undefined) };
    jest.mocked(createTokenProvider).mockResolvedValue(provider as never);
    const local = { mode: 'local', clock: { now: () => new Date() } } as unknown as AppServices;
    const services = await tenantServices({ kind: 'teams', loginHint: 'l@contoso.nl', teamSiteUrl: 'https://contoso.sharepoint.com/sites/J', hostReady: Promise.resolve() }, tenant, local);
    expect(jest.mocked(createTokenProvider).mock.calls[0]![0]).toMatchObject({ host: 'teams', loginHint: 'l@contoso.nl', tenant });
    await services.signIn?.();
    expect(provider.signIn).toHaveBeenCalledTimes(1);
    expect(provider.getToken).not.toHaveBeenCalled();
    expect(services.mode).toBe('tenant');
  });
});
