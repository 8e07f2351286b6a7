import { z } from 'zod';

/**
 * Zod's object parser compiles itself with `new Function` when it may, and probes for that with a caught
 * `new Function("")`. Under the app's Content-Security-Policy (script-src without 'unsafe-eval', hosting/headers.json)
 * the browser blocks the probe and reports it as a CSP violation, on every page that parses a plan, even though zod
 * catches the error. Jitless parsing never probes; a plan is small, so the interpreted parser costs nothing noticeable.
 * Side effect: sets zod's global config. Imported first by plan.ts, before any schema is built (zod reads the setting
 * when an object schema is created).
 */
z.config({ jitless: true });
