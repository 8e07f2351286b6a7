import type {
  ControlAppearance, HeadingStyle, WordBody, WordContentControl, WordContentControlCollection, WordContext, WordFont,
  WordParagraph, WordRunner, WordTable, WordTableCell, WordTableCollection, WordTableRow,
} from '../../../../src/adapters/word/wordApi';
import { CellNode, Container, ControlNode, ParagraphNode, RowNode, TableNode, cloneNode, controlsIn } from './fakeWordNodes';
import { WEB_DEFAULT_PLACEHOLDER, insertAfterClearedTable, placeholderRefused } from './fakeWordWeb';
import type { FakeOfficeError, WordPlatform } from './fakeWordWeb';

/**
 * A small fake of exactly the Word API surface the adapter uses (office-addin-mock cannot do collections; see
 * TOOLCHAIN.md). It really stores the document: paragraphs, tables with rows and cells, content controls nesting
 * their content. Like the real API it counts `sync()` calls and refuses to read a property that was not loaded
 * and synced. Calls run at once rather than at sync; the adapter never reads back what it wrote in one batch,
 * so the difference does not show. `new FakeWordDocument('web')` also follows Word on the web where it differs
 * (fakeWordWeb.ts, each rule with its source).
 */

export { CellNode, Container, ControlNode, ParagraphNode, RowNode, TableNode } from './fakeWordNodes';
export type { Node } from './fakeWordNodes';

/** The document and the counters the tests read. */
export class FakeWordDocument {
  readonly body = new Container('body');
  syncs = 0;
  runs = 0;
  /** Syncs that rejected (web mode). */
  failedSyncs = 0;

  constructor(readonly platform: WordPlatform = 'desktop') {}

  /** A control as Word makes it: on the web it starts with Word's default placeholder (office-js #1515). */
  newControl(parent: Container): ControlNode {
    const control = new ControlNode(parent);
    if (this.platform === 'web') control.placeholderText = WEB_DEFAULT_PLACEHOLDER;
    return control;
  }

  /** `Word.run` over this document. */
  readonly run: WordRunner = async (batch) => {
    this.runs += 1;
    return batch(new FakeContext(this));
  };

  controls(): ControlNode[] {
    return controlsIn(this.body);
  }

  controlsTagged(tag: string): ControlNode[] {
    return this.controls().filter((c) => c.tag === tag);
  }

  /** Everything a reader sees that is not inside any content control, in document order. */
  textOutsideControls(container: Container = this.body): string[] {
    return container.children.flatMap((node) => {
      if (node instanceof ParagraphNode) return [node.text];
      if (node instanceof TableNode) return node.rows.flatMap((r) => r.cells.flatMap((c) => this.textOutsideControls(c.body)));
      return [];
    });
  }

  /** A user typing a paragraph of their own at the end of the document. */
  typeParagraph(text: string): void {
    this.body.children.push(new ParagraphNode(text, this.body));
  }

  /** A user deleting a control together with its content. */
  deleteControl(control: ControlNode): void {
    control.parent.remove(control);
  }

  /** A user copying a control and pasting it right after the original (same tag, same content). */
  duplicateControl(control: ControlNode): ControlNode {
    const copy = new ControlNode(control.parent);
    copy.tag = control.tag;
    copy.title = control.title;
    copy.placeholderText = control.placeholderText;
    copy.setText(control.content.text().replace(/\r/g, '\n'));
    const siblings = control.parent.children;
    siblings.splice(siblings.indexOf(control) + 1, 0, copy);
    return copy;
  }

  /**
   * A user copying the table row that holds this control and pasting it right below: Word copies the row's
   * controls with their tags and texts, so the copy carries the same tags as the original.
   */
  copyRow(control: ControlNode): RowNode {
    let container: Container = control.parent;
    while (!(container.owner instanceof CellNode)) {
      if (!(container.owner instanceof ControlNode)) throw new Error('the control is not in a table row');
      container = container.owner.parent;
    }
    const row = container.owner.row;
    const copy = new RowNode(row.table);
    copy.cells = row.cells.map((cell) => {
      const cellCopy = new CellNode(copy, '');
      cellCopy.body.children = cell.body.children.map((n) => cloneNode(n, cellCopy.body));
      return cellCopy;
    });
    row.table.rows.splice(row.table.rows.indexOf(row) + 1, 0, copy);
    return copy;
  }

  /** Every row of every table whose wrapper control has this tag. */
  tableIn(wrapperTag: string): TableNode | undefined {
    const wrapper = this.controlsTagged(wrapperTag)[0];
    return wrapper?.content.children.find((n): n is TableNode => n instanceof TableNode);
  }
}

class NotLoadedError extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read without load() and sync()`);
  }
}

/**
 * Tracks which properties of one proxy were loaded, and keeps their values as of the sync: like the real API,
 * a loaded value does not follow later changes (a table's rowCount stays what it was when loaded).
 */
abstract class Loadable {
  private requested = new Set<string>();
  private snapshot = new Map<string, unknown>();

  constructor(protected readonly ctx: FakeContext) {}

  /** The live value of a loadable property. */
  protected abstract current(name: string): unknown;

  load(propertyNames: string): this {
    for (const name of propertyNames.split(',')) this.requested.add(name.trim());
    this.ctx.pending.push(() => {
      for (const name of this.requested) this.snapshot.set(name, this.current(name));
    });
    return this;
  }

  protected loaded<T>(name: string): T {
    if (!this.snapshot.has(name)) throw new NotLoadedError(name);
    return this.snapshot.get(name) as T;
  }
}

class FontProxy implements WordFont {
  constructor(private readonly target: { font: { size: number; color: string } }) {}
  get size(): number { throw new NotLoadedError('font.size'); }
  set size(v: number) { this.target.font.size = v; }
  get color(): string { throw new NotLoadedError('font.color'); }
  set color(v: string) { this.target.font.color = v; }
}

class ParagraphProxy implements WordParagraph {
  constructor(private readonly ctx: FakeContext, private readonly node: ParagraphNode) {}
  get styleBuiltIn(): HeadingStyle { throw new NotLoadedError('styleBuiltIn'); }
  set styleBuiltIn(style: HeadingStyle) { this.node.style = style; }
  get font(): WordFont { return new FontProxy(this.node); }
  insertContentControl(): WordContentControl {
    const parent = this.node.parent;
    const control = this.ctx.doc.newControl(parent);
    parent.replace(this.node, control);
    this.node.parent = control.content;
    control.content.children = [this.node];
    return new ControlProxy(this.ctx, control);
  }
}

function insertTableInto(ctx: FakeContext, container: Container, rowCount: number, columnCount: number, values?: string[][]): TableProxy {
  const table = new TableNode(container);
  for (let r = 0; r < rowCount; r++) table.rows.push(newRow(table, columnCount, values?.[r]));
  container.children.push(table);
  return new TableProxy(ctx, table);
}

function newRow(table: TableNode, columns: number, values?: string[]): RowNode {
  const row = new RowNode(table);
  for (let c = 0; c < columns; c++) row.cells.push(new CellNode(row, values?.[c] ?? ''));
  return row;
}

class BodyProxy implements WordBody {
  constructor(private readonly ctx: FakeContext, private readonly container: Container) {}
  insertParagraph(text: string, location: 'End'): WordParagraph {
    if (location !== 'End') throw new Error('fake supports End only');
    this.ctx.checkInsert(this.container, 'Body.insertParagraph');
    const p = new ParagraphNode(text, this.container);
    this.container.children.push(p);
    return new ParagraphProxy(this.ctx, p);
  }
  insertTable(rowCount: number, columnCount: number, _location: 'End', values?: string[][]): WordTable {
    this.ctx.checkInsert(this.container, 'Body.insertTable');
    return insertTableInto(this.ctx, this.container, rowCount, columnCount, values);
  }
  insertContentControl(): WordContentControl {
    this.ctx.checkInsert(this.container, 'Body.insertContentControl');
    const control = this.ctx.doc.newControl(this.container);
    control.content.children = this.container.children.map((n) => {
      n.parent = control.content;
      return n;
    });
    this.container.children = [control];
    return new ControlProxy(this.ctx, control);
  }
}

class RowProxy implements WordTableRow {
  constructor(private readonly node: RowNode) {}
  delete(): void {
    this.node.table.rows = this.node.table.rows.filter((r) => r !== this.node);
  }
}

class CellProxy implements WordTableCell {
  constructor(private readonly ctx: FakeContext, private readonly node: CellNode | null) {}
  get body(): WordBody {
    if (!this.node) throw new Error('ItemNotFound: the control is not in a table cell');
    return new BodyProxy(this.ctx, this.node.body);
  }
  get parentRow(): WordTableRow {
    if (!this.node) throw new Error('ItemNotFound: the control is not in a table cell');
    return new RowProxy(this.node.row);
  }
}

class TableProxy extends Loadable implements WordTable {
  constructor(ctx: FakeContext, private readonly node: TableNode | null) {
    super(ctx);
  }
  private get table(): TableNode {
    if (!this.node) throw new Error('ItemNotFound: null table');
    return this.node;
  }
  protected current(name: string): unknown {
    if (name === 'isNullObject') return this.node === null;
    if (name === 'rowCount') return this.node?.rows.length;
    if (name === 'headerRowCount') return this.node?.headerRowCount;
    throw new Error(`fake table cannot load ${name}`);
  }
  get rowCount(): number { return this.loaded('rowCount'); }
  set rowCount(_v: number) { throw new Error('rowCount is read-only'); }
  get headerRowCount(): number { return this.loaded('headerRowCount'); }
  set headerRowCount(v: number) { this.table.headerRowCount = v; }
  get isNullObject(): boolean { return this.loaded('isNullObject'); }
  set isNullObject(_v: boolean) { throw new Error('read-only'); }
  getCell(rowIndex: number, cellIndex: number): WordTableCell {
    const cell = this.table.rows[rowIndex]?.cells[cellIndex];
    if (!cell) throw new Error(`ItemNotFound: cell ${rowIndex},${cellIndex}`);
    return new CellProxy(this.ctx, cell);
  }
  addRows(_location: 'End', rowCount: number, values?: string[][]): unknown {
    const columns = this.table.rows[0]?.cells.length ?? 1;
    for (let r = 0; r < rowCount; r++) this.table.rows.push(newRow(this.table, columns, values?.[r]));
    return undefined;
  }
  insertContentControl(): WordContentControl {
    const parent = this.table.parent;
    const control = this.ctx.doc.newControl(parent);
    parent.replace(this.table, control);
    this.table.parent = control.content;
    control.content.children = [this.table];
    return new ControlProxy(this.ctx, control);
  }
}

class ControlProxy extends Loadable implements WordContentControl {
  constructor(ctx: FakeContext, readonly node: ControlNode | null) {
    super(ctx);
  }
  private get control(): ControlNode {
    if (!this.node) throw new Error('ItemNotFound: null content control');
    return this.node;
  }
  protected current(name: string): unknown {
    if (name === 'isNullObject') return this.node === null;
    if (!this.node) return undefined;
    const node = this.node;
    const values: Record<string, () => unknown> = {
      tag: () => node.tag, title: () => node.title, placeholderText: () => node.placeholderText,
      appearance: () => node.appearance, text: () => node.text,
    };
    const read = values[name];
    if (!read) throw new Error(`fake control cannot load ${name}`);
    return read();
  }
  get tag(): string { return this.loaded('tag'); }
  set tag(v: string) { this.control.tag = v; }
  get title(): string { return this.loaded('title'); }
  set title(v: string) { this.control.title = v; }
  get placeholderText(): string { return this.loaded('placeholderText'); }
  set placeholderText(v: string) {
    if (this.ctx.doc.platform === 'web') this.ctx.fail(placeholderRefused());
    else this.control.placeholderText = v;
  }
  get appearance(): ControlAppearance { return this.loaded('appearance'); }
  set appearance(v: ControlAppearance) { this.control.appearance = v; }
  get text(): string { return this.loaded('text'); }
  set text(_v: string) { throw new Error('text is read-only; use insertText'); }
  get isNullObject(): boolean { return this.loaded('isNullObject'); }
  set isNullObject(_v: boolean) { throw new Error('read-only'); }
  get font(): WordFont { return new FontProxy(this.control); }
  get tables(): WordTableCollection {
    const table = this.node?.content.children.find((n): n is TableNode => n instanceof TableNode) ?? null;
    return { getFirstOrNullObject: () => new TableProxy(this.ctx, table) };
  }
  get parentTableCell(): WordTableCell {
    let container: Container | null = this.control.parent;
    while (container && !(container.owner instanceof CellNode)) {
      container = container.owner instanceof ControlNode ? container.owner.parent : null;
    }
    return new CellProxy(this.ctx, container && container.owner instanceof CellNode ? container.owner : null);
  }
  insertText(text: string, location: 'Replace'): unknown {
    if (location !== 'Replace') throw new Error('fake supports Replace only');
    this.ctx.checkInsert(this.control.content, 'ContentControl.insertText');
    this.control.setText(text);
    return undefined;
  }
  insertParagraph(text: string, location: 'End' | 'Before'): WordParagraph {
    if (location === 'End') return new BodyProxy(this.ctx, this.control.content).insertParagraph(text, location);
    const parent = this.control.parent;
    const p = new ParagraphNode(text, parent);
    parent.children.splice(parent.children.indexOf(this.control), 0, p);
    return new ParagraphProxy(this.ctx, p);
  }
  insertTable(rowCount: number, columnCount: number, _location: 'End', values?: string[][]): WordTable {
    this.ctx.checkInsert(this.control.content, 'ContentControl.insertTable');
    return insertTableInto(this.ctx, this.control.content, rowCount, columnCount, values);
  }
  clear(): void {
    if (this.ctx.doc.platform === 'web' && this.control.holdsTable()) this.control.clearedWithTable = true;
    this.control.content.children = [new ParagraphNode('', this.control.content)];
  }
  delete(keepContent: boolean): void {
    const control = this.control;
    const siblings = control.parent.children;
    const at = siblings.indexOf(control);
    if (at < 0) throw new Error('ItemNotFound: the control is no longer in the document');
    const kept = keepContent ? control.content.children : [];
    for (const node of kept) node.parent = control.parent;
    siblings.splice(at, 1, ...kept);
  }
}

class ControlCollectionProxy extends Loadable implements WordContentControlCollection {
  private loadedItems: ControlProxy[] | null = null;

  constructor(ctx: FakeContext, private readonly select: () => ControlNode[]) {
    super(ctx);
  }

  override load(propertyNames: string): this {
    const names = propertyNames.split(',').map((n) => n.trim().replace(/^items\//, ''));
    this.ctx.pending.push(() => {
      this.loadedItems = this.select().map((node) => {
        const proxy = new ControlProxy(this.ctx, node);
        proxy.load(names.join(','));
        return proxy;
      });
    });
    return this;
  }

  protected current(name: string): unknown {
    throw new Error(`fake collection loads items only, not ${name}`);
  }

  get items(): WordContentControl[] {
    if (!this.loadedItems) throw new NotLoadedError('items');
    return this.loadedItems;
  }

  getByTag(tag: string): WordContentControlCollection {
    return new ControlCollectionProxy(this.ctx, () => this.select().filter((c) => c.tag === tag));
  }

  getFirstOrNullObject(): WordContentControl {
    return new ControlProxy(this.ctx, this.select()[0] ?? null);
  }
}

class FakeContext implements WordContext {
  /** Loads queued since the last sync; sync makes them readable. */
  pending: Array<() => void> = [];
  /** The first statement Word refused since the last sync: that sync rejects with it. */
  private failure: FakeOfficeError | null = null;
  readonly document: WordContext['document'];

  constructor(readonly doc: FakeWordDocument) {
    this.document = {
      body: new BodyProxy(this, doc.body),
      contentControls: new ControlCollectionProxy(this, () => doc.controls()),
    };
  }

  /** Queues a refused statement: the next sync rejects (with the first one), as office-js does. */
  fail(error: FakeOfficeError): void {
    this.failure ??= error;
  }

  /** Web: an insert into a control cleared of its table is refused (fakeWordWeb.ts, office-js #6330). */
  checkInsert(container: Container, location: string): void {
    if (container.owner instanceof ControlNode && container.owner.clearedWithTable) this.fail(insertAfterClearedTable(location));
  }

  async sync(): Promise<void> {
    this.doc.syncs += 1;
    const failure = this.failure;
    if (failure) {
      this.failure = null;
      this.pending = [];
      this.doc.failedSyncs += 1;
      throw failure;
    }
    // Loads queued by the loads themselves (a collection's items) run in the same sync.
    while (this.pending.length > 0) this.pending.splice(0).forEach((fulfil) => fulfil());
  }
}
