import type { WordContentControl, WordContext } from './wordApi';

/**
 * The help texts shown in empty controls (`placeholderText`), set in a batch of their own after the content was written.
 *
 * Word on the web refuses to set `placeholderText` ("NotAllowed", by design:
 * https://github.com/OfficeDev/office-js/issues/785, https://github.com/OfficeDev/office-js/issues/1515), and a
 * refused statement fails the `sync()` that carries it, with every statement queued after it. Queued with the content,
 * one placeholder would abort the whole insert. Here the content has been synced already; the placeholders are a
 * nicety, so their failure is tolerated and reported as an outcome, never thrown: the document is complete either way
 * (on the web an empty control then shows Word's own "Click here to enter text", per #1515).
 */

/** `set`: Word took them; `refused`: the sync failed (Word on the web); `none`: there was nothing to set (no sync made). */
export type PlaceholderOutcome = 'set' | 'refused' | 'none';

export class Placeholders {
  private readonly queued: Array<{ control: WordContentControl; text: string }> = [];

  /** Remembers a control's help text; nothing is sent to Word until `apply`. */
  add(control: WordContentControl, text: string): void {
    if (text) this.queued.push({ control, text });
  }

  get size(): number {
    return this.queued.length;
  }

  /**
   * Sets every queued placeholder with one `sync()` (none when nothing is queued). Side effect: one round trip to Word.
   * Errors of this sync are caught on purpose (see above) and become `refused`.
   */
  async apply(context: WordContext): Promise<PlaceholderOutcome> {
    if (this.queued.length === 0) return 'none';
    for (const { control, text } of this.queued) control.placeholderText = text;
    try {
      await context.sync();
      return 'set';
    } catch {
      return 'refused';
    }
  }
}
