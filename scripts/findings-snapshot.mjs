#!/usr/bin/env node
// Writes every finding the engine gives on corpora of real postings (read at run time, never
// committed) as one sorted JSON line per finding, so two versions of the engine can be compared
// exactly: a refactor or an optimisation must not change a single line unless it fixes a bug.
//
//   node scripts/findings-snapshot.mjs --out /tmp/before.jsonl [../shared/corpora/nl.jsonl …]
//   node scripts/findings-snapshot.mjs --compare /tmp/before.jsonl /tmp/after.jsonl
//
// Without corpus arguments it reads ../shared/corpora/{nl,en}.jsonl and the project's examples.
import { createReadStream, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, compare: { type: 'boolean', default: false }, language: { type: 'string', default: 'auto' } },
});

if (values.compare) {
  const [a, b] = positionals;
  if (!a || !b) fail('usage: --compare BEFORE.jsonl AFTER.jsonl');
  const before = new Set(readFileSync(a, 'utf8').split('\n').filter(Boolean));
  const after = new Set(readFileSync(b, 'utf8').split('\n').filter(Boolean));
  const gone = [...before].filter((l) => !after.has(l));
  const added = [...after].filter((l) => !before.has(l));
  console.log(`before ${before.size} findings, after ${after.size}: ${gone.length} gone, ${added.length} new`);
  for (const l of gone.slice(0, 40)) console.log(`- ${l}`);
  for (const l of added.slice(0, 40)) console.log(`+ ${l}`);
  process.exit(gone.length || added.length ? 1 : 0);
}

if (!values.out) fail('usage: node scripts/findings-snapshot.mjs --out FILE [corpus.jsonl …]');
const { lintSync } = await import('@vacancy-lint/core');
const corpora = positionals.length
  ? positionals
  : ['nl', 'en'].map((l) => join(root, '..', 'shared', 'corpora', `${l}.jsonl`)).filter(existsSync);

const lines = [];
const record = (source, result) => {
  for (const f of result.findings) {
    lines.push(JSON.stringify([source, f.offset, f.endOffset, f.ruleId, f.severity, f.actual, f.message, f.expected ?? [], f.fixable ?? false]));
  }
  lines.push(JSON.stringify([source, 'language', result.language]));
};

for (const file of readdirSync(join(root, 'examples')).filter((f) => /\.(md|txt|html)$/.test(f)).sort()) {
  const format = file.endsWith('.html') ? 'html' : file.endsWith('.md') ? 'markdown' : 'text';
  record(`examples/${file}`, lintSync(readFileSync(join(root, 'examples', file), 'utf8'), { format, language: values.language }));
}
for (const corpus of corpora) {
  const rl = createInterface({ input: createReadStream(corpus), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    record(r.id, lintSync(r.text, { language: values.language }));
  }
}
lines.sort();
writeFileSync(values.out, lines.join('\n') + '\n');
console.log(`${lines.length} lines from ${corpora.length} corpora and the examples → ${values.out}`);

function fail(message) {
  console.error(message);
  process.exit(2);
}
