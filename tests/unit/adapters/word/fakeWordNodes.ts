import type { ControlAppearance, HeadingStyle } from '../../../../src/adapters/word/wordApi';

/**
 * The document model of the typed Word fake (fakeWord.ts): paragraphs, tables with rows and cells, and content
 * controls nesting their content, as Word stores them. The proxies in fakeWord.ts are the API over it.
 */

export class ParagraphNode {
  style: HeadingStyle = 'Normal';
  font = { size: 11, color: '#000000' };
  constructor(public text: string, public parent: Container) {}
}

export class TableNode {
  rows: RowNode[] = [];
  headerRowCount = 0;
  constructor(public parent: Container) {}
}

export class RowNode {
  cells: CellNode[] = [];
  constructor(public table: TableNode) {}
}

export class CellNode {
  readonly body: Container;
  constructor(public row: RowNode, text: string) {
    this.body = new Container(this);
    this.body.children.push(new ParagraphNode(text, this.body));
  }
}

export class ControlNode {
  tag = '';
  title = '';
  placeholderText = '';
  appearance: ControlAppearance = 'BoundingBox';
  font = { size: 11, color: '#000000' };
  readonly content: Container;
  /** Web only: cleared while it held a table; inserting into it now fails (fakeWordWeb.ts, office-js #6330). */
  clearedWithTable = false;
  constructor(public parent: Container) {
    this.content = new Container(this);
  }

  holdsTable(): boolean {
    return this.content.children.some((n) => n instanceof TableNode || (n instanceof ControlNode && n.holdsTable()));
  }

  /** Word reports the placeholder as the text of an empty control; the adapter must see through that. */
  get text(): string {
    const own = this.content.text();
    return own === '' ? this.placeholderText : own;
  }

  /** What a user typing into the control does. */
  setText(text: string): void {
    this.content.children = text.split('\n').map((line) => new ParagraphNode(line, this.content));
  }
}

export type Node = ParagraphNode | TableNode | ControlNode;

export class Container {
  children: Node[] = [];
  constructor(public owner: CellNode | ControlNode | 'body') {}

  /** Like Word: paragraphs end with \r, cells are separated by \t. */
  text(): string {
    return this.children.map(nodeText).join('\r');
  }

  replace(node: Node, by: Node): void {
    const i = this.children.indexOf(node);
    if (i < 0) throw new Error('node not in container');
    this.children[i] = by;
  }

  remove(node: Node): void {
    this.children = this.children.filter((n) => n !== node);
  }
}

function nodeText(node: Node): string {
  if (node instanceof ParagraphNode) return node.text;
  if (node instanceof TableNode) return node.rows.map((r) => r.cells.map((c) => c.body.text()).join('\t')).join('\n');
  return node.content.text();
}

/** A deep copy of a node (what Word's copy and paste makes), placed in `parent`. */
export function cloneNode(node: Node, parent: Container): Node {
  if (node instanceof ParagraphNode) {
    const p = new ParagraphNode(node.text, parent);
    p.style = node.style;
    return p;
  }
  if (node instanceof TableNode) {
    const table = new TableNode(parent);
    table.headerRowCount = node.headerRowCount;
    table.rows = node.rows.map((r) => {
      const row = new RowNode(table);
      row.cells = r.cells.map((c) => {
        const cell = new CellNode(row, '');
        cell.body.children = c.body.children.map((n) => cloneNode(n, cell.body));
        return cell;
      });
      return row;
    });
    return table;
  }
  const control = new ControlNode(parent);
  Object.assign(control, { tag: node.tag, title: node.title, placeholderText: node.placeholderText, appearance: node.appearance });
  control.content.children = node.content.children.map((n) => cloneNode(n, control.content));
  return control;
}

/** Controls in document order: a control before the controls inside it. */
export function controlsIn(container: Container): ControlNode[] {
  return container.children.flatMap((node) => {
    if (node instanceof ControlNode) return [node, ...controlsIn(node.content)];
    if (node instanceof TableNode) return node.rows.flatMap((r) => r.cells.flatMap((c) => controlsIn(c.body)));
    return [];
  });
}
