#!/usr/bin/env node
// The performance figures of issue 11, all from one run on one machine (never asserted in tests):
//
//   1. core throughput on real corpora (language auto and forced) and on a generated corpus, with
//      alex 11 on the same English texts, interleaved per document;
//   2. CLI cold start on one small file against the alex CLI (alternating runs);
//   3. language server: didChange → publishDiagnostics at 500, 2,000 and 10,000 words;
//   4. batch: --jsonl on the English corpus with 1 and 2 workers, wall time and peak RSS;
//   5. scaling: one document of 1×, 10× and 100× a typical ad, and the whole corpus as one
//      document, in ms per KB;
//   6. the HTTP server under load (scripts/bench-server.mjs).
//
// The machine and its load (before and after) are recorded with the figures: on a shared machine
// only ratios measured in the same run mean much.
//
//   npm run bench [-- --corpus ../shared/corpora/en.jsonl --corpus ../shared/corpora/nl.jsonl]
//                 [--passes auto|N] [--cold-runs 11] [--edits 50] [--json FILE] [--only core,cold,lsp,batch,scaling,server,linear] [--pretenuring]
//                 [--cold-bin OTHER/packages/cli/bin/vacancy-lint.js …]   (other builds, timed in the same alternation)
//
// The corpora are read at run time and never copied into the project.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { syntheticCorpus } from './synthetic-corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', multiple: true },
    passes: { type: 'string', default: 'auto' },
    'cold-runs': { type: 'string', default: '11' },
    'cold-bin': { type: 'string', multiple: true },
    edits: { type: 'string', default: '50' },
    json: { type: 'string' },
    only: { type: 'string' },
    pretenuring: { type: 'boolean', default: false },
  },
});
const only = values.only ? new Set(values.only.split(',')) : undefined;
const wanted = (section) => !only || only.has(section);
// 'auto': each corpus is timed over at least MIN_TIMED_KB of text, passing over a small corpus
// several times, so the one-time costs of a first run (compiling the expressions a language's texts
// need, the JIT) weigh the same for a 600 KB corpus as for a 4 MB one; a nightly pipeline pays them
// once per process. The first pass is reported on its own too.
const MIN_TIMED_KB = 4096;
const passesFor = (setKb) => (values.passes === 'auto' ? Math.max(1, Math.ceil(MIN_TIMED_KB / setKb)) : Math.max(1, Number(values.passes)));
const corpora = (values.corpus ?? ['nl', 'en'].map((l) => join(root, '..', 'shared', 'corpora', `${l}.jsonl`))).map((f) => resolve(f)).filter((f) => {
  if (existsSync(f)) return true;
  console.log(`(corpus ${f} not found; skipped)`);
  return false;
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))];
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const kb = (text) => Buffer.byteLength(text) / 1024;
const table = (header, rows) => [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const fixed = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');

const machine = () => ({
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: availableParallelism(),
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
});

const report = { date: new Date().toISOString(), machineBefore: machine(), commands: { bench: `node scripts/bench.mjs ${process.argv.slice(2).join(' ')}`.trim() }, allocationSitePretenuring: values.pretenuring };
console.log(`# vacancy-lint benchmark, ${report.date}\n`);
console.log(`${report.machineBefore.cpu}, ${report.machineBefore.cores} cores, ${report.machineBefore.memoryGb} GB, Node ${report.machineBefore.node}, ${report.machineBefore.platform}; load average before: ${report.machineBefore.loadAverage.join(' / ')}; V8 allocation-site pretenuring ${values.pretenuring ? 'on (V8 default)' : 'off, as in the CLI and servers'}\n`);

// Sections 1 and 5 lint in this process, so it runs as the CLI, the language server and the HTTP
// server run (their entry points set this flag): V8's allocation-site pretenuring misfires on a
// lint's short-lived trees in about a third of processes and doubles every later lint
// (docs/performance.md, round 6). `--pretenuring` keeps V8's default, to see that.
if (!values.pretenuring) setFlagsFromString('--no-allocation-site-pretenuring');
const { lintSync } = await import('@vacancy-lint/core');
const alex = await import('alex').catch(() => undefined);
if (!alex) console.log('(alex is not installed: npm ci at the root installs it; its columns stay empty)\n');

/** Reads a JSON Lines corpus of {id, text}. */
const readCorpus = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

/** The corpus's language: from its records, or from its file name (en.jsonl, nl.jsonl). */
const languageOf = (file, records) => records[0]?.language ?? (/(^|[^a-z])(en|nl)([^a-z]|$)/u.exec(basename(file))?.[2] ?? 'nl');

// 1. Core throughput ----------------------------------------------------------------------------
if (wanted('core') || wanted('scaling')) {
  const sets = corpora.map((file) => {
    const records = readCorpus(file);
    return { name: basename(file), language: languageOf(file, records), texts: records.map((r) => r.text) };
  });
  const synthetic = syntheticCorpus({ documents: 400, seed: 3 });
  for (const language of ['en', 'nl']) sets.push({ name: `synthetic (${language}, generated)`, language, texts: synthetic.filter((d) => d.language === language).map((d) => d.text) });

  // Warm up: the first lint of a language builds its rule tables; alex loads its plugins.
  for (const set of sets) for (const text of set.texts.slice(0, 20)) lintSync(text);
  if (alex) for (const text of sets.find((s) => s.language === 'en')?.texts.slice(0, 20) ?? []) alex.text(text);

  report.core = [];
  const rows = [];
  for (const set of sets) {
    const withAlex = alex && set.language === 'en';
    const variants = [['auto', (t) => lintSync(t)], [set.language, (t) => lintSync(t, { language: set.language })], ...(withAlex ? [['alex 11', (t) => alex.text(t)]] : [])];
    const times = variants.map(() => []);
    const passes = passesFor(sum(set.texts.map(kb)));
    // Interleaved per document, the order turning each time, so load changes hit every variant alike.
    for (let pass = 0; pass < passes; pass++) {
      set.texts.forEach((text, i) => {
        for (let k = 0; k < variants.length; k++) {
          const v = (i + k) % variants.length;
          const start = performance.now();
          variants[v][1](text);
          times[v].push(performance.now() - start);
        }
      });
    }
    const size = sum(set.texts.map(kb)) * passes;
    const firstPass = (v) => (size / passes) / (sum(times[v].slice(0, set.texts.length)) / 1000);
    const result = variants.map(([label], v) => ({ variant: label, documents: set.texts.length, passes, kb: Math.round(size / passes), kbPerSecond: size / (sum(times[v]) / 1000), firstPassKbPerSecond: firstPass(v), medianMs: median(times[v]), msPerKb: sum(times[v]) / size }));
    const alexRow = result.find((r) => r.variant === 'alex 11');
    for (const r of result) {
      if (alexRow && r !== alexRow) {
        r.alexRatioOfMedians = alexRow.medianMs / r.medianMs;
        r.alexRatioOfTotals = r.kbPerSecond / alexRow.kbPerSecond;
      }
      report.core.push({ corpus: set.name, language: set.language, ...r });
      rows.push([set.name, r.variant, String(r.documents), fixed(r.kb, 0), String(r.passes), fixed(r.kbPerSecond, 0), fixed(r.firstPassKbPerSecond, 0), fixed(r.medianMs, 2), r.alexRatioOfMedians ? `${fixed(r.alexRatioOfMedians, 2)}×` : '', r.alexRatioOfTotals ? `${fixed(r.alexRatioOfTotals, 2)}×` : '']);
    }
  }
  if (wanted('core')) {
    console.log(`## 1. Core throughput (lintSync, one document at a time, variants interleaved per document; passes: ${values.passes === 'auto' ? `enough for ${MIN_TIMED_KB} KB timed per corpus` : values.passes})\n`);
    console.log(table(['corpus', 'language', 'documents', 'KB', 'passes', 'KB/s', 'first pass KB/s', 'median ms per document', 'vs alex: ratio of medians', 'vs alex: ratio of KB/s'], rows) + '\n');
  }
}

// 2. CLI cold start -----------------------------------------------------------------------------
if (wanted('cold')) {
  const runs = Math.max(10, Number(values['cold-runs']));
  const dir = mkdtempSync(join(tmpdir(), 'vacancy-lint-bench-'));
  const file = join(dir, 'ad.md');
  writeFileSync(file, 'We are looking for a colleague for our team in Utrecht. You plan the work and talk to customers.\n');
  // Each vacancy-lint build gets a code cache folder of its own (the bin keeps one bundle's cache per
  // folder, so two builds sharing one would keep replacing each other's), made by the warm-up run.
  const builds = [join(root, 'packages/cli/bin/vacancy-lint.js'), ...(values['cold-bin'] ?? []).map((f) => resolve(f))].map((bin, i) => ({
    name: i === 0 ? 'vacancy-lint' : `vacancy-lint (${bin})`,
    argv: [process.execPath, bin, file],
    env: { ...process.env, XDG_CACHE_HOME: mkdtempSync(join(dir, 'cache-')) },
  }));
  const theirs = alex ? { name: 'alex 11', argv: [process.execPath, join(root, 'node_modules/alex/cli.js'), file], env: process.env } : undefined;
  const commands = [...builds, ...(theirs ? [theirs] : [])];
  const time = ({ argv, env }) => {
    const start = performance.now();
    spawnSync(argv[0], argv.slice(1), { cwd: dir, stdio: 'ignore', env });
    return performance.now() - start;
  };
  for (const command of commands) time(command);
  const t = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((command, k) => t[k].push(time(command)));
  const alexTimes = theirs ? t[commands.length - 1] : [];
  const ours = t[0];
  report.coldStart = { runs, oursMedianMs: median(ours), alexMedianMs: median(alexTimes), ratio: median(ours) / median(alexTimes), command: 'vacancy-lint ad.md vs alex ad.md (one 100-byte Markdown file), alternating' };
  if (builds.length > 1) report.coldStart.others = builds.slice(1).map((b, k) => ({ bin: b.argv[1], medianMs: median(t[k + 1]), ratio: median(t[k + 1]) / median(alexTimes) }));
  console.log(`## 2. CLI cold start, one small file, whole process (median of ${runs} alternating runs)\n`);
  console.log(table(['command', 'median ms', 'min ms', '/ alex'], commands.map((c, k) => [c.name, fixed(median(t[k]), 0), fixed(Math.min(...t[k]), 0), theirs ? fixed(median(t[k]) / median(alexTimes), 2) : ''])));
  console.log(`\nvacancy-lint / alex: ${fixed(report.coldStart.ratio, 2)}\n`);
}

// 3. Language server -----------------------------------------------------------------------------
if (wanted('lsp')) {
  const { benchLsp } = await import('./bench-lsp.mjs');
  const rows = await benchLsp({ runs: Math.max(50, Number(values.edits)) });
  report.languageServer = rows;
  console.log(`## 3. Language server over stdio: didChange → publishDiagnostics (${rows[0]?.edits} edits per row)\n`);
  console.log(table(['setting', 'language', 'words', 'findings', 'median ms', 'p95 ms'], rows.map((r) => [r.setting, r.language, String(r.words), String(r.findings), fixed(r.medianMs), fixed(r.p95Ms)])) + '\n');
}

// 4. Batch ---------------------------------------------------------------------------------------
if (wanted('batch')) {
  const { benchBatch } = await import('./bench-cli.mjs');
  const rows = await benchBatch({ names: ['en'], workers: [1, 2], runs: 1 });
  report.batch = rows;
  console.log('## 4. Batch: vacancy-lint --jsonl en.jsonl --concurrency N (whole process)\n');
  console.log(table(['corpus', 'workers', 'postings', 'wall s', 'postings/s', 'peak RSS MB'], rows.map((r) => [r.corpus, String(r.workers), String(r.postings), fixed(r.wallMs / 1000, 2), fixed(r.postings / (r.wallMs / 1000), 0), fixed(r.peakRssMb, 0)])) + '\n');
}

// 5. Scaling -------------------------------------------------------------------------------------
if (wanted('scaling')) {
  const english = corpora.find((f) => languageOf(f, []) === 'en');
  const records = english ? readCorpus(english) : syntheticCorpus({ documents: 400, seed: 3 }).filter((d) => d.language === 'en');
  const texts = records.map((r) => r.text);
  // A typical ad: the one of median length.
  const typical = [...texts].sort((a, b) => a.length - b.length)[Math.floor(texts.length / 2)];
  const totalKb = sum(texts.map(kb));
  const cases = [
    ['1× a typical ad', [typical], 21],
    ['10×', [Array(10).fill(typical).join('\n\n')], 7],
    ['100×', [Array(100).fill(typical).join('\n\n')], 2],
    [`the whole corpus as one document (${texts.length} ads)`, [texts.join('\n\n')], 1],
    // The baseline: the same ads, each on its own.
    ['every ad on its own (baseline)', texts, 1],
  ];
  // Rounds in which every case runs once in turn: a change in the machine's load hits all alike.
  const rounds = 3;
  const samples = cases.map(() => []);
  for (let round = 0; round < rounds; round++) {
    cases.forEach(([, documents, times], c) => {
      const size = sum(documents.map(kb));
      for (let i = 0; i < times; i++) {
        const start = performance.now();
        for (const text of documents) lintSync(text);
        samples[c].push((performance.now() - start) / size);
      }
    });
  }
  const single = median(samples[cases.length - 1]);
  report.scaling = { corpus: english ? basename(english) : 'synthetic', rounds, singleAdsMsPerKb: single, rows: [] };
  const rows = [['every ad on its own (baseline)', fixed(totalKb, 0), fixed(single, 3), '1.00']];
  cases.slice(0, -1).forEach(([name, documents], c) => {
    const value = median(samples[c]);
    const size = sum(documents.map(kb));
    report.scaling.rows.push({ document: name, kb: size, msPerKb: value, vsSingleAds: value / single });
    rows.push([name, fixed(size, 0), fixed(value, 3), fixed(value / single, 2)]);
  });
  console.log(`## 5. Scaling: one document of growing size, language auto (${report.scaling.corpus}; median of ${rounds} interleaved rounds)\n`);
  console.log(table(['document', 'KB', 'ms per KB', 'vs single ads'], rows) + '\n');
}

// Adversarial inputs (linear time): the older table, run alone when asked for.
if (only?.has('linear')) {
  console.log('## Adversarial inputs: ms per KB at 10 KB, 100 KB and 1 MB\n');
  spawnSync(process.execPath, [join(root, 'scripts', 'bench-linear.mjs')], { stdio: 'inherit', cwd: root });
}

// 6. HTTP server under load (issue 12): a minute of 200 clients, so it runs when asked for or in a full run.
if (wanted('server')) {
  console.log('## 6. HTTP server: 200 concurrent clients, 2,000-word ads, 30 s per endpoint\n');
  spawnSync(process.execPath, [join(root, 'scripts', 'bench-server.mjs')], { stdio: 'inherit', cwd: root });
}

report.machineAfter = machine();
console.log(`Load average after: ${report.machineAfter.loadAverage.join(' / ')}`);
const out = values.json ?? join(tmpdir(), 'vacancy-lint-bench.json');
writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
console.log(`JSON: ${out}`);
