/**
 * Language detection: once for the document, then per paragraph, then per sentence, because a
 * Dutch benefits block under an English body (or one English sentence in a Dutch paragraph) is
 * common. Every decision rests on evidence the text contains:
 *
 * 1. function words ("de", "het", "the", "you"; and those of languages we have no rules for, so
 *    a German or French text is reported as such instead of linted with Dutch rules);
 * 2. for texts too short to have many function words, words only one language uses: common job-ad
 *    words and the words of each language's rule phrases ("Barman wanted", "Kapster gezocht");
 * 3. franc's letter n-grams, only as a tie-breaker where 1 and 2 say nothing clear.
 *
 * Counting words is cheap; franc runs only on the rare unclear passage.
 */
import { francAll } from 'franc-min';
import { ruleFiles } from '../generated/rules.js';
import { expandAlternatives } from '../rules/phrases.js';
import type { Language } from '../types.js';
import { mergeRuns } from './runs.js';
import { AD_WORDS, CODES, FUNCTION_WORDS, ISO_639_1, type Code } from './words.js';
import { regex } from '../regexes.js';

// Created through regex() (regexes.ts), which records them for the linearity test.
const RULE_WORD = regex('detect.rule-word', /\p{L}{3,}/gu);
// One character (a code point) of \p{L}: the letter runs tally counts are runs of these.
const LETTER = regex('detect.letter', /^\p{L}$/u);
const LETTER_RUN_WORDS = regex('detect.letter-run-words', /\p{L}+/gu);
const BLANK_LINES = regex('detect.blank-lines', /\n[ \t]*(?:\r?\n)+/gu);

/** Below this many letters a guess without evidence is not worth making. */
const MIN_LETTERS = 12;
/** Paragraphs shorter than this follow the document instead of switching language. */
const MIN_PARAGRAPH_LETTERS = 60;
/** Sentences shorter than this never switch language on their own. */
const MIN_SENTENCE_LETTERS = 20;
/** The winner needs this many times the other's function words to count as certain. */
const MARGIN = 2;
/** A sentence must show this much to differ from its paragraph. */
const SENTENCE_VOTES = 3;
const SENTENCE_MARGIN = 3;
/** A text this long without one Dutch or English function word is not Dutch or English. */
const NO_EVIDENCE_LETTERS = 200;

export interface Detection {
  /** `und`: a language vacancy-lint has no rules for (see `looksLike`). */
  language: Language | 'und';
  confident: boolean;
  /** ISO 639-1 code of the unsupported language the text looks like (`de`, `fr`, …). */
  looksLike?: string;
}

/** A stretch of text in one language with rules. */
export interface Segment {
  start: number;
  end: number;
  language: Language;
}

/** A stretch of text in one language, or in a language without rules (`und`). */
export interface DetectedSegment {
  start: number;
  end: number;
  language: Language | 'und';
  looksLike?: string;
}

type Votes = Record<Code, number>;

const zero = (): Votes => ({ nl: 0, en: 0, de: 0, fr: 0, es: 0, it: 0, pt: 0 });

/** Function word → the languages it counts for (bit per index of CODES). */
let functionWords: Map<string, number> | undefined;

function functionWordTable(): Map<string, number> {
  if (functionWords) return functionWords;
  const table = new Map<string, number>();
  // A word Dutch or English shares with a language without rules ("de" and "en" are French too,
  // "die" is German) says nothing about which of them a text is in: it counts for none. Words the
  // other languages share among themselves ("la") count for each.
  const supported = new Set([...FUNCTION_WORDS.nl, ...FUNCTION_WORDS.en]);
  const others = new Set(CODES.filter((c) => c !== 'nl' && c !== 'en').flatMap((c) => FUNCTION_WORDS[c]));
  CODES.forEach((code, bit) => {
    for (const word of FUNCTION_WORDS[code]) {
      if (supported.has(word) && others.has(word)) continue;
      table.set(word, (table.get(word) ?? 0) | (1 << bit));
    }
  });
  return (functionWords = table);
}

/** Words only Dutch or only English uses: job-ad words and the words of the rule phrases. */
let distinctive: Map<string, Language> | undefined;

function distinctiveTable(): Map<string, Language> {
  if (distinctive) return distinctive;
  const seen: Record<Language, Set<string>> = { nl: new Set(AD_WORDS.nl), en: new Set(AD_WORDS.en) };
  for (const file of ruleFiles) {
    for (const rule of file.rules) {
      for (const phrase of rule.phrases ?? []) {
        for (const variant of expandAlternatives(phrase)) {
          for (const m of variant.toLowerCase().matchAll(RULE_WORD)) seen[file.language].add(m[0]);
        }
      }
    }
  }
  const table = new Map<string, Language>();
  const fw = functionWordTable();
  for (const [language, other] of [['nl', 'en'], ['en', 'nl']] as const) {
    for (const word of seen[language]) if (!seen[other].has(word) && !fw.has(word)) table.set(word, language);
  }
  return (distinctive = table);
}

interface Tally {
  votes: Votes;
  letters: number;
}

/**
 * Function-word votes and letter count of text[from, to). `lower`: the text lower-cased, when it
 * lines up with the text character for character (then each word is looked up as it stands there
 * instead of being lower-cased on its own: the same word, since no function word holds a letter
 * whose lower case depends on what follows the word).
 */
function tally(text: string, from = 0, to = text.length, lower?: string): Tally {
  const table = functionWordTable();
  const votes = zero();
  let letters = 0;
  const source = lower ?? text;
  const n = source.length;
  // The runs of letters (\p{L}+) that start before `to`, found by reading characters from a table
  // instead of matching a regular expression: a match object and a string per word were about
  // half of detection's time. A run that starts before `to` is read to its end, as a match would be.
  let i = from;
  while (i < to) {
    let width = letterWidth(source, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    do i += width;
    while (i < n && (width = letterWidth(source, i)) > 0);
    letters += i - start;
    if (i - start > 10) continue;
    const word = source.slice(start, i);
    const bits = table.get(lower ? word : word.toLowerCase());
    if (bits) for (let bit = 0; bit < CODES.length; bit++) if (bits & (1 << bit)) votes[CODES[bit]!]++;
  }
  return { votes, letters };
}

/** Per UTF-16 code unit of the Basic Multilingual Plane: 0 not yet known, 1 a letter, 2 not. */
const LETTER_UNITS = new Uint8Array(0x10000);
/** Code points beyond it (written as surrogate pairs) → whether they are letters. */
const ASTRAL_LETTERS = new Map<number, boolean>();

/** The length in code units of the letter at text[i] (2 for a surrogate pair), or 0 for no letter there. */
function letterWidth(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      const point = text.codePointAt(i)!;
      let letter = ASTRAL_LETTERS.get(point);
      if (letter === undefined) ASTRAL_LETTERS.set(point, (letter = LETTER.test(String.fromCodePoint(point))));
      return letter ? 2 : 0;
    }
  }
  let known = LETTER_UNITS[unit]!;
  if (known === 0) LETTER_UNITS[unit] = known = LETTER.test(String.fromCharCode(unit)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** `text` lower-cased if that keeps every character in its place (no letter becomes two), else undefined. */
function alignedLowerCase(text: string): string | undefined {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : undefined;
}

function add(a: Tally, b: Tally): Tally {
  const votes = zero();
  for (const code of CODES) votes[code] = a.votes[code] + b.votes[code];
  return { votes, letters: a.letters + b.letters };
}

interface Verdict {
  language: Language | 'und';
  looksLike?: string;
}

/**
 * The language the function words clearly point to, if any. `smooth` adds one vote to the loser,
 * so a short sentence with one word of the other language needs twice the evidence ("What's in it
 * for you als medewerker?" stays Dutch).
 */
function verdict(votes: Votes, least = 2, margin = MARGIN, smooth = 0): Verdict | undefined {
  const supported: Language = votes.nl >= votes.en ? 'nl' : 'en';
  const other: Language = supported === 'nl' ? 'en' : 'nl';
  let foreign: Code = 'de';
  for (const code of CODES) if (code !== 'nl' && code !== 'en' && votes[code] > votes[foreign]) foreign = code;
  if (votes[foreign] >= least && votes[foreign] >= margin * (votes[supported] + smooth)) return { language: 'und', looksLike: foreign };
  // Dutch or English must also beat the best other language ("de" and "en" are French words too).
  const rival = Math.max(votes[other], votes[foreign]);
  if (votes[supported] >= least && votes[supported] >= margin * (rival + smooth)) return { language: supported };
  return undefined;
}

/** franc, limited to Dutch and English, as a tie-breaker; undefined when it hesitates too. */
function francGuess(text: string): Language | undefined {
  const [best, second] = francAll(text, { only: ['nld', 'eng'], minLength: 1 });
  if (!best || best[0] === 'und') return undefined;
  if (second && second[1] > 0.97) return undefined;
  return best[0] === 'nld' ? 'nl' : 'en';
}

/** Job-ad and rule-phrase words of each language, for texts with few function words. */
function lexiconVotes(text: string): Record<Language, number> {
  const table = distinctiveTable();
  const votes = { nl: 0, en: 0 };
  for (const m of text.toLowerCase().matchAll(LETTER_RUN_WORDS)) {
    const language = table.get(m[0]);
    if (language) votes[language]++;
  }
  return votes;
}

function decideDocument(text: string, counted: Tally, fallback: Language): Detection {
  const clear = verdict(counted.votes);
  if (clear) return { ...clear, confident: true };
  // Few function words: add the words only one language uses.
  const lexicon = lexiconVotes(text);
  const nl = counted.votes.nl + lexicon.nl;
  const en = counted.votes.en + lexicon.en;
  if (nl !== en) return { language: nl > en ? 'nl' : 'en', confident: false };
  if (counted.letters >= NO_EVIDENCE_LETTERS && counted.votes.nl + counted.votes.en === 0) {
    // A long text without one Dutch or English function word: let franc name it.
    const [best] = francAll(text, { minLength: 1 });
    if (best && best[0] !== 'nld' && best[0] !== 'eng' && best[0] !== 'und') {
      return { language: 'und', looksLike: ISO_639_1[best[0]] ?? best[0], confident: true };
    }
  }
  if (counted.letters < MIN_LETTERS) return { language: fallback, confident: false };
  return { language: francGuess(text) ?? fallback, confident: false };
}

export function detectLanguage(text: string, fallback: Language): Detection {
  return decideDocument(text, tally(text), fallback);
}

interface Sentence extends Tally {
  start: number;
  end: number;
}

/**
 * Sentence ends: `.`, `!`, `?` before a space or a capital ("leavers.This"), and line breaks. The
 * match starts at the last mark of a run ("..."), so a long run of dots is not tried from every dot.
 */
const SENTENCE_END = regex('detect.sentence-end', /[.!?…](?![.!?…])(?:\s+|(?=\p{Lu}\p{Ll}))|\n+/gu);

function sentencesOf(text: string, start: number, end: number, lower: string | undefined): Sentence[] {
  const out: Sentence[] = [];
  let from = start;
  SENTENCE_END.lastIndex = start;
  for (let m = SENTENCE_END.exec(text); m && m.index < end; m = SENTENCE_END.exec(text)) {
    const to = Math.min(m.index + m[0].length, end);
    if (to > from) out.push({ start: from, end: to, ...tally(text, from, to, lower) });
    from = to;
    if (m[0].length === 0) SENTENCE_END.lastIndex++;
  }
  if (end > from) out.push({ start: from, end, ...tally(text, from, end, lower) });
  return out;
}

/** Splits `text` into runs of paragraphs, and of sentences where a paragraph mixes languages. */
/**
 * @param alwaysAskFranc ask franc about every weakly Dutch or English paragraph, also where its
 *   answer cannot change the result (the reference the shortcut is tested against)
 */
export function segmentByLanguage(text: string, fallback: Language, alwaysAskFranc = false): { language: Language | 'und'; looksLike?: string; segments: DetectedSegment[] } {
  const paragraphs: Array<{ start: number; end: number; sentences: Sentence[]; tally: Tally }> = [];
  const separator = BLANK_LINES;
  const lower = alignedLowerCase(text);
  let start = 0;
  const push = (end: number) => {
    const sentences = sentencesOf(text, start, end, lower);
    paragraphs.push({ start, end, sentences, tally: sentences.reduce(add, { votes: zero(), letters: 0 }) });
  };
  for (const m of text.matchAll(separator)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);

  const whole = paragraphs.map((p) => p.tally).reduce(add, { votes: zero(), letters: 0 });
  const document = decideDocument(text, whole, fallback);
  const main: Verdict = document.looksLike ? { language: 'und', looksLike: document.looksLike } : { language: document.language };

  const runs: DetectedSegment[] = [];
  let previous = main;
  for (const paragraph of paragraphs) {
    let own = previous;
    if (paragraph.tally.letters >= MIN_PARAGRAPH_LETTERS) {
      const found = verdict(paragraph.tally.votes);
      // Two function words can be a borrowed phrase ("and a great team"); then franc must agree,
      // unless the paragraph stays in the language it follows anyway (franc cannot change that).
      const strong =
        found &&
        (Math.max(...CODES.map((c) => paragraph.tally.votes[c])) >= 3 ||
          found.language === 'und' ||
          (!alwaysAskFranc && found.language === previous.language && !previous.looksLike) ||
          francGuess(text.slice(paragraph.start, paragraph.end)) === found.language);
      if (found && strong) own = found;
      previous = own;
    } else if (paragraph.tally.letters >= MIN_SENTENCE_LETTERS) {
      // A short paragraph ("Please send your CV to our recruiter.") switches only on strong
      // evidence, and only itself: a short list item after it still follows the text around it.
      const found = verdict(paragraph.tally.votes, SENTENCE_VOTES, SENTENCE_MARGIN, 1);
      if (found && found.language !== 'und') own = found;
    }
    for (const sentence of paragraph.sentences) {
      let language = own;
      if (own.language !== 'und' && paragraph.sentences.length > 1 && sentence.letters >= MIN_SENTENCE_LETTERS) {
        const found = verdict(sentence.votes, SENTENCE_VOTES, SENTENCE_MARGIN, 1);
        // A sentence in a language without rules is left out too.
        if (found) language = found;
      }
      runs.push({ start: sentence.start, end: sentence.end, ...language });
    }
  }
  if (runs.length === 0) runs.push({ start: 0, end: text.length, ...main });
  const segments = mergeRuns(
    runs.map((r) => ({ ...r, language: r.looksLike ? `und:${r.looksLike}` : r.language })),
    text.length,
  ).map(({ start: s, end: e, language }) => (language.startsWith('und:') ? { start: s, end: e, language: 'und' as const, looksLike: language.slice(4) } : { start: s, end: e, language: language as Language }));
  return { language: main.language, ...(main.looksLike ? { looksLike: main.looksLike } : {}), segments };
}
