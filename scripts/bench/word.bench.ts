/**
 * Word: `context.sync()` calls and time per action, for plans with 10, 50 and 200 agreements. Measured on the typed fake
 * of the Word API (tests/unit/adapters/word/fakeWord.ts), which stores the document and counts syncs; office-addin-mock
 * cannot load collections, which reading needs (TOOLCHAIN.md). Times are the median of 5 runs after a warm-up run and measure the adapter's
 * own work (layout, tags, parsing), not Word's. Insert is 2 syncs (content, then help texts in a batch of their own,
 * which Word on the web refuses); the 200 run also counts update, and insert on the fake's web mode, which must not fail.
 */
import { performance } from 'node:perf_hooks';
import type { Figure } from '../bench';
import { WordDocument } from '../../src/adapters/word';
import { FakeWordDocument } from '../../tests/unit/adapters/word/fakeWord';
import type { WordPlatform } from '../../tests/unit/adapters/word/fakeWordWeb';
import { wordMock } from '../../tests/unit/adapters/word/officeAddinWordMock';
import { planWithAgreements } from '../../tests/unit/adapters/word/plans';

const SIZES = [10, 50, 200] as const;
const RUNS = 5;
/** One unmeasured run first, so the figures show steady work rather than the JIT warming up. */
const WARM_UP = 1;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const round = (ms: number): number => Math.round(ms * 10) / 10;

interface Measured {
  insertSyncs: number;
  insertMs: number;
  readSyncs: number;
  readMs: number;
}

async function measure(count: number): Promise<Measured> {
  const plan = planWithAgreements(count);
  const runs: Measured[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const { mock, counter } = wordMock();
    let start = performance.now();
    await new WordDocument((batch) => mock.run(batch)).insertPlan(plan, 'nl');
    const insertMs = performance.now() - start;

    const doc = new FakeWordDocument();
    const word = new WordDocument(doc.run);
    await word.insertPlan(plan, 'nl');
    const afterInsert = doc.syncs;
    start = performance.now();
    const result = await word.readPlan('nl');
    const readMs = performance.now() - start;
    if (result.kind !== 'plan' || result.plan.agreements.length !== count) throw new Error(`read back ${count} agreements failed`);
    if (i >= WARM_UP) runs.push({ insertSyncs: Math.max(counter.syncs, afterInsert), insertMs, readSyncs: doc.syncs - afterInsert, readMs });
  }
  return {
    insertSyncs: Math.max(...runs.map((r) => r.insertSyncs)),
    insertMs: median(runs.map((r) => r.insertMs)),
    readSyncs: Math.max(...runs.map((r) => r.readSyncs)),
    readMs: median(runs.map((r) => r.readMs)),
  };
}

/** Syncs of one insert and one update (with 5 more agreements) of a plan on the fake, on the desktop or the web. */
async function insertAndUpdate(count: number, platform: WordPlatform): Promise<{ insertSyncs: number; updateSyncs: number }> {
  const doc = new FakeWordDocument(platform);
  const word = new WordDocument(doc.run);
  await word.insertPlan(planWithAgreements(count), 'nl');
  const insertSyncs = doc.syncs;
  await word.updatePlan(planWithAgreements(count + 5), 'nl');
  return { insertSyncs, updateSyncs: doc.syncs - insertSyncs };
}

export async function run(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const desktop = await insertAndUpdate(200, 'desktop');
  const web = await insertAndUpdate(200, 'web');
  figures.push({ metric: 'word.update.syncs.200', value: desktop.updateSyncs, unit: 'syncs' });
  figures.push({ metric: 'word.insert.syncs.web.200', value: web.insertSyncs, unit: 'syncs' });
  figures.push({ metric: 'word.update.syncs.web.200', value: web.updateSyncs, unit: 'syncs' });
  for (const size of SIZES) {
    const m = await measure(size);
    figures.push({ metric: `word.insert.syncs.${size}`, value: m.insertSyncs, unit: 'syncs' });
    figures.push({ metric: `word.insert.ms.${size}`, value: round(m.insertMs), unit: 'ms' });
    if (size === 200) {
      figures.push({ metric: 'word.read.syncs.200', value: m.readSyncs, unit: 'syncs' });
      figures.push({ metric: 'word.read.ms.200', value: round(m.readMs), unit: 'ms' });
    }
  }
  return figures;
}
