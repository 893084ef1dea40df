/**
 * Headings and labels of a text: short lines with no sentence end ("Responsibilities",
 * "Data Analyst", "Wat wij vragen:") and a label that opens a line ("Requirements: …"). Words
 * there name a section or a job; they do not describe the person the ad wants, so the
 * gender-coded balance and the sentence length leave them out.
 */
import { regex } from '../regexes.js';

const STARTS_LOWER = regex('checks.headings.starts-lower', /^\p{Ll}/u);
const ENDS_WITH_PUNCTUATION = regex('checks.headings.ends-with-punctuation', /[.!?;,]["')\]]*$/u);

/** A heading has at most this many words. */
const MAX_HEADING_WORDS = 6;

/** Up to three words, the first capitalized, then a colon and a space or the line end. */
const LABEL = regex('checks.headings.label-line', /^[ \t]*\p{Lu}[\p{L}\p{N}'’&/-]*(?: [\p{L}\p{N}'’&/-]+){0,2} ?:(?=\s|$)/u);

const LIST_ITEM = regex('checks.headings.list-marker', /^[ \t]*(?:[-*•·▪◦‣–]|\d{1,2}[.)])[ \t]+/u);
const WORD = regex('checks.headings.word', /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);

/** The number of words of a line, counted no further than `limit`: a paragraph line is long. */
function countWordsUpTo(line: string, limit: number): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (n < limit && WORD.exec(line)) n++;
  WORD.lastIndex = 0;
  return n;
}

function isTitleCase(line: string): boolean {
  const words = line.match(WORD) ?? [];
  return words.length > 0 && words.every((w) => !STARTS_LOWER.test(w) || w.length <= 3);
}

/** Sorted, disjoint [start, end) ranges of heading lines and line-opening labels. */
export function headingRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // The lines with something on them, each sliced and trimmed once.
  const nonEmpty: Array<{ start: number; end: number; line: string; trimmed: string }> = [];
  for (let start = 0; start <= text.length; ) {
    const next = text.indexOf('\n', start);
    const end = next === -1 ? text.length : next;
    const line = text.slice(start, end);
    const trimmed = line.trim();
    if (trimmed !== '') nonEmpty.push({ start, end, line, trimmed });
    start = end + 1;
  }
  const last = nonEmpty[nonEmpty.length - 1];
  for (const { start, end, line, trimmed } of nonEmpty) {
    const words = countWordsUpTo(trimmed, MAX_HEADING_WORDS + 1);
    // A whole line: short, no sentence end, and followed by more text (a heading introduces
    // something). List items are content ("- Ambitious"), so they never count.
    const heading =
      words > 0 &&
      words <= MAX_HEADING_WORDS &&
      !LIST_ITEM.test(line) &&
      !ENDS_WITH_PUNCTUATION.test(trimmed) &&
      (trimmed.endsWith(':') || isTitleCase(trimmed)) &&
      start !== last!.start;
    if (heading) {
      out.push([start, end]);
      continue;
    }
    // "Responsibilities: you will…" — the label before the colon (a capital, then a space after
    // the colon: "Ambition:competition" is a list of words, not a label).
    // Written without nested or lazy quantifiers, so a long line cannot make it slow.
    const label = LABEL.exec(line);
    if (label && !LIST_ITEM.test(line)) {
      out.push([start, start + label[0].length]);
    }
  }
  return out;
}

/** True when [start, end) lies inside one of the sorted ranges. */
export function insideRanges(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid]!;
    if (end <= s) hi = mid - 1;
    else if (start >= e) lo = mid + 1;
    else return start >= s && end <= e;
  }
  return false;
}
