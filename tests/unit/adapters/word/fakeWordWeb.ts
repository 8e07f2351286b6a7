/**
 * How Word on the web differs from Word on the desktop, where the adapter meets it: the rules the typed fake follows
 * in its `web` mode. Each rule cites the office-js issue that reports it. Like office-js, a refused statement does
 * not throw where it is queued: the `sync()` that carries it rejects with an `OfficeExtension.Error`-shaped error.
 * (Word also skips the statements queued after the refused one; this fake applies them, so tests check the
 * rejection, not the half-written document.)
 */

export type WordPlatform = 'desktop' | 'web';

/** The shape of office-js's `OfficeExtension.Error` that callers see: a `code` and `debugInfo.errorLocation`. */
export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation: string };

  constructor(readonly code: 'NotAllowed' | 'GeneralException', message: string, errorLocation: string) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

/**
 * Setting `ContentControl.placeholderText` is refused on the web, by design ("The content control placeholder cannot
 * be changed from JS APIs"): https://github.com/OfficeDev/office-js/issues/785 (NotAllowed, "The action isn't
 * supported by Word in a browser"), documented after https://github.com/OfficeDev/office-js/issues/1515.
 */
export function placeholderRefused(): FakeOfficeError {
  return new FakeOfficeError('NotAllowed', 'The action isn’t supported by Word in a browser. Check the OfficeExtension.Error.debugInfo for more information.', 'ContentControl.placeholderText');
}

/**
 * What an empty control shows on the web when no placeholder could be set: Word's own default text, in the words of
 * https://github.com/OfficeDev/office-js/issues/1515 ("default placeholder text **Click here to enter text** appears").
 */
export const WEB_DEFAULT_PLACEHOLDER = 'Click here to enter text';

/**
 * After `clear()` (or `getRange("Content").delete()`) on a control that holds a table, inserting anything into that
 * control throws GeneralException on the web ("can't access property "setValue", Qm.currentNode is null"):
 * https://github.com/OfficeDev/office-js/issues/6330. The steps sync between clear and insert; the fake
 * refuses the insert whether or not a sync came between (the issue gives no reason to expect one batch to behave better).
 */
export function insertAfterClearedTable(location: string): FakeOfficeError {
  return new FakeOfficeError('GeneralException', 'GeneralException: can\'t access property "setValue", Qm.currentNode is null', location);
}
