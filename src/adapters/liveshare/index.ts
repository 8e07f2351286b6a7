/** Loaded on demand only (a meeting context or the live-session link): Live Share and Fluid stay out of the first load. */
export { liveShareSessions } from './liveShareSession';
export type { LiveShareOptions } from './liveShareSession';
export { isLoopbackEndpoint, localLiveSessions } from './local';
export type { LocalLiveOptions } from './local';
