#!/usr/bin/env node
// Builds the labelled evaluation set from the hand-written sources (eval/source/<lang>.txt) and
// splits it, with a fixed seed and stratified by language × category × kind, into a development
// part (three quarters, eval/<lang>.dev.jsonl) and a validation part (one quarter,
// eval/<lang>.validation.jsonl). The sources are the place to read and edit; the JSON Lines files
// are what `npm run eval` scores.
//
// The holdout part (eval/source/<lang>.holdout.txt, written later by someone who had not seen the
// rules) is built whole into eval/<lang>.holdout.jsonl: it is never split, and it is not part of
// the split above, so adding it moved no record between dev and validation. The final part
// (eval/source/<lang>.final.txt, written after the holdout part had been scored and tuned on) is
// built the same way, whole, into eval/<lang>.final.jsonl, and so is the blind part
// (eval/source/<lang>.blind.txt, written after the final part had been scored and its misses read),
// and the sealed part (eval/source/<lang>.sealed.txt, written after every earlier part was spent).
//
//   node eval/build.mjs           rewrite the JSON Lines files
//   node eval/build.mjs --check   exit 1 when the JSON Lines files differ from the sources
//
// Adding or removing a record can move other records between the parts (the quotas change), so
// change the set only before the validation part has been scored.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EVAL_DIR = dirname(fileURLToPath(import.meta.url));
export const LANGUAGES = ['nl', 'en'];
export const PARTS = ['dev', 'validation'];
/** Built whole from eval/source/<lang>.holdout.txt; kept apart from PARTS, which are the split. */
export const HOLDOUT = 'holdout';
/** Built whole from eval/source/<lang>.final.txt, like the holdout part. */
export const FINAL = 'final';
/** Built whole from eval/source/<lang>.blind.txt, written after the final part had been scored. */
export const BLIND = 'blind';
/** Built whole from eval/source/<lang>.sealed.txt, written after the blind part had been spent. */
export const SEALED = 'sealed';
/** The parts built whole, each from its own source, outside the split. */
export const WHOLE_PARTS = [HOLDOUT, FINAL, BLIND, SEALED];
export const SPLIT_SEED = 8_2025;
/** Same list as CATEGORIES in packages/core/src/types.ts (the test checks that they agree). */
export const CATEGORIES = [
  'gender', 'gender-coded', 'age', 'origin', 'disability', 'religion', 'sexual-orientation',
  'family', 'appearance', 'personal-data', 'pay', 'jargon', 'readability', 'structure', 'other',
];

const LABEL = /\[\[([^\]|]+)\|([a-z/-]+)\]\]/g;

/** 32-bit FNV-1a: a small, stable hash for ranking records inside a stratum. */
function fnv(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * One record per `+`, `~ground` or `=` line. The id is a hash of the text, so records keep
 * their id when lines are added or moved.
 */
export function parseSource(source, lang, file = `${lang}.txt`) {
  const records = [];
  const problems = [];
  source.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    if (line === '' || line.startsWith('#')) return;
    const where = `${file}:${index + 1}`;
    const [body, ...noteParts] = line.split('  ## ');
    const note = noteParts.join('  ## ').trim();
    let kind;
    let ground;
    let rest;
    if (body.startsWith('+ ')) {
      kind = 'positive';
      rest = body.slice(2);
    } else if (body.startsWith('= ')) {
      kind = 'clean';
      rest = body.slice(2);
    } else if (body.startsWith('~')) {
      kind = 'hard-negative';
      const space = body.indexOf(' ');
      ground = body.slice(1, space);
      rest = body.slice(space + 1);
      if (!CATEGORIES.includes(ground)) problems.push(`${where}: unknown ground '${ground}'`);
    } else {
      problems.push(`${where}: a line starts with '+ ', '~ground ' or '= '`);
      return;
    }
    let text = '';
    let last = 0;
    const labels = [];
    for (const match of rest.matchAll(LABEL)) {
      text += rest.slice(last, match.index);
      // `category/other/…`: the first is the label's category; the others are also accepted,
      // for wording the knowledge base itself puts under two grounds.
      const [, span, categories] = match;
      const [category, ...also] = categories.split('/');
      for (const c of [category, ...also]) if (!CATEGORIES.includes(c)) problems.push(`${where}: unknown category '${c}'`);
      labels.push({ category, ...(also.length ? { also } : {}), span, start: text.length });
      text += span;
      last = match.index + match[0].length;
    }
    text += rest.slice(last);
    text = text.trim();
    if (text.includes('[[') || text.includes(']]')) problems.push(`${where}: unbalanced [[…]]`);
    if (kind === 'positive' && labels.length === 0) problems.push(`${where}: a positive without a label`);
    if (kind !== 'positive' && labels.length > 0) problems.push(`${where}: a negative with a label`);
    const id = `${lang}-${createHash('sha1').update(text).digest('hex').slice(0, 8)}`;
    records.push({
      id,
      lang,
      kind,
      ...(ground ? { ground } : {}),
      text,
      labels,
      ...(note ? { note } : {}),
    });
  });
  return { records, problems };
}

/** The stratum a record is split in: language × category (first label, or the ground) × kind. */
export function stratum(record) {
  const category = record.labels[0]?.category ?? record.ground ?? 'none';
  return `${record.lang}|${category}|${record.kind}`;
}

/**
 * Exactly a quarter of each language goes to validation: every stratum gets its share rounded
 * down, and the remaining places go to the strata with the largest remainders (ties by name).
 * Inside a stratum the records with the lowest seeded hash of their id are taken.
 */
export function split(records, seed = SPLIT_SEED) {
  const part = new Map();
  for (const lang of LANGUAGES) {
    const own = records.filter((r) => r.lang === lang);
    if (own.length % 4 !== 0) throw new Error(`${lang}: ${own.length} records; the count must be a multiple of 4 for an exact quarter`);
    const strata = new Map();
    for (const r of own) {
      const key = stratum(r);
      if (!strata.has(key)) strata.set(key, []);
      strata.get(key).push(r);
    }
    const quotas = [...strata].map(([key, members]) => ({ key, members, exact: members.length / 4, take: Math.floor(members.length / 4) }));
    let left = own.length / 4 - quotas.reduce((n, q) => n + q.take, 0);
    const byRemainder = [...quotas].sort((a, b) => b.exact - b.take - (a.exact - a.take) || (a.key < b.key ? -1 : 1));
    for (const q of byRemainder) {
      if (left === 0) break;
      q.take++;
      left--;
    }
    for (const q of quotas) {
      const ranked = [...q.members].sort((a, b) => fnv(`${seed}:${a.id}`) - fnv(`${seed}:${b.id}`) || (a.id < b.id ? -1 : 1));
      ranked.forEach((r, i) => part.set(r.id, i < q.take ? 'validation' : 'dev'));
    }
  }
  return part;
}

export function dataFile(lang, part) {
  return join(EVAL_DIR, `${lang}.${part}.jsonl`);
}

/** The JSON Lines text of every data file, built from the sources. */
export function buildFiles() {
  const all = [];
  const problems = [];
  for (const lang of LANGUAGES) {
    const file = join(EVAL_DIR, 'source', `${lang}.txt`);
    const parsed = parseSource(readFileSync(file, 'utf8'), lang, `eval/source/${lang}.txt`);
    all.push(...parsed.records);
    problems.push(...parsed.problems);
  }
  // The holdout, final, blind and sealed sources are parsed the same way but kept out of the split.
  const whole = new Map(WHOLE_PARTS.map((p) => [p, []]));
  for (const p of WHOLE_PARTS) {
    for (const lang of LANGUAGES) {
      const file = join(EVAL_DIR, 'source', `${lang}.${p}.txt`);
      const parsed = parseSource(readFileSync(file, 'utf8'), lang, `eval/source/${lang}.${p}.txt`);
      whole.get(p).push(...parsed.records);
      problems.push(...parsed.problems);
    }
  }
  // No text twice anywhere: a held-out sentence that is also in another part measures nothing new.
  const seen = new Map();
  for (const r of [...all, ...[...whole.values()].flat()]) {
    if (seen.has(r.id)) problems.push(`duplicate text: ${r.text}`);
    seen.set(r.id, r);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const part = split(all);
  const files = new Map();
  for (const lang of LANGUAGES) {
    for (const p of PARTS) {
      const lines = all.filter((r) => r.lang === lang && part.get(r.id) === p).map((r) => JSON.stringify(r));
      files.set(dataFile(lang, p), lines.join('\n') + '\n');
    }
    for (const p of WHOLE_PARTS) {
      const lines = whole.get(p).filter((r) => r.lang === lang).map((r) => JSON.stringify(r));
      files.set(dataFile(lang, p), lines.join('\n') + '\n');
    }
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let files;
  try {
    files = buildFiles();
  } catch (error) {
    console.error(`eval/build.mjs: ${error.message}`);
    process.exit(2);
  }
  let stale = 0;
  for (const [file, text] of files) {
    if (check) {
      let current = '';
      try {
        current = readFileSync(file, 'utf8');
      } catch {}
      if (current !== text) {
        console.error(`${file} is out of date; run node eval/build.mjs`);
        stale++;
      }
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${file} (${text.trim().split('\n').length} records)`);
    }
  }
  process.exit(stale ? 1 : 0);
}
