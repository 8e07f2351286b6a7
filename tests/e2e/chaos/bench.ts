import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * `npm run bench` (or `npm run bench chaos`) runs the chaos e2e test (tests/e2e/chaos.e2e.ts) against the bench's
 * production build and relays its figures: `edits.ops` (operations run) and `edits.lost` (tokens typed that are in
 * neither the stored plan nor a frozen version; 0 unless the save path loses edits). CHAOS_SEED / CHAOS_OPS apply.
 */

const ROOT = path.resolve(__dirname, '../../..');

export interface ChaosFigure {
  metric: string;
  value: number;
  unit: string;
}

export async function chaosFigures(): Promise<ChaosFigure[]> {
  const { BENCH_DIST, ensureBenchBuild } = await import('../../../scripts/bench/bundle.bench');
  await ensureBenchBuild();
  const output = await new Promise<{ text: string; code: number | null }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', 'tests/e2e/chaos.e2e.ts'], {
      cwd: ROOT,
      env: { ...process.env, E2E_DIST: BENCH_DIST },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => { text += chunk.toString('utf8'); });
    child.stderr.on('data', (chunk: Buffer) => { text += chunk.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ text, code }));
  });
  const figures: ChaosFigure[] = [];
  for (const match of output.text.matchAll(/^(?:#\s*)?bench (edits\.[\w.]+) (\d+) (\S+)\s*$/gm)) {
    figures.push({ metric: match[1] ?? '', value: Number(match[2]), unit: match[3] ?? '' });
  }
  const seed = /chaos seed (\d+)/.exec(output.text)?.[1] ?? '?';
  console.log(`# chaos seed ${seed}${output.code === 0 ? '' : ` (the chaos test failed, exit ${output.code}: see tests/e2e/chaos.e2e.ts)`}`);
  if (figures.length === 0) throw new Error(`the chaos test printed no figures (exit ${output.code})`);
  return figures;
}
