/**
 * URLs and e-mail addresses are not linted. They are taken out of the text the rules read (a
 * space stands in for each, so the words around it stay apart) and the text map is updated, so
 * every text offset still maps to its exact source range.
 */
import { regex } from '../regexes.js';
import { MappedTextBuilder, lastStartingAtOrBefore, type MappedText, type StandInMap } from './text-map.js';

const URL_OR_EMAIL = regex(
  'input.url-or-email',
  // The lookbehind makes the e-mail part start only at the beginning of a run of address
  // characters; without it a long run of letters costs quadratic time.
  /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>()"']+[^\s<>()"'.,;:!?]|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu,
);

/** Every address has one of these: "://" or "www." (a URL; the expression is case-sensitive) or "@". */
const MARKS = ['@', '://', 'www.'];

/**
 * [start, end) of every URL and e-mail address, as a scan of the whole text with URL_OR_EMAIL
 * finds them, but scanning only the lines that hold a mark: no address spans a line break (none
 * of its classes takes one) and the expression looks back one character only, which is the same
 * line break either way, so each line can be scanned on its own. The expression tries every
 * word, which on a long text without addresses was a cost for nothing.
 */
export function addressesIn(text: string, everyLine = false): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  if (everyLine) {
    for (const m of text.matchAll(URL_OR_EMAIL)) found.push([m.index, m.index + m[0].length]);
    return found;
  }
  let scannedTo = 0;
  for (;;) {
    // The next mark at or after the lines already scanned, and its line.
    let mark = -1;
    for (const m of MARKS) {
      const at = text.indexOf(m, scannedTo);
      if (at >= 0 && (mark < 0 || at < mark)) mark = at;
    }
    if (mark < 0) return found;
    const lineStart = text.lastIndexOf('\n', mark - 1) + 1;
    const newline = text.indexOf('\n', mark);
    const lineEnd = newline < 0 ? text.length : newline;
    for (const m of text.slice(lineStart, lineEnd).matchAll(URL_OR_EMAIL)) found.push([lineStart + m.index, lineStart + m.index + m[0].length]);
    scannedTo = lineEnd;
  }
}

export interface WithoutUrls {
  text: string;
  /** A text that had a map keeps one per character; an unmapped one gets its stand-ins only. */
  map: MappedText['map'] | StandInMap;
  /** New text offset of an offset in the text before removal (inside a URL: its stand-in space). */
  remap(offset: number): number;
}

/**
 * The text without its URLs and e-mail addresses, or undefined when it has none. `map` is the
 * text's map to the source (none: the text is the source).
 */
export function removeUrlsAndEmails(text: string, map: MappedText['map'] | undefined): WithoutUrls | undefined {
  const found = addressesIn(text);
  if (found.length === 0) return undefined;
  const remap = (offset: number): number => {
    // The last removed stretch starting at or before the offset.
    const i = lastStartingAtOrBefore(found, offset);
    if (i === -1) return offset;
    const [, end] = found[i]!;
    return offset < end ? standIns[i]! : standIns[i]! + 1 + offset - end;
  };
  /** Text offset (after removal) of each stand-in space. */
  const standIns: number[] = [];
  if (!map) {
    // Without a map the text is the source: the stand-ins are all the map needs.
    const parts: string[] = [];
    let at = 0;
    let length = 0;
    for (const [start, end] of found) {
      parts.push(text.slice(at, start), ' ');
      length += start - at;
      standIns.push(length);
      length++;
      at = end;
    }
    parts.push(text.slice(at));
    return { text: parts.join(''), map: { replaced: found, standIns }, remap };
  }
  // Each address becomes one space: the final length is known, so the map is written once.
  const builder = new MappedTextBuilder(text.length - found.reduce((sum, [start, end]) => sum + end - start - 1, 0));
  let at = 0;
  for (const [start, end] of found) {
    builder.appendFrom({ text, map }, at, start);
    standIns.push(builder.length);
    builder.appendSeparator(' ', map.starts[start]!, map.ends[end - 1]!);
    at = end;
  }
  builder.appendFrom({ text, map }, at, text.length);
  return { ...builder.build(), remap };
}
