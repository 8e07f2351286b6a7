import { http } from 'msw';
import { setupServer } from 'msw/node';
import { createGraphAdapters } from '../../../../src/adapters/graph';
import type { GraphAdapterOptions } from '../../../../src/adapters/graph';
import type { TokenProvider } from '../../../../src/app/ports';
import { fromFetchRequest, toFetchResponse } from '../../../fakes/graph/http';
import { FakeTenant, tenantToken } from '../../../fakes/graph/tenant';
import type { FakeTenantOptions, FakeUser } from '../../../fakes/graph/tenant';

/**
 * An msw server in front of a fake tenant (tests/fakes/graph/tenant.ts): Graph and the sites' download URLs over
 * HTTP, answered for the account each request's token names. `signedIn(user)` gives the app's Graph adapters as
 * that person would have them.
 */
export const GRAPH = 'https://graph.microsoft.com/v1.0';

export function tenantServer(options: FakeTenantOptions = {}) {
  const log: Array<{ method: string; url: string }> = [];
  const tenant = new FakeTenant(options);
  const server = setupServer(
    http.all(`${GRAPH}/*`, async ({ request }) => {
      log.push({ method: request.method, url: request.url });
      return toFetchResponse(await tenant.handle(await fromFetchRequest(request)));
    }),
    http.all('https://contoso.sharepoint.com/*', ({ request }) => {
      log.push({ method: request.method, url: request.url });
      return toFetchResponse(tenant.download(request.url));
    }),
  );

  function tokensOf(user: FakeUser): TokenProvider {
    return { getToken: async (scopes: string[]) => tenantToken(user, scopes) };
  }

  function signedIn(user: FakeUser, where: Partial<GraphAdapterOptions> = {}) {
    return createGraphAdapters({
      tokens: tokensOf(user),
      tenant: { clientId: '00000000-0000-0000-0000-000000000000', tenantId: 'organizations', siteId: '', driveId: '', libraryFolder: 'Veiligheidsplannen' },
      teamSiteUrl: null,
      clock: { now: () => new Date('2026-12-04T10:00:00Z') },
      retry: { delaySeconds: 0, maxRetries: 0 },
      ...where,
    });
  }

  return { server, tenant, log, signedIn };
}
