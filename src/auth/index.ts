export { createPublicClient, createTokenProvider, msalConfiguration, REDIRECT_BRIDGE_PATH } from './createPublicClient';
export type { AuthHost, AuthOptions, MsalFactories, PublicClient } from './createPublicClient';
export { MsalTokenProvider } from './tokenProvider';
export type { PublicClientLike, TokenProviderOptions } from './tokenProvider';
export { CAPABILITIES, CAPABILITY_ORDER, CAPABILITY_SCOPES, GRAPH_RESOURCE, allScopes, capabilityTable, consentFor, resourceScopes, scopesFor, shortScope } from './scopes';
export type { Capability, CapabilityInfo } from './scopes';
export { defaultNaaCheck, officeSupportsNaa, teamsRecommendsNaa } from './naaSupport';
export type { NaaCheck } from './naaSupport';
