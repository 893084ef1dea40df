/** Turns a source document into lintable text plus what is needed to map findings back. */
import type { InputFormat, Language } from '../types.js';
import type { Directive } from './directives.js';
import { prepareHtml } from './html.js';
import { prepareMarkdown } from './markdown.js';
import { removeUrlsAndEmails } from './mask.js';
import type { TextMap } from './text-map.js';
import { regex } from '../regexes.js';

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
  map?: TextMap;
  languageRuns?: LanguageRun[];
  /** Source ranges the rules did not see because of an input limit (too deep nesting). */
  unchecked?: UncheckedRange[];
}

export interface UncheckedRange {
  offset: number;
  endOffset: number;
  reason: 'nesting';
}

/** Lines that start a list item in plain text also start a new block. */
const PLAIN_ITEM = regex('input.plain-item', /\n[ \t]*(?:[-*•·▪◦‣–]|\d{1,2}[.)])[ \t]+/gu);

const ITEM_LINE = regex('input.item-line', /^[ \t]*(?:[-*•·▪◦‣–]|\d{1,2}[.)])[ \t]+\S/u);

/** Runs of list-item lines, each with the non-empty line before it. */
export function plainLists(source: string): ListBlock[] {
  const lists: ListBlock[] = [];
  let current: ListBlock | undefined;
  let previous: [number, number] | undefined;
  let offset = 0;
  for (const line of source.split('\n')) {
    const range: [number, number] = [offset, offset + line.length];
    offset += line.length + 1;
    if (ITEM_LINE.test(line)) {
      if (!current) lists.push((current = { items: [], ...(previous ? { intro: previous } : {}) }));
      current.items.push(range);
    } else if (line.trim() !== '') {
      current = undefined;
      previous = range;
    }
  }
  return lists;
}

function preparePlain(source: string): PreparedText {
  const blockEnds: number[] = [];
  for (const m of source.matchAll(PLAIN_ITEM)) blockEnds.push(m.index);
  return { text: source, blockEnds, language: undefined, directives: [], lists: plainLists(source) };
}

export function prepare(source: string, format: InputFormat): PreparedText {
  const prepared = format === 'markdown' ? prepareMarkdown(source) : format === 'html' ? prepareHtml(source) : preparePlain(source);
  const result = withoutUrls(prepared);
  // A byte-order mark stays in the source (offsets count it) but is not text.
  if (result.text.startsWith('\uFEFF')) result.text = ' ' + result.text.slice(1);
  return result;
}

/** Takes URLs and e-mail addresses out of the text; every text offset the result holds moves with them. */
function withoutUrls(prepared: PreparedText): PreparedText {
  const removed = removeUrlsAndEmails(prepared.text, prepared.map);
  if (!removed) return prepared;
  const { remap } = removed;
  const range = ([start, end]: [number, number]): [number, number] => [remap(start), remap(end)];
  return {
    ...prepared,
    text: removed.text,
    map: removed.map,
    blockEnds: prepared.blockEnds.map(remap),
    lists: prepared.lists.map((list) => ({ items: list.items.map(range), ...(list.intro ? { intro: range(list.intro) } : {}) })),
    ...(prepared.languageRuns ? { languageRuns: prepared.languageRuns.map((run) => ({ ...run, start: remap(run.start), end: remap(run.end) })) } : {}),
  };
}
