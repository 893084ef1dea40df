#!/usr/bin/env node
// Lints real job postings (JSON Lines, read at run time; never copied into the project) and
// prints findings per 1,000 words by severity, category and rule. Writes a random sample of
// warning/error findings with context to a review file outside version control.
//
//   npm run corpus -- ../shared/corpora/nl.jsonl [--sample 150] [--seed 1] [--out .corpus-review/nl.md]
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, basename } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { lintSync } from '@vacancy-lint/core';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    sample: { type: 'string', default: '150' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    format: { type: 'string', default: 'text' },
    'only-source': { type: 'string' },
  },
});
if (positionals.length === 0) {
  console.error('usage: npm run corpus -- <file.jsonl> [--sample N] [--seed N] [--out FILE] [--only-source REPO]');
  process.exit(2);
}

// A finding's place in the review sample depends only on itself (posting, offset, rule) and
// the seed, so fixing one rule does not reshuffle the rest of the sample.
function rank(key) {
  let h = 2166136261 ^ Number(values.seed);
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return h >>> 0;
}

for (const file of positionals) {
  const byRule = new Map();
  const byCategory = new Map();
  const bySeverity = { error: 0, warning: 0, info: 0 };
  const serious = [];
  let words = 0;
  let docs = 0;
  let ms = 0;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const record = JSON.parse(line);
    if (values['only-source'] && record.source_repo !== values['only-source']) continue;
    const started = performance.now();
    const result = lintSync(record.text, { format: values.format });
    ms += performance.now() - started;
    docs++;
    words += result.summary.words;
    for (const f of result.findings) {
      bySeverity[f.severity]++;
      byCategory.set(f.category, (byCategory.get(f.category) ?? 0) + 1);
      const entry = byRule.get(f.ruleId) ?? { n: 0, severity: f.severity };
      entry.n++;
      byRule.set(f.ruleId, entry);
      if (f.severity !== 'info') {
        const before = record.text.slice(Math.max(0, f.offset - 90), f.offset).replace(/\s+/g, ' ');
        const after = record.text.slice(f.endOffset, f.endOffset + 90).replace(/\s+/g, ' ');
        serious.push({ rank: rank(`${record.id}:${f.offset}:${f.ruleId}`), id: record.id, ruleId: f.ruleId, severity: f.severity, actual: f.actual, context: `…${before}[[${f.actual}]]${after}…` });
      }
    }
  }
  const per1000 = (n) => ((n / words) * 1000).toFixed(2);
  console.log(`\n## ${basename(file)}: ${docs} postings, ${words} words, lint ${ms.toFixed(0)} ms (${((words / ms) * 1000).toFixed(0)} words/s)`);
  console.log(`findings per 1,000 words: error ${per1000(bySeverity.error)}, warning ${per1000(bySeverity.warning)}, info ${per1000(bySeverity.info)}`);
  console.log('\nby category (per 1,000 words):');
  for (const [c, n] of [...byCategory].sort((a, b) => b[1] - a[1])) console.log(`  ${c.padEnd(20)} ${String(n).padStart(5)}  ${per1000(n)}`);
  console.log('\nby rule:');
  for (const [id, { n, severity }] of [...byRule].sort((a, b) => b[1].n - a[1].n)) console.log(`  ${id.padEnd(48)} ${severity.padEnd(8)} ${String(n).padStart(5)}  ${per1000(n)}`);

  // Sample for hand review: the findings with the lowest rank.
  serious.sort((a, b) => a.rank - b.rank);
  const sample = serious.slice(0, Number(values.sample));
  const out = values.out ?? `.corpus-review/${basename(file, '.jsonl')}.md`;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `# Review sample: ${basename(file)} (${sample.length} of ${serious.length} warning/error findings, seed ${values.seed})\n\n` +
      'Mark each line: OK (right to flag), FP (should not be flagged), ? (unsure).\n\n' +
      sample.map((s, i) => `${i + 1}. [ ] ${s.severity} ${s.ruleId} (${s.id}): ${s.context}`).join('\n') +
      '\n',
  );
  console.log(`\nreview sample: ${out} (not for version control: it quotes the postings)`);
}
