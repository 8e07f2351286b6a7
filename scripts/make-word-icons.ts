/**
 * Draws the Word add-in's icons with the same shapes as the Teams icon (scripts/make-teams-icons.ts), so the app
 * looks the same in both hosts: assets/word-16.png, word-32.png, word-80.png (ribbon button, 16/32/80 px as the
 * Office manifest asks) and word-64.png (the high-resolution icon). Run: `npx tsx scripts/make-word-icons.ts`.
 * The output is committed.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { drawColorIcon } from './make-teams-icons';

export const WORD_ICON_SIZES = [16, 32, 64, 80] as const;

export function wordIconPath(size: number): string {
  return path.resolve(__dirname, '../assets', `word-${size}.png`);
}

function main(): void {
  for (const size of WORD_ICON_SIZES) writeFileSync(wordIconPath(size), PNG.sync.write(drawColorIcon(size)));
  console.log(`Wrote ${WORD_ICON_SIZES.map((s) => `word-${s}.png`).join(', ')} in assets/`);
}

if (require.main === module) main();
