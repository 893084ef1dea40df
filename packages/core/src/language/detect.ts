/**
 * Language detection: once for the document, then per paragraph, because a Dutch benefits block
 * under an English body (or the reverse) is common. Short or unclear text gets the fallback.
 */
import { francAll } from 'franc-min';
import type { Language } from '../types.js';
import { mergeRuns } from './runs.js';
import { regex } from '../regexes.js';

const CODES: Record<string, Language> = { nld: 'nl', eng: 'en' };
/** Below this many letters a guess is not worth making. */
const MIN_LETTERS = 12;
/** Paragraphs shorter than this follow the document instead of switching language. */
const MIN_PARAGRAPH_LETTERS = 60;
/**
 * franc's scores crowd together on long texts, so its margin says little about certainty. The
 * share of each language's most common function words does: it is length-independent.
 */
const FUNCTION_WORDS: Record<Language, Set<string>> = {
  nl: new Set('de het een en van je jij jouw wij we ons onze is zijn bent ben voor met op te dat die niet ook als bij naar om heb hebt wordt worden kun kunt kan over uit aan door maar nog dan wat hoe wie waar er deze dit zo of zich hun'.split(' ')),
  en: new Set('the a an and of you your we our us is are be for with on to that this not also as at by from have has will can about out but what how who where which they their it its or if into more than'.split(' ')),
};
const LETTER = regex('detect.letter', /\p{L}/u);
const LETTERS = regex('detect.letters', /\p{L}+/gu);
const PARAGRAPH_BREAK = regex('detect.paragraph-break', /\n[ \t]*(?:\r?\n)+/gu);

/** The winner needs this many times the other's function words to count as certain. */
const MARGIN = 2;

export interface Detection {
  language: Language;
  confident: boolean;
}

function countLetters(text: string): number {
  let n = 0;
  for (const c of text) if (LETTER.test(c)) n++;
  return n;
}

function functionWordVote(text: string): Record<Language, number> {
  const votes: Record<Language, number> = { nl: 0, en: 0 };
  for (const m of text.toLowerCase().matchAll(LETTERS)) {
    if (FUNCTION_WORDS.nl.has(m[0])) votes.nl++;
    if (FUNCTION_WORDS.en.has(m[0])) votes.en++;
  }
  return votes;
}

export function detectLanguage(text: string, fallback: Language): Detection {
  if (countLetters(text) < MIN_LETTERS) return { language: fallback, confident: false };
  const [best] = francAll(text, { only: ['nld', 'eng'], minLength: 1 });
  const guess = best ? CODES[best[0]] : undefined;
  const votes = functionWordVote(text);
  const other: Language = guess === 'nl' ? 'en' : 'nl';
  // franc names the language; the function words must agree clearly, or the text is ambiguous.
  if (guess && votes[guess] >= 2 && votes[guess] >= MARGIN * votes[other]) return { language: guess, confident: true };
  return { language: fallback, confident: false };
}

export interface Segment {
  start: number;
  end: number;
  language: Language;
}

/** Splits `text` into runs of paragraphs in one language. */
export function segmentByLanguage(text: string, fallback: Language): { language: Language; segments: Segment[] } {
  const document = detectLanguage(text, fallback).language;
  const paragraphs: Segment[] = [];
  const separator = PARAGRAPH_BREAK;
  let start = 0;
  for (const m of text.matchAll(separator)) {
    paragraphs.push({ start, end: m.index, language: document });
    start = m.index + m[0].length;
  }
  paragraphs.push({ start, end: text.length, language: document });

  let previous = document;
  for (const paragraph of paragraphs) {
    const slice = text.slice(paragraph.start, paragraph.end);
    if (countLetters(slice) >= MIN_PARAGRAPH_LETTERS) {
      const found = detectLanguage(slice, previous);
      paragraph.language = found.confident ? found.language : previous;
    } else {
      paragraph.language = previous;
    }
    previous = paragraph.language;
  }

  const segments = mergeRuns(paragraphs, text.length);
  return { language: document, segments };
}
