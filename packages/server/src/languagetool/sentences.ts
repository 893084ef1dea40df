/**
 * Sentence ranges of a text, for a match's `sentence` and the answer's `sentenceRanges`: a
 * sentence ends after `.`, `!` or `?` followed by white space, and at every line break. Linear.
 */
export type Range = [start: number, end: number];

const END = /[.!?]+(?=\s)|\n/gu;

export function sentenceRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && /\s/u.test(text[from]!)) from++;
    while (to > from && /\s/u.test(text[to - 1]!)) to--;
    if (to > from) ranges.push([from, to]);
  };
  for (const m of text.matchAll(END)) {
    const end = m.index + m[0].length;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return ranges;
}

/** The range holding `offset` (binary search), or undefined between sentences. */
export function rangeAt(ranges: Range[], offset: number): Range | undefined {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid]!;
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return ranges[mid];
  }
  return undefined;
}
