import type { Block, Cell, ControlSpec } from './layout';
import type { HeadingStyle, WordContentControl, WordParagraph, WordTable } from './wordApi';

/**
 * Blocks -> office-js calls. Only queues work: no `sync()` here, so a caller can put a whole document
 * into one batch whatever its size.
 */

/** Where blocks go: the document body, or a control (a list region). */
export interface BlockTarget {
  insertParagraph(text: string, location: 'End'): WordParagraph;
  insertTable(rowCount: number, columnCount: number, location: 'End', values?: string[][]): WordTable;
}

const HEADING_STYLES: Record<0 | 1 | 2 | 3, HeadingStyle> = { 0: 'Title', 1: 'Heading1', 2: 'Heading2', 3: 'Heading3' };

/** Sets a field control up: its tag (identity), title and help placeholder, and the value when there is one. */
export function applyControl(control: WordContentControl, spec: ControlSpec): void {
  control.tag = spec.tag;
  control.title = spec.title;
  if (spec.placeholder) control.placeholderText = spec.placeholder;
  control.appearance = 'BoundingBox';
  if (spec.text) control.insertText(spec.text, 'Replace');
}

export function cellValues(cells: ReadonlyArray<Cell>): string[] {
  return cells.map((c) => (c.kind === 'label' ? c.text : ''));
}

/** Puts controls into the cells of one table row that exists (or was queued) at `rowIndex`. */
export function fillRow(table: WordTable, rowIndex: number, cells: ReadonlyArray<Cell>): void {
  cells.forEach((cell, column) => {
    if (cell.kind === 'control') applyControl(table.getCell(rowIndex, column).body.insertContentControl(), cell.control);
  });
}

function writeTable(target: BlockTarget, block: Extract<Block, { kind: 'table' }>): void {
  const columns = Math.max(...block.rows.map((r) => r.length));
  const values = block.rows.map((r) => [...cellValues(r), ...Array<string>(columns - r.length).fill('')]);
  const table = target.insertTable(block.rows.length, columns, 'End', values);
  if (block.headerRows > 0) table.headerRowCount = block.headerRows;
  block.rows.forEach((cells, r) => fillRow(table, r, cells));
  if (block.wrapTag) {
    const wrap = table.insertContentControl();
    wrap.tag = block.wrapTag;
    wrap.title = block.wrapTitle;
    wrap.appearance = 'Hidden';
  }
}

function writeRegion(target: BlockTarget, block: Extract<Block, { kind: 'region' }>): void {
  const holder = target.insertParagraph('', 'End').insertContentControl();
  holder.tag = block.tag;
  holder.title = block.title;
  holder.appearance = 'Hidden';
  writeBlocks(holder, block.blocks);
}

function writeMeta(target: BlockTarget, block: Extract<Block, { kind: 'meta' }>): void {
  const caption = target.insertParagraph(block.caption, 'End');
  caption.font.size = 8;
  caption.font.color = '#6E6E6E';
  const holder = target.insertParagraph('', 'End').insertContentControl();
  applyControl(holder, block.control);
  holder.appearance = 'Hidden';
  holder.font.size = 6;
  holder.font.color = '#6E6E6E';
}

export function writeBlocks(target: BlockTarget, blocks: ReadonlyArray<Block>): void {
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        target.insertParagraph(block.text, 'End').styleBuiltIn = HEADING_STYLES[block.level];
        break;
      case 'paragraph':
        target.insertParagraph(block.text, 'End').styleBuiltIn = 'Normal';
        break;
      case 'table':
        writeTable(target, block);
        break;
      case 'region':
        writeRegion(target, block);
        break;
      case 'meta':
        writeMeta(target, block);
        break;
    }
  }
}
