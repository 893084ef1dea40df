/**
 * URLs and e-mail addresses are not linted. They are taken out of the text the rules read (a
 * space stands in for each, so the words around it stay apart) and the text map is updated, so
 * every text offset still maps to its exact source range.
 */
import { regex } from '../regexes.js';
import { MappedTextBuilder, identityMap, lastStartingAtOrBefore, type MappedText } from './text-map.js';

const URL_OR_EMAIL = regex(
  'input.url-or-email',
  // The lookbehind makes the e-mail part start only at the beginning of a run of address
  // characters; without it a long run of letters costs quadratic time.
  /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>()"']+[^\s<>()"'.,;:!?]|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu,
);

export interface WithoutUrls extends MappedText {
  /** New text offset of an offset in the text before removal (inside a URL: its stand-in space). */
  remap(offset: number): number;
}

/**
 * The text without its URLs and e-mail addresses, or undefined when it has none. `map` is the
 * text's map to the source (none: the text is the source).
 */
export function removeUrlsAndEmails(text: string, map: MappedText['map'] | undefined): WithoutUrls | undefined {
  // Every address has "://" or "www." (a URL; the expression is case-sensitive) or "@" (an e-mail
  // address): without them the expression, tried at every word, cannot match.
  if (!text.includes('@') && !text.includes('://') && !text.includes('www.')) return undefined;
  const found: Array<[number, number]> = [];
  for (const m of text.matchAll(URL_OR_EMAIL)) found.push([m.index, m.index + m[0].length]);
  if (found.length === 0) return undefined;
  const base: MappedText = map ? { text, map } : identityMap(text);
  const builder = new MappedTextBuilder();
  /** Text offset (after removal) of each stand-in space. */
  const standIns: number[] = [];
  let at = 0;
  for (const [start, end] of found) {
    builder.appendFrom(base, at, start);
    standIns.push(builder.length);
    builder.appendSeparator(' ', base.map.starts[start]!, base.map.ends[end - 1]!);
    at = end;
  }
  builder.appendFrom(base, at, text.length);
  const remap = (offset: number): number => {
    // The last removed stretch starting at or before the offset.
    const i = lastStartingAtOrBefore(found, offset);
    if (i === -1) return offset;
    const [, end] = found[i]!;
    return offset < end ? standIns[i]! : standIns[i]! + 1 + offset - end;
  };
  return { ...builder.build(), remap };
}
