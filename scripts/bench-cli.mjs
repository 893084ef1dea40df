#!/usr/bin/env node
// CLI pipeline benchmark (measurement only, never asserted in tests): wall time and peak memory of
// `vacancy-lint --jsonl <corpus>` on the shared corpora, with 1 and 2 workers. The corpora are
// read at run time from ../shared/corpora and never copied. Peak memory is the process's maximum
// resident set size (process.resourceUsage().maxRSS, worker threads included), reported by a
// tiny preload so no external `time` binary is needed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { availableParallelism, loadavg } from 'node:os';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages/cli/bin/vacancy-lint.js');
const corpora = resolve(root, '../shared/corpora');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const preload = `data:text/javascript,${encodeURIComponent("process.on('exit', () => process.stderr.write('MAXRSS_KB ' + process.resourceUsage().maxRSS + '\\n'))")}`;

function once(corpus, workers) {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', preload, bin, '--jsonl', corpus, '--concurrency', String(workers)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    let errors = 0;
    let stderr = '';
    let rest = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop();
      for (const line of parts) {
        lines++;
        if (line.startsWith('{"line"')) errors++;
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      const rss = Number(/MAXRSS_KB (\d+)/u.exec(stderr)?.[1] ?? NaN);
      if (code === 2 || Number.isNaN(rss)) return fail(new Error(`vacancy-lint exited ${code}: ${stderr}`));
      done({ ms, rssMb: rss / 1024, lines, errors });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall time and peak RSS of `--jsonl` on each corpus with each number of workers (median of `runs`). */
export async function benchBatch({ names = ['nl', 'en'], workers: counts = [1, 2], runs: n = runs } = {}) {
  const rows = [];
  for (const name of names) {
    const corpus = join(corpora, `${name}.jsonl`);
    if (!existsSync(corpus)) {
      console.log(`bench-cli: ${corpus} not found; skipped`);
      continue;
    }
    for (const workers of counts) {
      const results = [];
      for (let i = 0; i < n; i++) results.push(await once(corpus, workers));
      rows.push({
        corpus: `${name}.jsonl`,
        workers,
        postings: results[0].lines,
        errorRecords: results[0].errors,
        wallMs: median(results.map((r) => r.ms)),
        peakRssMb: Math.max(...results.map((r) => r.rssMb)),
      });
    }
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = await benchBatch();
  if (rows.length) {
    console.log(`\nvacancy-lint --jsonl <corpus> --concurrency N   (median wall time of ${runs} runs, max peak RSS; ${process.version}, ${process.platform}, ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)})\n`);
    const header = ['corpus', 'workers', 'postings', 'wall time (s)', 'postings/s', 'peak RSS (MB)'];
    const body = rows.map((r) => [r.corpus, String(r.workers), String(r.postings), (r.wallMs / 1000).toFixed(2), (r.postings / (r.wallMs / 1000)).toFixed(0), r.peakRssMb.toFixed(0)]);
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
    const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const b of body) console.log(line(b));
  }
}
