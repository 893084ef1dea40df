/**
 * What the input preparers (plain text, Markdown, HTML) produce and the rest of the engine reads.
 * Declared apart from prepare.ts, so the preparers and their dispatcher do not import each other.
 */
import type { Language } from '../types.js';
import type { StandInMap, TextMap } from './text-map.js';

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Empty: every rule. */
  rules: string[];
  /** Source range of the comment. */
  offset: number;
  endOffset: number;
  text: string;
}

/** A stretch of the text whose language the document states (HTML `lang`), or not. */
export interface LanguageRun {
  start: number;
  end: number;
  language: Language | undefined;
}

/** A bullet or numbered list: item ranges and the line just before it, in text offsets. */
export interface ListBlock {
  items: Array<[number, number]>;
  intro?: [number, number];
}

export interface PreparedText {
  /** What the rules read. Without `map`, it has the source's length and offsets. */
  text: string;
  /** Text offsets where a block (paragraph, heading, list item) ends: no match may cross one. */
  blockEnds: number[];
  /** Language stated by the document itself (front matter, `<html lang>`). */
  language: Language | undefined;
  directives: Directive[];
  lists: ListBlock[];
  /** Source range of each text character, when text offsets differ from source offsets. */
  map?: TextMap | StandInMap;
  languageRuns?: LanguageRun[];
  /** Source ranges the rules did not see because of an input limit (too deep nesting). */
  unchecked?: UncheckedRange[];
}

export interface UncheckedRange {
  offset: number;
  endOffset: number;
  reason: 'nesting';
}

