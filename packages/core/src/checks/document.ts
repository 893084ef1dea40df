/**
 * Document-level checks: the gender-coded balance, missing pay information, long requirement
 * lists and long sentences. They produce hits like the phrase rules (so configuration, allowed
 * phrases and directives apply the same way) plus the numbers for the summary.
 */
import type { ListBlock, PreparedText } from '../input/types.js';
import type { Segment } from '../language/detect.js';
import type { Hit } from '../match/phrases.js';
import { tokenAt } from '../match/patterns.js';
import type { Token, TokenStream } from '../match/tokens.js';
import type { CompiledRule, RuleTable } from '../rules/tables.js';
import type { GenderCodedBalance, GenderCodedWords, Language } from '../types.js';
import { balance, findCodedWords, inTitleCaseRun, type CodedWord } from './gender-coded.js';
import { headingRanges, insideRanges } from './headings.js';
import { mentionsPay } from './pay-range.js';
import { headingPattern, longRequirementLists } from './requirements.js';
import { regex } from '../regexes.js';

// Created through regex() (regexes.ts), which records them for the linearity test.
const ENDS_MID_SENTENCE = regex('checks.document.ends-mid-sentence', /[,;:(&/-]$/u);
const STARTS_UPPER_OR_DIGIT = regex('checks.document.starts-upper-or-digit', /^[\p{Lu}\p{N}]/u);


export interface DocumentFacts {
  genderCoded: GenderCodedBalance;
  hasPayRange: boolean;
  longSentences: number;
  averageSentenceLength: number;
  requirementLists: number[];
}

interface TokenSpan {
  segment: Segment;
  from: number;
  to: number;
}

/** The rule table of a language: given by the engine, so checks read no global state. */
export type RuleTables = (language: Language) => RuleTable;

function ruleFor(tables: RuleTables, language: Language, check: NonNullable<CompiledRule['check']>): CompiledRule | undefined {
  return tables(language).documentRules.find((r) => r.check === check);
}

function hitAt(rule: CompiledRule, stream: TokenStream, start: number, end: number, vars: Record<string, string> = {}, suggestions?: string[]): Hit {
  const first = Math.min(tokenAt(stream, start), Math.max(stream.tokens.length - 1, 0));
  const last = Math.max(first, tokenAt(stream, end) - 1);
  return { rule, start, end, first, last, vars, ...(suggestions ? { suggestions } : {}) };
}

function languageAt(spans: readonly TokenSpan[], offset: number, fallback: Language): Language {
  return spans.find((s) => s.segment.start <= offset && offset < s.segment.end)?.segment.language ?? fallback;
}

/** Words listed in a message: enough to recognise them, few enough for one line. */
const MAX_LISTED = 6;

const listed = (words: readonly string[], max: number) => (words.length > max ? [...words.slice(0, max), '…'] : words).join(', ');

/**
 * The gender-coded findings: by default one for the whole ad when it leans clearly one way (the words,
 * the balance and what to add), placed on the first coded word of that side; with
 * `genderCodedWords: 'each'` one per coded word of that side instead.
 */
function genderCodedHits(tables: RuleTables, coded: ReadonlyArray<CodedWord & { language: Language }>, genderCoded: GenderCodedBalance, stream: TokenStream, mode: GenderCodedWords): Hit[] {
  // Only a clear lean is worth a finding: Gender Decoder's 'strongly' labels (a difference of more
  // than three words). One or two words either way is within the noise of a long ad; the summary
  // still gives the label.
  const leaning = genderCoded.label === 'strongly masculine-coded' ? 'masculine' : genderCoded.label === 'strongly feminine-coded' ? 'feminine' : undefined;
  if (!leaning) return [];
  const side = coded.filter((w) => w.side === leaning);
  const hits: Hit[] = [];
  if (mode === 'each') {
    for (const word of side) {
      const rule = ruleFor(tables, word.language, leaning === 'masculine' ? 'gender-coded-masculine-word' : 'gender-coded-feminine-word');
      // The balancing word goes in the message, not in the suggestions: it is something to add
      // elsewhere, and a quick fix must never swap 'analytisch' for 'zorgvuldig'.
      if (rule) hits.push(hitAt(rule, stream, word.start, word.end, { pair: word.pair, label: genderCoded.label }, []));
    }
    return hits;
  }
  const first = side[0]!;
  const rule = ruleFor(tables, first.language, leaning === 'masculine' ? 'gender-coded-masculine' : 'gender-coded-feminine');
  if (!rule) return [];
  const words = leaning === 'masculine' ? genderCoded.masculineWords : genderCoded.feminineWords;
  const add = [...new Set(side.map((w) => w.pair))];
  const vars = {
    words: listed(words, MAX_LISTED),
    count: String(side.length),
    other: String(coded.length - side.length),
    add: listed(add.map((w) => `'${w}'`), 3),
    label: genderCoded.label,
  };
  return [hitAt(rule, stream, first.start, first.end, vars, [])];
}

/** Text flattened from HTML glues a sentence end to the next word ("team.You'll", "by:Leading"). */
const GLUED_END = regex('checks.document.glued-sentence-end', /\p{Ll}[.!?:]\p{Lu}/u);

/**
 * GLUED_END.test(word), asked for every token: most words hold none of its marks, and a scan for
 * them costs less than running the expression.
 */
function gluedEnd(word: string): boolean {
  for (let i = 1; i < word.length - 1; i++) {
    const c = word.charCodeAt(i);
    // . ! ? :
    if (c === 46 || c === 33 || c === 63 || c === 58) return GLUED_END.test(word);
  }
  return false;
}

/** True when text[from, to) holds a line break; asked for every token, so without a slice. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** A line break between two tokens of one sentence, after no punctuation, before a capital. */
function lineBreakEndsPart(text: string, previous: Token, token: Token): boolean {
  if (!hasLineBreak(text, previous.end, token.start)) return false;
  if (ENDS_MID_SENTENCE.test(previous.exact)) return false;
  return STARTS_UPPER_OR_DIGIT.test(token.exact) || !token.word;
}

export interface DocumentOptions {
  tables: RuleTables;
  /** The headings before a list that make it a list of requirements, of every language. */
  requirementHeadings: readonly string[];
  /** The words that make an amount of money pay, of every language. */
  payWords: readonly string[];
  /** Words for money that is not pay, and the pay words that only give a frequency, of every language. */
  allowanceWords?: { words: readonly string[]; frequencies: readonly string[] };
  genderCodedWords?: GenderCodedWords | undefined;
}

export function documentChecks(prepared: PreparedText, stream: TokenStream, spans: readonly TokenSpan[], main: Language, options: DocumentOptions): { hits: Hit[]; facts: DocumentFacts } {
  const hits: Hit[] = [];
  const text = prepared.text;

  // Gender-coded words, counted over every segment in its own language. Headings, labels and
  // names ("Responsibilities", "Data Analyst") describe nobody, so they are not counted.
  const headings = headingRanges(text);
  const skip = (i: number) => {
    const token = stream.tokens[i]!;
    return insideRanges(headings, token.start, token.end) || inTitleCaseRun(stream.tokens, i, text);
  };
  const coded: Array<CodedWord & { language: Language }> = [];
  for (const span of spans) {
    for (const word of findCodedWords(stream.tokens, span.from, span.to, span.segment.language, skip)) coded.push({ ...word, language: span.segment.language });
  }
  const genderCoded = balance(coded);
  hits.push(...genderCodedHits(options.tables, coded, genderCoded, stream, options.genderCodedWords ?? 'document'));

  // Pay: only for texts long enough to be a whole vacancy.
  const hasPayRange = mentionsPay(text, options.payWords, options.allowanceWords);
  const firstWord = stream.tokens.find((t) => t.word);
  const payRule = ruleFor(options.tables, main, 'no-pay-range');
  if (!hasPayRange && payRule?.minWords !== undefined && stream.words >= payRule.minWords && firstWord) {
    const rule = payRule;
    const lineEnd = text.indexOf('\n', firstWord.start);
    const end = (lineEnd === -1 ? text : text.slice(0, lineEnd)).trimEnd().length;
    if (rule) hits.push(hitAt(rule, stream, firstWord.start, Math.max(end, firstWord.end)));
  }

  // Requirement lists that are too long, flagged on their intro line.
  const listRule = (list: ListBlock) => ruleFor(options.tables, languageAt(spans, list.intro?.[0] ?? 0, main), 'long-requirement-list');
  const requirementHeadings = options.requirementHeadings;
  const longLists = requirementHeadings.length ? longRequirementLists(text, prepared.lists, headingPattern(requirementHeadings), (list) => listRule(list)?.max) : [];
  for (const list of longLists) {
    const [start, end] = list.intro!;
    const trimmedStart = start + (text.slice(start, end).length - text.slice(start, end).trimStart().length);
    const trimmedEnd = start + text.slice(start, end).trimEnd().length;
    const rule = listRule(list);
    if (rule && trimmedEnd > trimmedStart) hits.push(hitAt(rule, stream, trimmedStart, trimmedEnd, { count: String(list.items.length) }));
  }

  // Long sentences. A line that ends without punctuation and is followed by a line starting with
  // a capital is a list item or a heading, not the first part of a wrapped sentence: plain text
  // without list markers ("Excellent communication skills\nExperience with SAP") would otherwise
  // read as one long sentence.
  // Parts are numbered in order from 0, so the entry of part p is wordsPerSentence[p].
  const wordsPerSentence: Array<{ words: number; first: number; last: number }> = [];
  let previous: Token | undefined;
  let current: { words: number; first: number; last: number } | undefined;
  for (let i = 0; i < stream.tokens.length; i++) {
    const token = stream.tokens[i]!;
    // A heading glued to the sentence after it ("Description:\nYou will…") is not part of it.
    if (insideRanges(headings, token.start, token.end)) continue;
    if (!previous || previous.sentence !== token.sentence || lineBreakEndsPart(text, previous, token) || gluedEnd(previous.exact)) {
      current = { words: 0, first: i, last: i };
      wordsPerSentence.push(current);
    }
    previous = token;
    if (token.word) current!.words++;
    current!.last = i;
  }
  let longSentences = 0;
  let sentences = 0;
  for (const entry of wordsPerSentence) {
    if (entry.words === 0) continue;
    sentences++;
    const start = stream.tokens[entry.first]!.start;
    const rule = ruleFor(options.tables, languageAt(spans, start, main), 'long-sentence');
    if (rule?.max === undefined || entry.words <= rule.max) continue;
    longSentences++;
    hits.push({ rule, start, end: stream.tokens[entry.last]!.end, first: entry.first, last: entry.last, vars: { count: String(entry.words), max: String(rule.max) } });
  }

  return {
    hits,
    facts: {
      genderCoded,
      hasPayRange,
      longSentences,
      averageSentenceLength: sentences === 0 ? 0 : Math.round((stream.words / sentences) * 10) / 10,
      requirementLists: prepared.lists.map((l) => l.items.length),
    },
  };
}
