/**
 * Lintable text built from pieces of a source whose offsets differ (markup and code left out,
 * entities decoded). Every text character remembers the source range it came from, so findings
 * map back exactly. The map lives in typed arrays that grow by doubling: a few bytes per
 * character and linear time, whatever the document's size.
 */
/**
 * Index of the last range whose start is at or before `offset` in ranges sorted by start, or -1
 * (binary search: mapping every offset of a large document stays n log n).
 */
export function lastStartingAtOrBefore(ranges: ReadonlyArray<readonly [number, ...number[]]>, offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (ranges[mid]![0] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export interface TextMap {
  /** Source offset where text character i starts. */
  starts: Int32Array;
  /** Source offset where text character i ends (exclusive). */
  ends: Int32Array;
}

export interface MappedText {
  text: string;
  map: TextMap;
}

/**
 * The map of a text made from an unmapped source by putting one character in the place of some
 * stretches of it (a space for each URL): the source ranges, in order, and the text offset of each
 * stand-in. No array per character: for a long text those arrays cost more (fresh memory, written
 * once) than everything else the map is for.
 */
export interface StandInMap {
  replaced: ReadonlyArray<readonly [number, number]>;
  standIns: readonly number[];
}

/** Source range of text range [start, end), end > start, through either kind of map. */
export function sourceRange(map: TextMap | StandInMap, start: number, end: number): [number, number] {
  if ('starts' in map) return [map.starts[start]!, map.ends[end - 1]!];
  return [standInSource(map, start, false), standInSource(map, end - 1, true)];
}

/** Where text character `at` starts (or ends) in the source. */
function standInSource(map: StandInMap, at: number, end: boolean): number {
  // The last stand-in at or before the character.
  let lo = 0;
  let hi = map.standIns.length - 1;
  let i = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (map.standIns[mid]! <= at) {
      i = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (i === -1) return end ? at + 1 : at;
  const [from, to] = map.replaced[i]!;
  if (at === map.standIns[i]) return end ? to : from;
  const source = to + (at - map.standIns[i]! - 1);
  return end ? source + 1 : source;
}

export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  length = 0;

  /** `capacity`: the text's final length when known, so the map is written once, never grown. */
  constructor(capacity = 1024) {
    this.starts = new Int32Array(Math.max(capacity, 1));
    this.ends = new Int32Array(Math.max(capacity, 1));
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.starts.length) return;
    let size = this.starts.length * 2;
    while (size < needed) size *= 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }

  /** Text that stands for source[sourceStart, sourceStart + text.length) character for character. */
  appendVerbatim(text: string, sourceStart: number): void {
    if (text.length === 0) return;
    this.reserve(text.length);
    this.parts.push(text);
    // The arrays in locals: written through `this`, a few MB took a quarter of a second.
    const starts = this.starts;
    const ends = this.ends;
    for (let i = 0, at = this.length; i < text.length; i++, at++) {
      starts[at] = sourceStart + i;
      ends[at] = sourceStart + i + 1;
    }
    this.length += text.length;
  }

  /** Text whose characters all stand for one source range (a character reference, left-out markup). */
  appendMapped(text: string, sourceStart: number, sourceEnd: number): void {
    if (text.length === 0) return;
    this.reserve(text.length);
    this.parts.push(text);
    this.starts.fill(sourceStart, this.length, this.length + text.length);
    this.ends.fill(sourceEnd, this.length, this.length + text.length);
    this.length += text.length;
  }

  /**
   * A minimal stand-in for a stretch of the source that is not linted (a paragraph break between
   * blocks, a code block, a URL): its characters map to that whole stretch.
   */
  appendSeparator(text: string, sourceStart: number, sourceEnd = sourceStart): void {
    this.appendMapped(text, sourceStart, sourceEnd);
  }

  /** Characters [from, to) of an already mapped text, keeping their source ranges. */
  appendFrom(source: MappedText, from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    this.parts.push(source.text.slice(from, to));
    this.starts.set(source.map.starts.subarray(from, to), this.length);
    this.ends.set(source.map.ends.subarray(from, to), this.length);
    this.length += to - from;
  }

  /** The text and its map; the builder is not used again after. */
  build(): MappedText {
    const full = this.length === this.starts.length;
    return {
      text: this.parts.join(''),
      map: { starts: full ? this.starts : this.starts.slice(0, this.length), ends: full ? this.ends : this.ends.slice(0, this.length) },
    };
  }
}

/**
 * What stands in for a left-out stretch of source, so sentence and paragraph boundaries stay where
 * they were: a blank line if the stretch held one (two line breaks), a line break if it held one,
 * otherwise a space. Never the stretch itself: a 100 KB code block must not cost the rules 100 KB.
 */
export function separatorFor(source: string, start: number, end: number): string {
  let breaks = 0;
  for (let i = start; i < end && breaks < 2; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) breaks++;
  }
  return breaks >= 2 ? '\n\n' : breaks === 1 ? '\n' : end > start ? ' ' : '';
}
