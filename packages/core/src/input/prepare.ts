/** Turns a source document into lintable text whose offsets equal the source's offsets. */
import type { Language } from '../types.js';
import { prepareMarkdown } from './markdown.js';
import { maskUrlsAndEmails } from './mask.js';

export interface PreparedText {
  /** Same length as the source; what is not prose is blanked. */
  text: string;
  /** Offsets where a block (paragraph, heading, list item) ends: no match may cross one. */
  blockEnds: number[];
  /** Language stated by the document itself (front matter). */
  language: Language | undefined;
}

/** Lines that start a list item in plain text also start a new block. */
const PLAIN_ITEM = /\n[ \t]*(?:[-*•·▪◦‣–]|\d{1,2}[.)])[ \t]+/gu;

function preparePlain(source: string): PreparedText {
  const blockEnds: number[] = [];
  for (const m of source.matchAll(PLAIN_ITEM)) blockEnds.push(m.index);
  return { text: source, blockEnds, language: undefined };
}

export function prepare(source: string, format: 'text' | 'markdown'): PreparedText {
  const prepared = format === 'markdown' ? prepareMarkdown(source) : preparePlain(source);
  // A byte-order mark stays in the source (offsets count it) but is not text.
  const text = maskUrlsAndEmails(prepared.text);
  return { ...prepared, text: text.startsWith('\uFEFF') ? ' ' + text.slice(1) : text };
}
