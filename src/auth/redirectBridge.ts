import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

/**
 * Entry of auth-redirect.html, the browser fallback's redirect page (MSAL v5 needs it for popups).
 * It hands the sign-in response back to the app window and renders nothing. Serve it without a
 * Cross-Origin-Opener-Policy header, or the popup cannot reach the app.
 */
broadcastResponseToMainFrame().catch((e: unknown) => {
  console.error('Sign-in response could not be passed on', e instanceof Error ? e.name : '');
});
