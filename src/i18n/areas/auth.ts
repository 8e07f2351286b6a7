import { defineMessages } from '../define';
import messages from './auth.messages.json';

/**
 * Texts of sign-in and of the host checks that run before the app. They live in JSON because taskpane.html's inline
 * guard (src/hosts/word/taskpaneHtml.js, rendered by webpack.config.js in plain JavaScript) shows one of them before
 * any bundle runs; this module types them like every other area.
 */
export const authMessages = defineMessages({
  'auth.oldWord': messages['auth.oldWord'],
  /** A closed or blocked sign-in window; {scope} is consentFor(): the capability and its exact scopes. */
  'auth.signInFailed': messages['auth.signInFailed'],
  /** A refused consent (the user's or the tenant's policy); {scope} as above. */
  'auth.consentNeeded': messages['auth.consentNeeded'],
});
