/**
 * Draws the Teams app icons with pngjs, so they can be regenerated rather than edited by hand:
 *   appPackage/color.png   192x192, a white shield with a house on the accent colour (full colour);
 *   appPackage/outline.png  32x32, the shield's outline in white on a transparent background (Teams' rule).
 * Run: `npx tsx scripts/make-teams-icons.ts`. The output is committed.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

type Rgb = readonly [number, number, number];
/** A shape in unit coordinates (0..1 across the icon): is this point inside? */
type Shape = (x: number, y: number) => boolean;

/** The manifest's accentColor, #1B6F6A. */
const ACCENT: Rgb = [0x1b, 0x6f, 0x6a];
const WHITE: Rgb = [255, 255, 255];
/** Sub-samples per axis, for smooth (anti-aliased) edges. */
const SAMPLES = 4;

/** A shield: straight sides down to the middle, then curving in to a point at the bottom. */
function shield(cx: number, top: number, bottom: number, halfWidth: number): Shape {
  const shoulder = top + (bottom - top) * 0.45;
  return (x, y) => {
    if (y < top || y > bottom) return false;
    const t = y <= shoulder ? 0 : (y - shoulder) / (bottom - shoulder);
    return Math.abs(x - cx) <= halfWidth * (1 - t * t);
  };
}

/** A house: a square body under a triangular roof, for "home" and "family". */
function house(cx: number, top: number, size: number): Shape {
  const roofBottom = top + size * 0.45;
  const half = size / 2;
  const bodyHalf = size * 0.36;
  return (x, y) => {
    if (y >= top && y <= roofBottom) return Math.abs(x - cx) <= (half * (y - top)) / (roofBottom - top);
    return y > roofBottom && y <= top + size && Math.abs(x - cx) <= bodyHalf;
  };
}

/** Fraction of a pixel's sub-samples that fall inside the shape. */
function coverage(shape: Shape, px: number, py: number, size: number): number {
  let inside = 0;
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) {
      if (shape((px + (i + 0.5) / SAMPLES) / size, (py + (j + 0.5) / SAMPLES) / size)) inside++;
    }
  }
  return inside / (SAMPLES * SAMPLES);
}

function blend(a: Rgb, b: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => Math.round((a[i] ?? 0) * (1 - t) + (b[i] ?? 0) * t)) as unknown as Rgb;
}

/** The colour icon: opaque accent background, white shield, accent house inside the shield. */
export function drawColorIcon(size = 192): PNG {
  const png = new PNG({ width: size, height: size });
  const outer = shield(0.5, 0.14, 0.88, 0.32);
  const home = house(0.5, 0.3, 0.34);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const inShield = coverage((u, v) => outer(u, v) && !home(u, v), x, y, size);
      const [r, g, b] = blend(ACCENT, WHITE, inShield);
      png.data.set([r, g, b, 255], (y * size + x) * 4);
    }
  }
  return png;
}

/** The outline icon: the shield's border and the house in white; everything else fully transparent. */
export function drawOutlineIcon(size = 32): PNG {
  const png = new PNG({ width: size, height: size });
  const outer = shield(0.5, 0.06, 0.94, 0.38);
  const inner = shield(0.5, 0.15, 0.8, 0.28);
  const home = house(0.5, 0.3, 0.34);
  const shape: Shape = (u, v) => (outer(u, v) && !inner(u, v)) || home(u, v);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const alpha = Math.round(255 * coverage(shape, x, y, size));
      png.data.set([255, 255, 255, alpha], (y * size + x) * 4);
    }
  }
  return png;
}

function main(): void {
  const dir = path.resolve(__dirname, '../appPackage');
  writeFileSync(path.join(dir, 'color.png'), PNG.sync.write(drawColorIcon()));
  writeFileSync(path.join(dir, 'outline.png'), PNG.sync.write(drawOutlineIcon()));
  console.log(`Wrote ${path.join(dir, 'color.png')} and outline.png`);
}

if (require.main === module) main();
