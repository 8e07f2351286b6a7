/** @jest-environment node */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Linter, RuleTester } from 'eslint';
import type { Rule } from 'eslint';
import tseslint from 'typescript-eslint';
// The rule is plain CommonJS so that eslint.config.js can load it without a TypeScript loader.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const noImportCycle = require('../../../eslint-rules/no-import-cycle') as Rule.RuleModule;

const ROOT = path.resolve(__dirname, '../../..');

/** A scratch project on disk: the rule follows imports through the files themselves, as in src/. */
function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'vp-cycle-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const dir = scratch({
  'a.ts': "import { b } from './b';\nexport const a = () => b;\n",
  'b.ts': "import type { C } from './c';\nexport const b = 1; export type B = C;\n",
  'c.ts': "import { a } from './a';\nexport type C = typeof a;\n",
  'lazy.ts': "export const load = () => import('./lazyTarget');\n",
  'lazyTarget.ts': "import type { L } from './lazy';\nexport type T = L;\n",
  'clean.ts': "import { leaf } from './leaf';\nimport { useState } from 'react';\nexport const clean = [leaf, useState];\n",
  'leaf.ts': 'export const leaf = 1;\n',
  'self.ts': "export * from './self';\n",
});

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser as never } });
tester.run('no-import-cycle', noImportCycle, {
  valid: [{ filename: path.join(dir, 'clean.ts'), code: "import { leaf } from './leaf';\nimport { useState } from 'react';\nexport const clean = [leaf, useState];\n" }],
  invalid: [
    {
      // A circle through three files, one edge type-only: still a circle.
      filename: path.join(dir, 'a.ts'),
      code: "import { b } from './b';\nexport const a = () => b;\n",
      errors: [{ messageId: 'cycle', data: { chain: [path.join(dir, 'a.ts'), path.join(dir, 'b.ts'), path.join(dir, 'c.ts'), path.join(dir, 'a.ts')].map((f) => path.relative(process.cwd(), f).split(path.sep).join('/')).join(' -> ') } }],
    },
    {
      // A lazy import() one way and a type import back, the shape of services.ts <-> tenantServices.ts before issue 23.
      filename: path.join(dir, 'lazyTarget.ts'),
      code: "import type { L } from './lazy';\nexport type T = L;\n",
      errors: [{ messageId: 'cycle' }],
    },
    { filename: path.join(dir, 'self.ts'), code: "export * from './self';\n", errors: [{ messageId: 'cycle' }] },
  ],
});

/** Every .ts/.tsx file under a folder. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('src/ has no import circle', () => {
  it('lints clean with the rule as eslint.config.js applies it', () => {
    const linter = new Linter();
    const config = [
      { files: ['**/*.{ts,tsx}'], linterOptions: { reportUnusedDisableDirectives: 'off' as const }, languageOptions: { parser: tseslint.parser as never }, plugins: { local: { rules: { 'no-import-cycle': noImportCycle } } }, rules: { 'local/no-import-cycle': 'error' as const } },
    ];
    const files = sourceFiles(path.join(ROOT, 'src'));
    const circles = files.flatMap((file) =>
      linter.verify(readFileSync(file, 'utf8'), config, { filename: file }).map((m) => `${path.relative(ROOT, file)}:${m.line} ${m.message}`),
    );
    expect(files.length).toBeGreaterThan(100);
    expect(circles).toEqual([]);
  });
});
