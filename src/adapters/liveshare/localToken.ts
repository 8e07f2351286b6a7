import type { ITokenProvider, ITokenResponse } from '@fluidframework/azure-client';

/**
 * Tokens for the local Fluid service only. tinylicious (which `@fluidframework/azure-local-service` runs) does not
 * verify tokens, it only reads their claims (tenant, document, scopes, user), so they are unsigned here. The user carries an empty name
 * (Azure's audience requires the field; names travel in presence, and only when shared). In Teams
 * the host signs real tokens (LiveShareHost.getFluidToken); this is never used there.
 */
const SCOPES = ['doc:read', 'doc:write', 'summary:write'];

function base64Url(value: object): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function localTokenProvider(userId: string, nowSeconds: () => number = () => Math.round(Date.now() / 1000)): ITokenProvider {
  const token = (tenantId: string, documentId: string | undefined): ITokenResponse => {
    const iat = nowSeconds();
    const claims = { documentId: documentId ?? '', scopes: SCOPES, tenantId, user: { id: userId, name: '' }, iat, exp: iat + 3600, ver: '1.0' };
    return { fromCache: false, jwt: `${base64Url({ alg: 'none', typ: 'JWT' })}.${base64Url(claims)}.` };
  };
  return {
    fetchOrdererToken: async (tenantId, documentId) => token(tenantId, documentId),
    fetchStorageToken: async (tenantId, documentId) => token(tenantId, documentId),
  };
}
