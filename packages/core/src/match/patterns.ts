/**
 * Pattern rules (age limits, experience caps): one regular-expression scan per rule and segment,
 * skipped where the segment lacks every word the rule cannot match without (literals.ts).
 */
import type { RuleTable } from '../rules/tables.js';
import type { Hit } from './phrases.js';
import type { TokenStream } from './tokens.js';
import { regex } from '../regexes.js';
import { requiredLiterals, searchableText } from './literals.js';

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

const needs = new WeakMap<RegExp, string[] | null>();

/** Words the rule's expression cannot match without (literals.ts), read once per expression. */
function needOf(regex: RegExp): string[] | null {
  let need = needs.get(regex);
  if (need === undefined) {
    need = requiredLiterals(regex) ?? null;
    needs.set(regex, need);
  }
  return need;
}

/**
 * @param exhaustive scan with every rule, also those whose words the text lacks (the reference
 *   the filter is tested against)
 */
export function matchPatterns(table: RuleTable, text: string, start: number, end: number, stream: TokenStream, contextSentences: (ruleIndex: number) => Set<number> | undefined, exhaustive = false): Hit[] {
  const hits: Hit[] = [];
  const slice = text.slice(start, end);
  const searchable = exhaustive ? undefined : searchableText(slice);
  for (const rule of table.patternRules) {
    const regex = rule.regex!;
    const need = searchable === undefined ? null : needOf(regex);
    if (need && !need.some((word) => searchable!.includes(word))) continue;
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
