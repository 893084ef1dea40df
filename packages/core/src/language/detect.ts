/**
 * Language detection: once for the document, then per paragraph, because a Dutch benefits block
 * under an English body (or the reverse) is common. Short or unclear text gets the fallback.
 */
import { francAll } from 'franc-min';
import type { Language } from '../types.js';

const CODES: Record<string, Language> = { nld: 'nl', eng: 'en' };
/** Below this many letters a guess is not worth making. */
const MIN_LETTERS = 12;
/** Paragraphs shorter than this follow the document instead of switching language. */
const MIN_PARAGRAPH_LETTERS = 60;
/** When the runner-up scores this close to the winner, the text is ambiguous. */
const AMBIGUOUS = 0.94;

export interface Detection {
  language: Language;
  confident: boolean;
}

function countLetters(text: string): number {
  let n = 0;
  for (const c of text) if (/\p{L}/u.test(c)) n++;
  return n;
}

export function detectLanguage(text: string, fallback: Language): Detection {
  if (countLetters(text) < MIN_LETTERS) return { language: fallback, confident: false };
  const [best, second] = francAll(text, { only: ['nld', 'eng'], minLength: 1 });
  const language = best ? CODES[best[0]] : undefined;
  if (!language) return { language: fallback, confident: false };
  if (second && second[1] > AMBIGUOUS) return { language: fallback, confident: false };
  return { language, confident: true };
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
  const separator = /\n[ \t]*(?:\r?\n)+/gu;
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

  const segments: Segment[] = [];
  for (const paragraph of paragraphs) {
    const last = segments[segments.length - 1];
    if (last && last.language === paragraph.language) last.end = paragraph.end;
    else segments.push({ ...paragraph });
  }
  // Keep offsets contiguous so every character belongs to a segment.
  for (let i = 1; i < segments.length; i++) segments[i]!.start = segments[i - 1]!.end;
  if (segments[0]) segments[0].start = 0;
  const last = segments[segments.length - 1];
  if (last) last.end = text.length;
  return { language: document, segments };
}
