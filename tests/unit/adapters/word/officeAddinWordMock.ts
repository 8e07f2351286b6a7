import { OfficeMockObject } from 'office-addin-mock';
import { placeholderRefused } from './fakeWordWeb';
import type { WordPlatform } from './fakeWordWeb';

/**
 * The insert path needs no collections, so office-addin-mock can stand in for Word here (TOOLCHAIN.md): each method the
 * adapter may call is in the mock data and counts its calls; a call to anything else fails. Reading uses collections,
 * which office-addin-mock cannot do; those tests use fakeWord.ts.
 *
 * `platform: 'web'`: a sync that carries a `placeholderText` assignment rejects with NotAllowed, and the assignment is
 * undone, as on Word on the web (https://github.com/OfficeDev/office-js/issues/785, /1515; fakeWordWeb.ts).
 */
export function wordMock(platform: WordPlatform = 'desktop') {
  const calls = { cellControls: 0, tableWrappers: 0, paragraphControls: 0, paragraphs: 0, tables: 0, texts: 0, rowsAdded: 0 };
  const control = () => ({
    font: {},
    insertText() { calls.texts += 1; },
    insertParagraph() { calls.paragraphs += 1; return this.paragraph; },
    insertTable() { calls.tables += 1; return this.table; },
    paragraph: paragraphData(),
    table: tableData(),
  });
  function paragraphData(): Record<string, unknown> {
    return { font: {}, control: { font: {}, insertText() { calls.texts += 1; } }, insertContentControl() { calls.paragraphControls += 1; return this.control; } };
  }
  function tableData(): Record<string, unknown> {
    return {
      cell: { body: { control: { font: {}, insertText() { calls.texts += 1; } }, insertContentControl() { calls.cellControls += 1; return this.control; } } },
      wrapper: { font: {} },
      getCell() { return this.cell; },
      insertContentControl() { calls.tableWrappers += 1; return this.wrapper; },
    };
  }
  const data = {
    context: {
      document: {
        body: {
          paragraph: { ...paragraphData(), control: control() },
          table: tableData(),
          insertParagraph() { calls.paragraphs += 1; return this.paragraph; },
          insertTable() { calls.tables += 1; return this.table; },
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  };
  const mock = new OfficeMockObject(data);
  // Count syncs by wrapping the mock's own sync (no jest here: the bench uses this too).
  const counter = { syncs: 0 };
  const context = mock.context as { sync: () => Promise<void> };
  const sync = context.sync.bind(context);
  context.sync = () => {
    counter.syncs += 1;
    if (platform === 'web' && undoPlaceholders(mock.context) > 0) return Promise.reject(placeholderRefused());
    return sync();
  };
  return { mock, calls, counter };
}


/** Removes every `placeholderText` assigned on the mock's objects since the last sync; returns how many there were. */
function undoPlaceholders(root: unknown, seen = new Set<object>()): number {
  if (root === null || typeof root !== 'object' || seen.has(root)) return 0;
  seen.add(root);
  let count = 0;
  const record = root as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(record, 'placeholderText')) {
    delete record.placeholderText;
    count += 1;
  }
  for (const [key, value] of Object.entries(record)) if (!key.startsWith('_')) count += undoPlaceholders(value, seen);
  return count;
}
