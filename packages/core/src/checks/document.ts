/**
 * Document-level checks: the gender-coded balance, missing pay information, long requirement
 * lists and long sentences. They produce hits like the phrase rules (so configuration, allowed
 * phrases and directives apply the same way) plus the numbers for the summary.
 */
import type { PreparedText } from '../input/prepare.js';
import type { Segment } from '../language/detect.js';
import type { Hit } from '../match/phrases.js';
import { tokenAt } from '../match/patterns.js';
import type { TokenStream } from '../match/tokens.js';
import type { CompiledRule } from '../rules/tables.js';
import { ruleTable } from '../rules/registry.js';
import type { GenderCodedBalance, Language } from '../types.js';
import { balance, findCodedWords, type CodedWord } from './gender-coded.js';
import { mentionsPay } from './pay-range.js';
import { longRequirementLists } from './requirements.js';

/** Sentences longer than this many words get a readability finding (B1 advice: ~15–20). */
export const LONG_SENTENCE_WORDS: Record<Language, number> = { nl: 25, en: 30 };
/** Below this many words a text is a snippet, not a vacancy: no "no pay range" finding. */
export const MIN_WORDS_FOR_PAY_CHECK = 60;

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

function ruleFor(language: Language, check: NonNullable<CompiledRule['check']>): CompiledRule | undefined {
  return ruleTable(language).documentRules.find((r) => r.check === check);
}

function hitAt(rule: CompiledRule, stream: TokenStream, start: number, end: number, vars: Record<string, string> = {}, suggestions?: string[]): Hit {
  const first = Math.min(tokenAt(stream, start), Math.max(stream.tokens.length - 1, 0));
  const last = Math.max(first, tokenAt(stream, end) - 1);
  return { rule, start, end, first, last, vars, ...(suggestions ? { suggestions } : {}) };
}

function languageAt(spans: readonly TokenSpan[], offset: number, fallback: Language): Language {
  return spans.find((s) => s.segment.start <= offset && offset < s.segment.end)?.segment.language ?? fallback;
}

export function documentChecks(prepared: PreparedText, stream: TokenStream, spans: readonly TokenSpan[], main: Language): { hits: Hit[]; facts: DocumentFacts } {
  const hits: Hit[] = [];
  const text = prepared.text;

  // Gender-coded words, counted over every segment in its own language.
  const coded: Array<CodedWord & { language: Language }> = [];
  for (const span of spans) {
    for (const word of findCodedWords(stream.tokens, span.from, span.to, span.segment.language)) coded.push({ ...word, language: span.segment.language });
  }
  const genderCoded = balance(coded);
  const leaning = genderCoded.label.includes('masculine') ? 'masculine' : genderCoded.label.includes('feminine') ? 'feminine' : undefined;
  if (leaning) {
    for (const word of coded) {
      if (word.side !== leaning) continue;
      const rule = ruleFor(word.language, leaning === 'masculine' ? 'gender-coded-masculine' : 'gender-coded-feminine');
      // The balancing word goes in the message, not in the suggestions: it is something to add
      // elsewhere, and a quick fix must never swap 'analytisch' for 'zorgvuldig'.
      if (rule) hits.push(hitAt(rule, stream, word.start, word.end, { pair: word.pair, label: genderCoded.label }, []));
    }
  }

  // Pay: only for texts long enough to be a whole vacancy.
  const hasPayRange = mentionsPay(text);
  const firstWord = stream.tokens.find((t) => t.word);
  if (!hasPayRange && stream.words >= MIN_WORDS_FOR_PAY_CHECK && firstWord) {
    const rule = ruleFor(main, 'no-pay-range');
    const lineEnd = text.indexOf('\n', firstWord.start);
    const end = (lineEnd === -1 ? text : text.slice(0, lineEnd)).trimEnd().length;
    if (rule) hits.push(hitAt(rule, stream, firstWord.start, Math.max(end, firstWord.end)));
  }

  // Requirement lists that are too long, flagged on their intro line.
  const longLists = longRequirementLists(text, prepared.lists);
  for (const list of longLists) {
    const [start, end] = list.intro!;
    const trimmedStart = start + (text.slice(start, end).length - text.slice(start, end).trimStart().length);
    const trimmedEnd = start + text.slice(start, end).trimEnd().length;
    const rule = ruleFor(languageAt(spans, start, main), 'long-requirement-list');
    if (rule && trimmedEnd > trimmedStart) hits.push(hitAt(rule, stream, trimmedStart, trimmedEnd, { count: String(list.items.length) }));
  }

  // Long sentences.
  const wordsPerSentence = new Map<number, { words: number; first: number; last: number }>();
  for (let i = 0; i < stream.tokens.length; i++) {
    const token = stream.tokens[i]!;
    const entry = wordsPerSentence.get(token.sentence) ?? { words: 0, first: i, last: i };
    if (token.word) entry.words++;
    entry.last = i;
    wordsPerSentence.set(token.sentence, entry);
  }
  let longSentences = 0;
  let sentences = 0;
  for (const entry of wordsPerSentence.values()) {
    if (entry.words === 0) continue;
    sentences++;
    const start = stream.tokens[entry.first]!.start;
    const language = languageAt(spans, start, main);
    if (entry.words <= LONG_SENTENCE_WORDS[language]) continue;
    longSentences++;
    const rule = ruleFor(language, 'long-sentence');
    if (rule) hits.push({ rule, start, end: stream.tokens[entry.last]!.end, first: entry.first, last: entry.last, vars: { count: String(entry.words) } });
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
