export { createPublicClient, createTokenProvider, msalConfiguration, REDIRECT_BRIDGE_PATH } from './createPublicClient';
export type { AuthHost, AuthOptions, MsalFactories } from './createPublicClient';
export { MsalTokenProvider } from './tokenProvider';
export type { PublicClientLike } from './tokenProvider';
export { CAPABILITY_SCOPES, GRAPH_SCOPES, GRAPH_RESOURCE, consentFor, resourceScopes } from './scopes';
export type { Capability } from './scopes';
