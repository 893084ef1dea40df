/** Turns a source document into lintable text plus what is needed to map findings back. */
import type { InputFormat } from '../types.js';
import type { ListBlock, PreparedText } from './types.js';
import { prepareHtml } from './html.js';
import { prepareMarkdown } from './markdown.js';
import { removeUrlsAndEmails } from './mask.js';
import { regex } from '../regexes.js';

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

/**
 * A plain text that someone else has parsed (the unified plugin gets its tree from the user's
 * processor): the text stays exactly as the tree saw it, so nothing is masked and no block ends
 * are added; the tree's own sentences bound the matches.
 */
export function prepareParsed(source: string): PreparedText {
  return { text: source, blockEnds: [], language: undefined, directives: [], lists: plainLists(source) };
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
  // Markdown and HTML give a map per character; only this step makes the other kind, once.
  if (prepared.map && !('starts' in prepared.map)) return prepared;
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
