/** Pattern rules (age limits, experience caps): one regular-expression scan per rule and segment. */
import type { RuleTable } from '../rules/tables.js';
import type { Hit } from './phrases.js';
import type { TokenStream } from './tokens.js';
import { regex } from '../regexes.js';

const BLANK_LINE = regex('patterns.blank-line', /\n[ \t]*\r?\n/u);

/** Index of the first token starting at or after `offset`. */
export function tokenAt(stream: TokenStream, offset: number): number {
  let lo = 0;
  let hi = stream.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (stream.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function matchPatterns(table: RuleTable, text: string, start: number, end: number, stream: TokenStream, contextSentences: (ruleIndex: number) => Set<number> | undefined): Hit[] {
  const hits: Hit[] = [];
  const slice = text.slice(start, end);
  for (const rule of table.patternRules) {
    const regex = rule.regex!;
    regex.lastIndex = 0;
    for (const m of slice.matchAll(regex)) {
      if (m[0].length === 0 || BLANK_LINE.test(m[0])) continue;
      const from = start + m.index;
      const to = from + m[0].trimEnd().length;
      const first = Math.min(tokenAt(stream, from), stream.tokens.length - 1);
      let last = tokenAt(stream, to) - 1;
      if (last < first) last = first;
      const sentence = stream.tokens[first]?.sentence;
      if (sentence !== undefined && rule.hasSentenceExceptions && contextSentences(rule.index)?.has(sentence)) continue;
      hits.push({ rule, start: from, end: to, first, last });
    }
  }
  return hits;
}
