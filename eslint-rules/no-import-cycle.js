// A local ESLint rule that keeps import circles out of src/ (issue 23): eslint-plugin-import(-x) is not a dependency,
// and the TypeScript compiler we already have reads and resolves imports the way the bundler does.
// Every import counts: static, `import type`, `export ... from` and dynamic `import()`, because a type-only or lazy
// edge still ties two modules into one unit that cannot be understood, tested or split apart alone.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const compilerOptions = { moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, allowJs: false, resolveJsonModule: false, jsx: ts.JsxEmit.ReactJSX };
const resolutionHost = { fileExists: ts.sys.fileExists, readFile: ts.sys.readFile, directoryExists: ts.sys.directoryExists, realpath: ts.sys.realpath, getCurrentDirectory: () => process.cwd() };

/** Per lint run: a file's imports, keyed by path and modification time, so editors that lint on every key stay correct. */
const importCache = new Map();

function isSource(file) {
  return /\.(ts|tsx)$/.test(file) && !file.endsWith('.d.ts') && !file.includes(`${path.sep}node_modules${path.sep}`);
}

/** The project's own modules this file imports (resolved absolute paths), in source order, with each specifier. */
function importsOf(file, text) {
  const info = ts.preProcessFile(text, true, true);
  const edges = [];
  for (const ref of info.importedFiles) {
    const resolved = ts.resolveModuleName(ref.fileName, file, compilerOptions, resolutionHost).resolvedModule;
    if (resolved && !resolved.isExternalLibraryImport && isSource(resolved.resolvedFileName)) {
      edges.push({ specifier: ref.fileName, target: path.resolve(resolved.resolvedFileName), pos: ref.pos, end: ref.end });
    }
  }
  return edges;
}

function cachedImportsOf(file) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return [];
  }
  const hit = importCache.get(file);
  if (hit && hit.mtimeMs === stat.mtimeMs) return hit.edges;
  const edges = importsOf(file, fs.readFileSync(file, 'utf8'));
  importCache.set(file, { mtimeMs: stat.mtimeMs, edges });
  return edges;
}

/** A shortest path of imports from `start` back to `goal`, or null (breadth first, so the message names the tightest circle). */
function pathBack(start, goal, firstEdgesOf) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift();
    for (const edge of firstEdgesOf(current)) {
      if (edge.target === goal) {
        const chain = [goal, current];
        for (let p = previous.get(current); p !== null && p !== undefined; p = previous.get(p)) chain.push(p);
        return chain.reverse().slice(0, -1).concat(goal);
      }
      if (!previous.has(edge.target)) {
        previous.set(edge.target, current);
        queue.push(edge.target);
      }
    }
  }
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import circles between the project\'s own modules (static, type-only and dynamic imports alike).' },
    schema: [],
    messages: { cycle: 'Import circle: {{chain}}. Move what both sides need into a module of its own.' },
  },
  create(context) {
    const file = path.resolve(context.filename);
    if (!isSource(file)) return {};
    const sourceCode = context.sourceCode;
    const ownEdges = importsOf(file, sourceCode.text);
    const edgesOf = (f) => (f === file ? ownEdges : cachedImportsOf(f));
    const cwd = context.cwd;
    return {
      'Program:exit'() {
        const reported = new Set();
        for (const edge of ownEdges) {
          if (reported.has(edge.target)) continue;
          const chain = edge.target === file ? [file, file] : pathBack(edge.target, file, edgesOf);
          if (!chain) continue;
          reported.add(edge.target);
          const full = edge.target === file ? chain : [file, ...chain];
          context.report({
            loc: { start: sourceCode.getLocFromIndex(edge.pos), end: sourceCode.getLocFromIndex(edge.end) },
            messageId: 'cycle',
            data: { chain: full.map((f) => path.relative(cwd, f).split(path.sep).join('/')).join(' -> ') },
          });
        }
      },
    };
  },
};
