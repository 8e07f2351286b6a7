/**
 * The part of the Word JavaScript API (office-js) this adapter uses, and nothing more. The real `Word.RequestContext`
 * fits these types (checked in index.ts, where `Word.run` is handed in); the tests' fake implements exactly them.
 * Every call below is in requirement set WordApi 1.3 or older (see docs/word.md).
 */

export type ControlAppearance = Word.ContentControlAppearance | 'BoundingBox' | 'Tags' | 'Hidden';
/** Word's own union of built-in style names ('Title', 'Heading1', 'Normal', ...). */
export type HeadingStyle = Word.Paragraph['styleBuiltIn'];

export interface WordFont {
  size: number;
  color: string;
}

export interface WordParagraph {
  styleBuiltIn: HeadingStyle;
  readonly font: WordFont;
  /** WordApi 1.1. Wraps the paragraph in a rich-text control. */
  insertContentControl(): WordContentControl;
}

export interface WordBody {
  insertParagraph(text: string, location: 'End'): WordParagraph;
  /** WordApi 1.3. */
  insertTable(rowCount: number, columnCount: number, location: 'End', values?: string[][]): WordTable;
  /** WordApi 1.1. Wraps the body's content (here: an empty table cell) in a control. */
  insertContentControl(): WordContentControl;
}

export interface WordTableCell {
  readonly body: WordBody;
  /** WordApi 1.3. */
  readonly parentRow: WordTableRow;
}

export interface WordTableRow {
  /** WordApi 1.3. */
  delete(): void;
}

export interface WordTable {
  rowCount: number;
  headerRowCount: number;
  isNullObject: boolean;
  /** WordApi 1.3. Cells of rows added in the same batch can be reached: the host runs queued calls in order. */
  getCell(rowIndex: number, cellIndex: number): WordTableCell;
  addRows(location: 'End', rowCount: number, values?: string[][]): unknown;
  insertContentControl(): WordContentControl;
  load(propertyNames: string): unknown;
}

export interface WordTableCollection {
  getFirstOrNullObject(): WordTable;
}

export interface WordContentControl {
  tag: string;
  title: string;
  placeholderText: string;
  appearance: ControlAppearance;
  text: string;
  isNullObject: boolean;
  readonly font: WordFont;
  readonly tables: WordTableCollection;
  /** WordApi 1.3. */
  readonly parentTableCell: WordTableCell;
  insertText(text: string, location: 'Replace'): unknown;
  /** WordApi 1.1. 'Before' puts the paragraph outside the control, just above it (where a rebuilt region goes). */
  insertParagraph(text: string, location: 'End' | 'Before'): WordParagraph;
  insertTable(rowCount: number, columnCount: number, location: 'End', values?: string[][]): WordTable;
  clear(): void;
  /** WordApi 1.1. `false`: the control goes together with its content (tables and nested controls included). */
  delete(keepContent: boolean): void;
}

export interface WordContentControlCollection {
  readonly items: WordContentControl[];
  load(propertyNames: string): unknown;
  getByTag(tag: string): WordContentControlCollection;
  getFirstOrNullObject(): WordContentControl;
}

export interface WordContext {
  readonly document: {
    readonly body: WordBody;
    readonly contentControls: WordContentControlCollection;
  };
  sync(): Promise<unknown>;
}

/** `Word.run`, or the tests' fake of it: one batch per user action. */
export type WordRunner = <T>(batch: (context: WordContext) => Promise<T>) => Promise<T>;
