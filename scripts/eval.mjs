#!/usr/bin/env node
// Scores the engine on the labelled evaluation set (eval/*.jsonl): precision and recall per
// language and category at warning+error. The matching rules are in eval/README.md.
//
//   npm run eval                          the development part (the default)
//   npm run eval -- --part validation     the held-out part: score it once, at the end
//   npm run eval -- --part holdout        the second held-out part, written without seeing the rules:
//                                         scored once, by the coordinator, at the end (not in `all`)
//   npm run eval -- --part final          the third held-out part, written after holdout had been scored
//                                         and tuned on: scored once, by the coordinator, at the end (not in `all`)
//   npm run eval -- --part blind          the fourth held-out part, written after final had been scored
//                                         and read: scored once, by the coordinator, at the end (not in `all`)
//   npm run eval -- --part sealed         the fifth held-out part, written blind after every earlier part was
//                                         spent: scored once, by the lead, at the end (not in `all`)
//   npm run eval -- --part all --lang nl --verbose --json --info
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BLIND, dataFile, FINAL, HOLDOUT, LANGUAGES, SEALED } from '../eval/build.mjs';

/**
 * Categories that are writing quality or a balance score, not an exclusion ground: the set has no
 * labels for them, so their findings are left out of precision (and counted on their own).
 */
const UNSCORED_CATEGORIES = new Set(['gender-coded', 'readability', 'structure']);
const USAGE = 'usage: npm run eval -- [--part dev|validation|holdout|final|blind|sealed|all] [--lang nl|en] [--verbose] [--json] [--info]';

function fail(message) {
  console.error(`eval: ${message}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      part: { type: 'string', default: 'dev' },
      lang: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      info: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  fail(`${error.message} (${USAGE})`);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
// `all` is the split set only: the holdout, final, blind and sealed parts are scored on their own, so a habit of
// running `all` never shows their misses.
const parts = { dev: ['dev'], validation: ['validation'], [HOLDOUT]: [HOLDOUT], [FINAL]: [FINAL], [BLIND]: [BLIND], [SEALED]: [SEALED], all: ['dev', 'validation'] }[values.part];
if (!parts) fail(`--part must be dev, validation, holdout, final, blind, sealed or all, not '${values.part}'`);
if (values.lang && !LANGUAGES.includes(values.lang)) fail(`--lang must be nl or en, not '${values.lang}'`);
const languages = values.lang ? [values.lang] : LANGUAGES;

let core;
try {
  core = await import('@vacancy-lint/core');
} catch {
  fail('cannot load @vacancy-lint/core; run `npm run build` first');
}
// Document checks (no pay range, long sentences, long lists, gender-coded balance) judge a whole
// ad, not a sentence; no record is labelled at document level, so they are left out.
const documentRules = new Set(core.listRules().filter((r) => r.kind === 'document').map((r) => r.id));
const severities = new Set(values.info ? ['error', 'warning', 'info'] : ['error', 'warning']);

function loadRecords(lang, part) {
  const file = dataFile(lang, part);
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    fail(`cannot read ${file}; run node eval/build.mjs`);
  }
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      return [{ ...JSON.parse(line), part }];
    } catch {
      fail(`${file}:${i + 1}: not valid JSON`);
    }
  });
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** Lints one record and sorts its labels into found/missed and its findings into TP/FP/other. */
function scoreRecord(record) {
  const { findings } = core.lintSync(record.text, { language: record.lang });
  const labels = record.labels.map((l) => ({ ...l, end: l.start + l.span.length, accepted: [l.category, ...(l.also ?? [])] }));
  const scored = [];
  const ignored = { document: 0, unscored: 0, info: 0 };
  for (const f of findings) {
    if (documentRules.has(f.ruleId)) ignored.document++;
    else if (UNSCORED_CATEGORIES.has(f.category)) ignored.unscored++;
    else if (!severities.has(f.severity)) ignored.info++;
    else scored.push({ ...f, start: f.offset, end: f.endOffset });
  }
  const labelResults = labels.map((label) => {
    const same = scored.filter((f) => label.accepted.includes(f.category) && overlaps(f, label));
    const instead = scored.filter((f) => !label.accepted.includes(f.category) && overlaps(f, label));
    return { label, found: same.length > 0, instead };
  });
  const findingResults = scored.map((f) => {
    const hit = labels.filter((l) => overlaps(f, l));
    const verdict = hit.some((l) => l.accepted.includes(f.category)) ? 'tp' : hit.length > 0 ? 'other-category' : 'fp';
    return { finding: f, verdict };
  });
  return { record, labelResults, findingResults, ignored };
}

function emptyCell() {
  return { labels: 0, found: 0, findings: 0, tp: 0, fp: 0, otherCategory: 0 };
}
function add(cell, other) {
  for (const key of Object.keys(cell)) cell[key] += other[key];
}
const ratio = (a, b) => (b === 0 ? null : a / b);
function finish(cell) {
  return { ...cell, recall: ratio(cell.found, cell.labels), precision: ratio(cell.tp, cell.tp + cell.fp) };
}

const report = { part: values.part, severities: [...severities], languages: {}, overall: null, misses: [], falsePositives: [], otherCategory: [] };
const overall = emptyCell();
for (const lang of languages) {
  const records = parts.flatMap((p) => loadRecords(lang, p));
  const byCategory = new Map();
  const cell = (c) => byCategory.get(c) ?? byCategory.set(c, emptyCell()).get(c);
  const total = emptyCell();
  const negatives = { records: 0, flagged: 0 };
  const ignored = { document: 0, unscored: 0, info: 0 };
  for (const record of records) {
    const result = scoreRecord(record);
    for (const key of Object.keys(ignored)) ignored[key] += result.ignored[key];
    for (const { label, found, instead } of result.labelResults) {
      cell(label.category).labels++;
      if (found) cell(label.category).found++;
      else report.misses.push({ id: record.id, part: record.part, category: label.category, span: label.span, text: record.text, instead: instead.map((f) => `${f.ruleId} (${f.category})`) });
    }
    for (const { finding: f, verdict } of result.findingResults) {
      const c = cell(f.category);
      c.findings++;
      if (verdict === 'tp') c.tp++;
      else if (verdict === 'fp') {
        c.fp++;
        report.falsePositives.push({ id: record.id, part: record.part, kind: record.kind, ruleId: f.ruleId, category: f.category, severity: f.severity, actual: f.actual, text: record.text });
      } else {
        c.otherCategory++;
        report.otherCategory.push({ id: record.id, part: record.part, ruleId: f.ruleId, category: f.category, actual: f.actual, labels: record.labels.map((l) => `${l.category}: ${l.span}`) });
      }
    }
    if (record.kind !== 'positive') {
      negatives.records++;
      if (result.findingResults.length > 0) negatives.flagged++;
    }
  }
  const categories = {};
  for (const [name, c] of [...byCategory].sort(([a], [b]) => (a < b ? -1 : 1))) {
    categories[name] = finish(c);
    add(total, c);
  }
  add(overall, total);
  report.languages[lang] = { records: records.length, overall: finish(total), categories, negatives, ignored };
}
report.overall = finish(overall);

const pct = (x) => (x === null ? '   —  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
function row(name, c) {
  return `  ${name.padEnd(20)} ${String(c.labels).padStart(6)} ${String(c.found).padStart(6)} ${pct(c.recall)}  ${String(c.findings).padStart(8)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.otherCategory).padStart(6)} ${pct(c.precision)}`;
}

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`vacancy-lint eval: part ${values.part}, findings at ${[...severities].join('+')}`);
  for (const [lang, r] of Object.entries(report.languages)) {
    console.log(`\n${lang}  (${r.records} records; ${r.negatives.flagged} of ${r.negatives.records} negatives flagged)`);
    console.log(`  ${'category'.padEnd(20)} ${'labels'.padStart(6)} ${'found'.padStart(6)} ${'recall'.padStart(6)}  ${'findings'.padStart(8)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'other'.padStart(6)} ${'prec.'.padStart(6)}`);
    for (const [name, c] of Object.entries(r.categories)) console.log(row(name, c));
    console.log(row('all', r.overall));
    console.log(`  not scored: ${r.ignored.document} document-check, ${r.ignored.unscored} gender-coded/readability/structure${values.info ? '' : `, ${r.ignored.info} info`} findings`);
  }
  console.log(`\noverall: recall ${pct(report.overall.recall).trim()} (${report.overall.found}/${report.overall.labels}), precision ${pct(report.overall.precision).trim()} (${report.overall.tp}/${report.overall.tp + report.overall.fp})`);
  if (values.verbose) {
    console.log(`\nmisses (${report.misses.length}):`);
    for (const m of report.misses) console.log(`  ${m.id} [${m.category}] '${m.span}'${m.instead.length ? ` — got ${m.instead.join(', ')}` : ''}\n      ${m.text}`);
    console.log(`\nfalse positives (${report.falsePositives.length}):`);
    for (const f of report.falsePositives) console.log(`  ${f.id} (${f.kind}) ${f.ruleId} ${f.severity} '${f.actual}'\n      ${f.text}`);
    console.log(`\nfindings of another category on a labelled span (${report.otherCategory.length}):`);
    for (const o of report.otherCategory) console.log(`  ${o.id} ${o.ruleId} '${o.actual}' — labelled ${o.labels.join('; ')}`);
  } else {
    console.log(`${report.misses.length} misses, ${report.falsePositives.length} false positives: --verbose lists them`);
  }
}
if (values.part !== 'dev') {
  const held = { [HOLDOUT]: 'holdout part is', [FINAL]: 'final part is', [BLIND]: 'blind part is', [SEALED]: 'sealed part is' }[values.part] ?? 'validation part is';
  console.error(`\nReminder: the ${held} held out. Score it once, at the end; never tune rules or engine on it or on its misses.`);
}
