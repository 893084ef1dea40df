#!/usr/bin/env node
// Lints real job postings (JSON Lines, read at run time; never copied into the project) and
// prints findings per 1,000 words by severity, category and rule. Writes a random sample of
// warning/error findings with context to a review file outside version control, and (with --read)
// a seeded random choice of whole postings with their findings, for reading in full for misses.
//
//   npm run corpus -- ../shared/corpora/nl.jsonl [--sample 150] [--seed 1] [--out .corpus-review/nl.md]
//                     [--read 15]   # also .corpus-review/nl-ads.md: 15 whole postings and their findings
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, basename } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { lintSync } from '@vacancy-lint/core';

const USAGE = 'usage: npm run corpus -- <file.jsonl> [--sample N] [--seed N] [--out FILE] [--format text|json] [--only-source REPO] [--read N]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      sample: { type: 'string', default: '150' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      format: { type: 'string', default: 'text' },
      'only-source': { type: 'string' },
      read: { type: 'string', default: '0' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  console.error(`corpus: ${error.message.split('.')[0]}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length === 0) {
  console.error(USAGE);
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
  let sameLanguage = 0;
  const postings = [];
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
    if (result.language === record.lang_detected) sameLanguage++;
    if (Number(values.read) > 0) postings.push({ rank: rank(`ad:${record.id}`), record, result });
    for (const f of result.findings) {
      bySeverity[f.severity]++;
      byCategory.set(f.category, (byCategory.get(f.category) ?? 0) + 1);
      // A rule can report at more than one severity (e.g. a reason found elsewhere lowers it to info).
      const entry = byRule.get(f.ruleId) ?? { n: 0, error: 0, warning: 0, info: 0 };
      entry.n++;
      entry[f.severity]++;
      byRule.set(f.ruleId, entry);
      if (f.severity !== 'info') {
        const before = record.text.slice(Math.max(0, f.offset - 90), f.offset).replace(/\s+/g, ' ');
        const after = record.text.slice(f.endOffset, f.endOffset + 90).replace(/\s+/g, ' ');
        serious.push({ rank: rank(`${record.id}:${f.offset}:${f.ruleId}`), id: record.id, ruleId: f.ruleId, severity: f.severity, actual: f.actual, message: f.message, context: `…${before}[[${f.actual}]]${after}…` });
      }
    }
  }
  const per1000 = (n) => ((n / words) * 1000).toFixed(2);
  console.log(`\n## ${basename(file)}: ${docs} postings, ${words} words, lint ${ms.toFixed(0)} ms (${((words / ms) * 1000).toFixed(0)} words/s)`);
  console.log(`language as in the corpus metadata (lang_detected): ${sameLanguage} / ${docs}`);
  console.log(`findings per 1,000 words: error ${per1000(bySeverity.error)} (${bySeverity.error}), warning ${per1000(bySeverity.warning)} (${bySeverity.warning}), info ${per1000(bySeverity.info)} (${bySeverity.info})`);
  console.log('\nby category (per 1,000 words):');
  for (const [c, n] of [...byCategory].sort((a, b) => b[1] - a[1])) console.log(`  ${c.padEnd(20)} ${String(n).padStart(5)}  ${per1000(n)}`);
  console.log('\nby rule:');
  for (const [id, e] of [...byRule].sort((a, b) => b[1].n - a[1].n)) {
    const mix = ['error', 'warning', 'info'].filter((s) => e[s] > 0).map((s) => (e[s] === e.n ? s : `${s} ${e[s]}`)).join(', ');
    console.log(`  ${id.padEnd(48)} ${mix.padEnd(24)} ${String(e.n).padStart(5)}  ${per1000(e.n)}`);
  }

  // Sample for hand review: the findings with the lowest rank.
  serious.sort((a, b) => a.rank - b.rank);
  const sample = serious.slice(0, Number(values.sample));
  const out = values.out ?? `.corpus-review/${basename(file, '.jsonl')}.md`;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `# Review sample: ${basename(file)} (${sample.length} of ${serious.length} warning/error findings, seed ${values.seed})\n\n` +
      'Mark each line: OK (right to flag), FP (should not be flagged), ? (unsure).\n\n' +
      sample.map((s, i) => `${i + 1}. [ ] ${s.severity} ${s.ruleId} (${s.id}): ${s.context}\n   — ${s.message}`).join('\n') +
      '\n',
  );
  console.log(`\nreview sample: ${out} (not for version control: it quotes the postings)`);

  // Whole postings for reading in full (misses and wrong flags), chosen by the seed alone.
  if (Number(values.read) > 0) {
    postings.sort((a, b) => a.rank - b.rank);
    const chosen = postings.slice(0, Number(values.read));
    const adsOut = out.replace(/\.md$/, '') + '-ads.md';
    writeFileSync(
      adsOut,
      `# Whole postings: ${basename(file)} (${chosen.length} of ${postings.length}, seed ${values.seed})\n\n` +
        'List what a careful reviewer would flag that has no warning/error finding (misses), and wrong findings.\n\n' +
        chosen
          .map(({ record, result }, i) => {
            const found = result.findings
              .map((f) => `- ${f.severity} ${f.ruleId} [[${f.actual ?? ''}]] @${f.offset}: ${f.message}`)
              .join('\n');
            return `## ${i + 1}. ${record.id} (${result.language}, ${result.summary.words} words)\n\n${record.text}\n\n### Findings\n\n${found || '(none)'}\n`;
          })
          .join('\n'),
    );
    console.log(`whole postings: ${adsOut} (not for version control)`);
  }
}
