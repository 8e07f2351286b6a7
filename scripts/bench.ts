/**
 * `npm run bench`: prints figures, fails nothing. One line per figure: `bench <metric> <value> <unit>`.
 * Each module in scripts/bench/ exports `run()` returning its figures; a module that fails prints a note and the rest go on.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Figure {
  metric: string;
  value: number;
  unit: string;
}

async function main(): Promise<void> {
  const dir = path.join(__dirname, 'bench');
  const only = process.argv[2];
  const modules = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).filter((f) => !only || f.startsWith(only)).sort();
  for (const file of modules) {
    try {
      const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run: () => Promise<Figure[]> };
      for (const f of await mod.run()) console.log(`bench ${f.metric} ${f.value} ${f.unit}`);
    } catch (e) {
      console.log(`# ${file} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  // Lost edits under chaos (tests/e2e/chaos.e2e.ts, 2-3 minutes): `npm run bench chaos` alone, BENCH_CHAOS=0 skips it.
  if ((!only || 'chaos'.startsWith(only)) && process.env.BENCH_CHAOS !== '0') {
    try {
      const { chaosFigures } = await import('../tests/e2e/chaos/bench');
      for (const f of await chaosFigures()) console.log(`bench ${f.metric} ${f.value} ${f.unit}`);
    } catch (e) {
      console.log(`# chaos failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

void main();
