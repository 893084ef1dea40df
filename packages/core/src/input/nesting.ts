/**
 * A cap on Markdown nesting, applied before the parser sees the text. micromark's cost grows with
 * the square of the nesting of a line ("- - - - …" or "> > > …" thousands deep takes seconds),
 * and no job ad nests lists or quotes anywhere near this deep. Lines deeper than the cap are
 * blanked in the copy handed to the parser (same length, so every offset stays exact) and
 * reported as not checked.
 */
import type { UncheckedRange } from './types.js';

/** Deepest nesting of lists and block quotes that is checked. */
export const MAX_NESTING = 32;

/** Columns of leading indentation that count as one level (a nested list indents 2–4). */
const COLUMNS_PER_LEVEL = 4;

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/** An upper bound on the container depth a line opens or continues: markers, plus indentation. */
function lineDepth(source: string, start: number, end: number): number {
  let i = start;
  let columns = 0;
  while (i < end && isSpace(source.charCodeAt(i))) columns += source.charCodeAt(i++) === 9 ? 4 : 1;
  let depth = Math.floor(columns / COLUMNS_PER_LEVEL);
  while (i < end && depth <= MAX_NESTING) {
    const c = source.charCodeAt(i);
    let next = i;
    if (c === 62 /* > */) next = i + 1;
    else if (c === 45 || c === 42 || c === 43 /* - * + */) next = i + 1;
    else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && j - i < 9 && source.charCodeAt(j) >= 48 && source.charCodeAt(j) <= 57) j++;
      const d = source.charCodeAt(j);
      if (d !== 46 && d !== 41 /* . ) */) break;
      next = j + 1;
    } else break;
    // A list marker needs a space or the end of the line after it; `>` does not.
    if (c !== 62 && next < end && !isSpace(source.charCodeAt(next))) break;
    depth++;
    i = next;
    while (i < end && isSpace(source.charCodeAt(i))) i++;
  }
  return depth;
}

/** The source with too-deep lines blanked, and the blanked ranges (neighbouring lines merged). */
export function capNesting(source: string): { text: string; unchecked: UncheckedRange[] } {
  const unchecked: UncheckedRange[] = [];
  const parts: string[] = [];
  let copied = 0;
  let start = 0;
  while (start <= source.length) {
    // Lines end at LF, CR or CRLF, as in CommonMark.
    let contentEnd = start;
    while (contentEnd < source.length && source.charCodeAt(contentEnd) !== 10 && source.charCodeAt(contentEnd) !== 13) contentEnd++;
    const end = source.charCodeAt(contentEnd) === 13 && source.charCodeAt(contentEnd + 1) === 10 ? contentEnd + 1 : contentEnd;
    if (lineDepth(source, start, contentEnd) > MAX_NESTING) {
      parts.push(source.slice(copied, start), ' '.repeat(contentEnd - start));
      copied = contentEnd;
      const last = unchecked[unchecked.length - 1];
      // Lines in a row are one stretch.
      if (last && source.slice(last.endOffset, start).trim() === '') last.endOffset = contentEnd;
      else unchecked.push({ offset: start, endOffset: contentEnd, reason: 'nesting' });
    }
    start = end + 1;
  }
  if (unchecked.length === 0) return { text: source, unchecked };
  parts.push(source.slice(copied));
  return { text: parts.join(''), unchecked };
}
