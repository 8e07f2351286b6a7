/**
 * @jest-environment node
 */
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import webpack from 'webpack';
import HtmlWebpackPlugin from 'html-webpack-plugin';

/**
 * Issue 25 item 6 (security review finding 12): the live try-out page is not in what a production build ships. It is
 * compiled once with the rest and put next to the build (`<output>-tryout/`), where the live e2e and the bench find it.
 */

const ROOT = path.resolve(__dirname, '../../..');
const load = createRequire(__filename);
interface Plugin { constructor: { name: string }; userOptions?: { filename?: string }; definitions?: Record<string, string> }
type ConfigFn = ((env: object, argv: { mode: string }) => { plugins: Plugin[] }) & {
  TryOutAside: new () => webpack.WebpackPluginInstance;
  tryOutFolder(output: string): string;
};
const config = load(path.join(ROOT, 'webpack.config.js')) as ConfigFn;

function run(compiler: webpack.Compiler): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => compiler.run((error, stats) => (error || !stats ? reject(error ?? new Error('no stats')) : resolve(stats))));
}

describe('the live try-out page (live.html)', () => {
  let work = '';
  beforeAll(() => { work = mkdtempSync(path.join(tmpdir(), 'vp-tryout-')); });
  afterAll(() => { rmSync(work, { recursive: true, force: true }); });

  it('is set aside by production builds only, and the web page links to it only in development', () => {
    const names = (mode: string) => config({}, { mode }).plugins.map((p) => p.constructor.name);
    expect(names('production')).toContain('TryOutAside');
    expect(names('development')).not.toContain('TryOutAside');
    const defined = (mode: string) => config({}, { mode }).plugins.flatMap((p) => Object.entries(p.definitions ?? {})).find(([k]) => k === 'process.env.VP_LIVE_TRYOUT')?.[1];
    expect(defined('production')).toBe('""');
    expect(defined('development')).toBe('"1"');
  });

  it('leaves the build without live.html and its entry script, and puts both in <output>-tryout', async () => {
    writeFileSync(path.join(work, 'web.js'), 'document.title = "web";\n');
    writeFileSync(path.join(work, 'live.js'), 'document.title = "live";\n');
    const output = path.join(work, 'dist');
    const compiler = webpack({
      mode: 'production', context: work, entry: { web: './web.js', live: './live.js' },
      output: { path: output, filename: '[name].[contenthash:8].js', publicPath: '/', clean: true },
      plugins: [
        new HtmlWebpackPlugin({ filename: 'index.html', chunks: ['web'] }),
        new HtmlWebpackPlugin({ filename: 'live.html', chunks: ['live'] }),
        new config.TryOutAside(),
      ],
    });
    const stats = await run(compiler);
    await new Promise<void>((resolve) => compiler.close(() => resolve()));
    expect(stats.hasErrors()).toBe(false);
    const shipped = readdirSync(output);
    expect(shipped).toContain('index.html');
    expect(shipped.some((f) => f.startsWith('web.'))).toBe(true);
    expect(shipped.filter((f) => f.startsWith('live'))).toEqual([]);
    const aside = config.tryOutFolder(output);
    expect(aside).toBe(`${output}-tryout`);
    expect(existsSync(path.join(aside, 'live.html'))).toBe(true);
    expect(readdirSync(aside).filter((f) => /^live\.[0-9a-f]{8}\.js$/.test(f))).toHaveLength(1);
  });
});
