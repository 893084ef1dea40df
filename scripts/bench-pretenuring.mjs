#!/usr/bin/env node
// Why the CLI, the language server and the HTTP server turn V8's allocation-site pretenuring off:
// lints a corpus in N fresh processes with V8's default and N with `--no-allocation-site-pretenuring`,
// alternately, and prints each process's passes. With the default, some processes settle at about
// twice the time per pass of the others (the heuristic moved a lint's short-lived objects to the old
// generation); with the flag, none do. Not part of `npm test` or `npm run bench`: it asserts nothing.
//
//   node scripts/bench-pretenuring.mjs [--corpus ../shared/corpora/nl.jsonl] [--processes 8] [--passes 7]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(root, '..', 'shared', 'corpora', 'nl.jsonl') },
    processes: { type: 'string', default: '8' },
    passes: { type: 'string', default: '7' },
    child: { type: 'boolean', default: false },
  },
});

if (values.child) {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { lintSync } = await import('@vacancy-lint/core');
  const read = (file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);
  const texts = read(values.corpus);
  // The other corpora of its folder held in memory, as a pipeline or the benchmark holds its input:
  // a larger heap changes when collections fall, and with them what the heuristic decides.
  const others = readdirSync(dirname(values.corpus)).filter((f) => f.endsWith('.jsonl') && join(dirname(values.corpus), f) !== values.corpus).map((f) => read(join(dirname(values.corpus), f)));
  globalThis.heldCorpora = others;
  for (const text of texts.slice(0, 20)) lintSync(text);
  const times = [];
  for (let pass = 0; pass < Number(values.passes); pass++) {
    const start = performance.now();
    for (const text of texts) lintSync(text);
    times.push(Math.round(performance.now() - start));
  }
  console.log(JSON.stringify(times));
} else {
  const corpus = resolve(values.corpus);
  if (!existsSync(corpus)) {
    console.log(`corpus ${corpus} not found`);
    process.exit(1);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rows = { default: [], off: [] };
  for (let i = 0; i < Number(values.processes); i++) {
    for (const [label, flags] of [['default', []], ['off', ['--no-allocation-site-pretenuring']]]) {
      const run = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), '--child', '--corpus', corpus, '--passes', values.passes], { encoding: 'utf8', cwd: root });
      if (run.status !== 0) throw new Error(run.stderr);
      const times = JSON.parse(run.stdout);
      rows[label].push(times);
      console.log(`${label === 'default' ? 'V8 default       ' : 'pretenuring off  '} process ${i + 1}: ms per pass ${times.join(' ')} (median of the passes after the first: ${median(times.slice(1))})`);
    }
  }
  for (const [label, runs] of Object.entries(rows)) {
    const medians = runs.map((t) => median(t.slice(1)));
    console.log(`${label}: per-process medians ${medians.join(', ')} ms`);
  }
}
