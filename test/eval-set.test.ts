// The labelled evaluation set (eval/*.jsonl) is well-formed and honestly split. This checks the
// data only, never the engine's scores: those are what `npm run eval` reports.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '@vacancy-lint/core';
import { buildFiles, CATEGORIES as BUILD_CATEGORIES, dataFile, LANGUAGES, PARTS, parseSource, split, WHOLE_PARTS } from '../eval/build.mjs';

interface Label {
  category: string;
  also?: string[];
  span: string;
  start: number;
}
interface EvalRecord {
  id: string;
  lang: string;
  kind: string;
  ground?: string;
  text: string;
  labels: Label[];
  note?: string;
}

const KINDS = ['positive', 'hard-negative', 'clean'];

function load(lang: string, part: string): EvalRecord[] {
  return readFileSync(dataFile(lang, part), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as EvalRecord);
}

const data = LANGUAGES.flatMap((lang: string) => PARTS.map((part: string) => ({ lang, part, records: load(lang, part) })));
const all = data.flatMap((d) => d.records.map((r) => ({ ...r, part: d.part })));
// The held-out parts built whole (holdout, final, blind, sealed) are checked like the others, but they are no
// part of the split (dev + validation).
const wholeData = (WHOLE_PARTS as string[]).flatMap((part) => LANGUAGES.map((lang: string) => ({ lang, part, records: load(lang, part) })));
const whole = wholeData.flatMap((d) => d.records.map((r) => ({ ...r, part: d.part })));
const everyData = [...data, ...wholeData];
const every = [...all, ...whole];
const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

describe('eval set: records', () => {
  it('use the engine’s category list', () => {
    expect(BUILD_CATEGORIES).toEqual([...CATEGORIES]);
  });

  it('have the fields of their kind, in the language of their file', () => {
    const problems: string[] = [];
    for (const d of everyData) {
      for (const r of d.records) {
        if (r.lang !== d.lang) problems.push(`${r.id}: lang ${r.lang} in the ${d.lang} file`);
        if (!KINDS.includes(r.kind)) problems.push(`${r.id}: kind ${r.kind}`);
        if (typeof r.text !== 'string' || r.text.trim() === '') problems.push(`${r.id}: empty text`);
        if (!Array.isArray(r.labels)) problems.push(`${r.id}: labels is not a list`);
        else if ((r.kind === 'positive') !== r.labels.length > 0) problems.push(`${r.id}: ${r.kind} with ${r.labels.length} labels`);
        if (r.kind === 'hard-negative' && !(CATEGORIES as readonly string[]).includes(r.ground ?? '')) problems.push(`${r.id}: hard negative without a valid ground`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('label exact spans of the text with valid categories', () => {
    const problems: string[] = [];
    for (const r of every) {
      for (const l of r.labels) {
        for (const c of [l.category, ...(l.also ?? [])]) if (!(CATEGORIES as readonly string[]).includes(c)) problems.push(`${r.id}: category ${c}`);
        if (!l.span || l.span.trim() !== l.span) problems.push(`${r.id}: span '${l.span}' is empty or has outer spaces`);
        if (r.text.slice(l.start, l.start + l.span.length) !== l.span) problems.push(`${r.id}: '${l.span}' is not at ${l.start} in '${r.text}'`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('have unique ids and no text twice, within or across parts (holdout, final, blind and sealed included)', () => {
    const ids = every.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const texts = every.map((r) => normalise(r.text));
    expect(every.filter((_, i) => texts.indexOf(texts[i]!) !== i).map((r) => r.text)).toEqual([]);
  });

  it('are at least 240 per language', () => {
    for (const lang of LANGUAGES) expect(all.filter((r) => r.lang === lang).length).toBeGreaterThanOrEqual(240);
  });
});

describe('eval set: split', () => {
  it.each(LANGUAGES)('%s: exactly one quarter is validation', (lang) => {
    const own = all.filter((r) => r.lang === lang);
    const validation = own.filter((r) => r.part === 'validation');
    expect(validation.length * 4).toBe(own.length);
  });

  it.each(LANGUAGES.flatMap((lang: string) => PARTS.map((part: string) => [lang, part])))('%s %s: at least 35% hard negatives', (lang, part) => {
    const records = all.filter((r) => r.lang === lang && r.part === part);
    const hard = records.filter((r) => r.kind === 'hard-negative').length;
    expect(hard / records.length).toBeGreaterThanOrEqual(0.35);
  });

  it('is stratified: every language × category with 4 or more positives has some in validation', () => {
    const missing: string[] = [];
    for (const lang of LANGUAGES) {
      for (const category of CATEGORIES) {
        const own = all.filter((r) => r.lang === lang && r.kind === 'positive' && r.labels[0]!.category === category);
        if (own.length >= 4 && !own.some((r) => r.part === 'validation')) missing.push(`${lang} ${category}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('is what eval/build.mjs makes from eval/source (run `node eval/build.mjs` after editing a source)', () => {
    for (const [file, text] of buildFiles() as Map<string, string>) expect(readFileSync(file, 'utf8'), file).toBe(text);
  });

  it('depends on the seed only: another seed moves records, the same seed does not', () => {
    const { records } = parseSource(readFileSync(join('eval', 'source', 'nl.txt'), 'utf8'), 'nl') as { records: EvalRecord[] };
    const first = split(records) as Map<string, string>;
    expect(split(records)).toEqual(first);
    const other = split(records, 1) as Map<string, string>;
    expect([...other].filter(([id, part]) => first.get(id) !== part).length).toBeGreaterThan(0);
  });
});

// Each part built whole is held out on its own: the final part was written after the holdout part
// had been scored and tuned on, the blind part after the final part had been scored and read, and
// the sealed part after the blind part had been spent, so
// each must share no sentence with any other part, the earlier held-out parts included.
describe.each(WHOLE_PARTS as string[])('eval set: %s part', (part) => {
  const own = whole.filter((r) => r.part === part);

  it.each(LANGUAGES)('%s: at least 160 records, built whole from its source', (lang) => {
    const records = own.filter((r) => r.lang === lang);
    expect(records.length).toBeGreaterThanOrEqual(160);
    const { records: parsed } = parseSource(readFileSync(join('eval', 'source', `${lang}.${part}.txt`), 'utf8'), lang) as { records: EvalRecord[] };
    expect(records.map((r) => r.id)).toEqual(parsed.map((r) => r.id));
  });

  it.each(LANGUAGES)('%s: at least 35% hard negatives', (lang) => {
    const records = own.filter((r) => r.lang === lang);
    const hard = records.filter((r) => r.kind === 'hard-negative').length;
    expect(hard / records.length).toBeGreaterThanOrEqual(0.35);
  });

  // Sentences of more than 20 characters, as in the corpora check: "Questions?" may occur anywhere.
  it('shares no sentence with any other part', () => {
    const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim().length > 20);
    const others = new Set(every.filter((r) => r.part !== part).flatMap((r) => sentences(r.text)).map(normalise));
    const shared = own.flatMap((r) => sentences(r.text)).filter((s) => others.has(normalise(s)));
    expect(shared).toEqual([]);
  });
});

describe('eval set: source format', () => {
  it('reports a label with an unknown category and a positive without a label', () => {
    const { problems } = parseSource('+ Je bent [[jong|leeftijd]].\n+ Niets gemarkeerd.\n~age Ouderen.\n', 'nl', 't.txt') as { problems: string[] };
    expect(problems).toEqual(["t.txt:1: unknown category 'leeftijd'", 't.txt:2: a positive without a label']);
  });

  it('turns [[span|category/also]] into a label with its offset', () => {
    const { records } = parseSource('+ Vermeld je [[leeftijd|personal-data/age]].  ## note\n', 'nl') as { records: EvalRecord[] };
    expect(records[0]).toMatchObject({ text: 'Vermeld je leeftijd.', note: 'note', labels: [{ category: 'personal-data', also: ['age'], span: 'leeftijd', start: 11 }] });
  });
});

// The sentences are written for the project; none may be a sentence of the real-ad corpora.
const corpora = join('..', 'shared', 'corpora');
describe.skipIf(!existsSync(join(corpora, 'nl.jsonl')))('eval set: own words (needs ../shared/corpora)', () => {
  it('has no sentence that occurs in the corpora', () => {
    const sentences = new Set<string>();
    for (const lang of LANGUAGES) {
      for (const line of readFileSync(join(corpora, `${lang}.jsonl`), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const { text } = JSON.parse(line) as { text: string };
        for (const s of text.split(/(?<=[.!?])\s+|\n+/)) if (s.trim().length > 20) sentences.add(normalise(s));
      }
    }
    const copied = every.flatMap((r) => r.text.split(/(?<=[.!?])\s+/)).filter((s) => sentences.has(normalise(s)));
    expect(copied).toEqual([]);
  });
});
