#!/usr/bin/env node
// Speed and memory of the engine (never asserted in tests): lint time of the example ads
// (median of many runs), cold start of the CLI, throughput by document size (to show cost is
// linear), then every other scripts/bench-*.mjs.
//
//   npm run bench [-- --runs 30]
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' }, only: { type: 'string' } } });
const runs = Number(values.runs);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const importStart = performance.now();
const { lintSync } = await import('@vacancy-lint/core');
const importMs = performance.now() - importStart;

if (!values.only || values.only === 'core') {
  console.log(`# core\n\nimport @vacancy-lint/core: ${importMs.toFixed(1)} ms`);
  // First lint builds the rule tables of a language.
  for (const language of ['nl', 'en']) {
    const t = performance.now();
    lintSync(language === 'nl' ? 'Wij zoeken een collega.' : 'We are looking for a colleague.', { language });
    console.log(`first lint (${language}, builds the rule tables): ${(performance.now() - t).toFixed(1)} ms`);
  }

  console.log(`\n| example | words | median ms (${runs} runs) | min ms |\n| --- | ---: | ---: | ---: |`);
  for (const file of readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.md')).sort()) {
    const text = readFileSync(join(root, 'examples', file), 'utf8');
    const times = [];
    let words = 0;
    for (let i = 0; i < runs + 3; i++) {
      const t = performance.now();
      words = lintSync(text, { format: 'markdown' }).summary.words;
      if (i >= 3) times.push(performance.now() - t);
    }
    console.log(`| ${file} | ${words} | ${median(times).toFixed(2)} | ${Math.min(...times).toFixed(2)} |`);
  }

  // Cost against size: the same paragraphs repeated; ms per 1,000 words should stay flat.
  const nl = readFileSync(join(root, 'examples', 'vacature-verpleegkundige.md'), 'utf8').replace(/^---[\s\S]*?---\n/, '');
  const en = readFileSync(join(root, 'examples', 'job-ad-developer.md'), 'utf8').replace(/^---[\s\S]*?---\n/, '');
  console.log('\n| language | words | median ms | ms per 1,000 words | heap used MB |\n| --- | ---: | ---: | ---: | ---: |');
  for (const [language, base] of [['nl', nl], ['en', en]]) {
    for (const copies of [1, 10, 100]) {
      const text = Array(copies).fill(base).join('\n\n');
      const times = [];
      let words = 0;
      const n = copies >= 100 ? 5 : 15;
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        words = lintSync(text, { format: 'markdown', language }).summary.words;
        times.push(performance.now() - t);
      }
      const m = median(times);
      console.log(`| ${language} | ${words} | ${m.toFixed(1)} | ${((m / words) * 1000).toFixed(2)} | ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} |`);
    }
  }

  // Cold start: a whole CLI process on one small file.
  const cli = join(root, 'packages/cli/bin/vacancy-lint.js');
  const cold = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    spawnSync(process.execPath, [cli, join(root, 'examples/vacature-verpleegkundige-verbeterd.md')], { stdio: 'ignore' });
    cold.push(performance.now() - t);
  }
  console.log(`\nCLI cold start on one small file: median ${median(cold).toFixed(0)} ms (7 runs)`);
}

for (const script of readdirSync(join(root, 'scripts')).filter((f) => /^bench-.+\.mjs$/.test(f)).sort()) {
  if (values.only && !script.includes(values.only)) continue;
  console.log(`\n# ${script}\n`);
  spawnSync(process.execPath, [join(root, 'scripts', script)], { stdio: 'inherit', cwd: root });
}
