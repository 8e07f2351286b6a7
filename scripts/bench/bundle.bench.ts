/**
 * Bundle size at first paint: `bundle.{web,tab,taskpane,baseline}.{raw,gzip}` in bytes.
 *
 * Builds production once with the baseline page (`--env baseline`) into build/bench-dist (or VP_BENCH_DIST), then, per page, sums the
 * JavaScript the browser must fetch before the page can render: every same-origin `<script src>` in the HTML (webpack's
 * HtmlWebpackPlugin lists an entry's initial chunks there, including split vendor chunks) plus inline scripts.
 * Lazy chunks (`import()`) are not in the HTML and so are excluded, which is the point of lazy-loading the exports.
 * Third-party CDN scripts (office.js in the task pane) are not ours to size and are skipped.
 * gzip is zlib's default level (6), what a web server typically sends; each file is compressed on its own, as served.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from '../bench';

const ROOT = path.resolve(__dirname, '../..');
/** VP_BENCH_DIST puts the measured build elsewhere, so that two people measuring at once do not share one folder. */
export const BENCH_DIST = path.resolve(ROOT, process.env.VP_BENCH_DIST || 'build/bench-dist');

/** Metric name -> the HTML page webpack writes for it. */
export const PAGES = { web: 'index.html', tab: 'tab.html', taskpane: 'taskpane.html', baseline: 'baseline.html' } as const;

let build: Promise<void> | null = null;

/**
 * Builds once per process (tti.bench.ts reuses it). Side effect: replaces build/bench-dist (or VP_BENCH_DIST).
 * VP_BENCH_SKIP_BUILD=1 reuses an existing build, for iterating on the measurement itself.
 */
export function ensureBenchBuild(): Promise<void> {
  if (process.env.VP_BENCH_SKIP_BUILD === '1' && existsSync(path.join(BENCH_DIST, PAGES.baseline))) return Promise.resolve();
  build ??= Promise.resolve().then(() => {
    execFileSync('npx', ['webpack', '--mode', 'production', '--env', 'baseline', '--env', `outDir=${path.relative(ROOT, BENCH_DIST)}`], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      // Local mode for the measured build: the figures should not depend on a developer's .env.
      env: { ...process.env, VP_CLIENT_ID: '' },
    });
  });
  return build;
}

export interface PageScripts {
  /** Paths relative to the dist folder of the scripts the page loads at first paint. */
  files: string[];
  /** Inline script bodies (counted too: they run before first paint). */
  inline: string[];
}

/** Lists the first-paint scripts of one HTML page. Exported for its own test. */
export function firstPaintScripts(html: string): PageScripts {
  const files: string[] = [];
  const inline: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = match[1] ?? '';
    const body = match[2] ?? '';
    // Minified HTML drops the quotes: src=/tab.js
    const srcMatch = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attrs);
    const src = srcMatch?.[1] ?? srcMatch?.[2] ?? srcMatch?.[3];
    if (!src) {
      if (body.trim()) inline.push(body);
      continue;
    }
    if (/^(https?:)?\/\//i.test(src)) continue; // a CDN script, e.g. office.js
    files.push(src.replace(/^\//, '').split(/[?#]/)[0] ?? src);
  }
  return { files, inline };
}

export function pageBytes(distDir: string, htmlFile: string): { raw: number; gzip: number } {
  const { files, inline } = firstPaintScripts(readFileSync(path.join(distDir, htmlFile), 'utf8'));
  const chunks = [...files.map((f) => readFileSync(path.join(distDir, f))), ...inline.map((s) => Buffer.from(s))];
  return {
    raw: chunks.reduce((sum, c) => sum + c.length, 0),
    gzip: chunks.reduce((sum, c) => sum + gzipSync(c).length, 0),
  };
}

export async function run(): Promise<Figure[]> {
  await ensureBenchBuild();
  const figures: Figure[] = [];
  for (const [name, html] of Object.entries(PAGES)) {
    const { raw, gzip } = pageBytes(BENCH_DIST, html);
    figures.push({ metric: `bundle.${name}.raw`, value: raw, unit: 'bytes' }, { metric: `bundle.${name}.gzip`, value: gzip, unit: 'bytes' });
  }
  return figures;
}
