import type { Block, Cell, ControlSpec } from './layout';
import type { Placeholders } from './placeholders';
import type { HeadingStyle, WordContentControl, WordParagraph, WordTable } from './wordApi';

/**
 * Blocks -> office-js calls. Only queues work: no `sync()` here, so a caller can put a whole document
 * into one batch whatever its size. Help texts are not set here but collected in `Placeholders`, which the caller
 * sends in a batch of their own after the content (placeholders.ts says why).
 */

/** Where blocks go: the document body, or a control (a list region). */
export interface BlockTarget {
  insertParagraph(text: string, location: 'End'): WordParagraph;
  insertTable(rowCount: number, columnCount: number, location: 'End', values?: string[][]): WordTable;
}

const HEADING_STYLES: Record<0 | 1 | 2 | 3, HeadingStyle> = { 0: 'Title', 1: 'Heading1', 2: 'Heading2', 3: 'Heading3' };

/** Sets a field control up: its tag (identity), title and value when there is one; the help placeholder is queued. */
export function applyControl(control: WordContentControl, spec: ControlSpec, placeholders: Placeholders): void {
  control.tag = spec.tag;
  control.title = spec.title;
  placeholders.add(control, spec.placeholder);
  control.appearance = 'BoundingBox';
  if (spec.text) control.insertText(spec.text, 'Replace');
}

export function cellValues(cells: ReadonlyArray<Cell>): string[] {
  return cells.map((c) => (c.kind === 'label' ? c.text : ''));
}

/** Puts controls into the cells of one table row that exists (or was queued) at `rowIndex`. */
export function fillRow(table: WordTable, rowIndex: number, cells: ReadonlyArray<Cell>, placeholders: Placeholders): void {
  cells.forEach((cell, column) => {
    if (cell.kind === 'control') applyControl(table.getCell(rowIndex, column).body.insertContentControl(), cell.control, placeholders);
  });
}

function writeTable(target: BlockTarget, block: Extract<Block, { kind: 'table' }>, placeholders: Placeholders): void {
  const columns = Math.max(...block.rows.map((r) => r.length));
  const values = block.rows.map((r) => [...cellValues(r), ...Array<string>(columns - r.length).fill('')]);
  const table = target.insertTable(block.rows.length, columns, 'End', values);
  if (block.headerRows > 0) table.headerRowCount = block.headerRows;
  block.rows.forEach((cells, r) => fillRow(table, r, cells, placeholders));
  if (block.wrapTag) {
    const wrap = table.insertContentControl();
    wrap.tag = block.wrapTag;
    wrap.title = block.wrapTitle;
    wrap.appearance = 'Hidden';
  }
}

export type RegionBlock = Extract<Block, { kind: 'region' }>;

/** Fills a fresh control (made from an empty paragraph) with a region's blocks. */
export function fillRegion(holder: WordContentControl, block: RegionBlock, placeholders: Placeholders): void {
  holder.tag = block.tag;
  holder.title = block.title;
  holder.appearance = 'Hidden';
  writeBlocks(holder, block.blocks, placeholders);
}

function writeMeta(target: BlockTarget, block: Extract<Block, { kind: 'meta' }>, placeholders: Placeholders): void {
  const caption = target.insertParagraph(block.caption, 'End');
  caption.font.size = 8;
  caption.font.color = '#6E6E6E';
  const holder = target.insertParagraph('', 'End').insertContentControl();
  applyControl(holder, block.control, placeholders);
  holder.appearance = 'Hidden';
  holder.font.size = 6;
  holder.font.color = '#6E6E6E';
}

export function writeBlocks(target: BlockTarget, blocks: ReadonlyArray<Block>, placeholders: Placeholders): void {
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        target.insertParagraph(block.text, 'End').styleBuiltIn = HEADING_STYLES[block.level];
        break;
      case 'paragraph':
        target.insertParagraph(block.text, 'End').styleBuiltIn = 'Normal';
        break;
      case 'table':
        writeTable(target, block, placeholders);
        break;
      case 'region':
        fillRegion(target.insertParagraph('', 'End').insertContentControl(), block, placeholders);
        break;
      case 'meta':
        writeMeta(target, block, placeholders);
        break;
    }
  }
}
