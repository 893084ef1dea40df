/**
 * Pattern rules (age limits, experience caps): each rule's expression is tried only where one of
 * its matches can begin (starts.ts, start-places.ts), not at every character. A rule whose starts
 * cannot be read is scanned whole. Either kind is skipped where the segment lacks every word it
 * cannot match without (literals.ts). A large expression is tried branch by branch (branches.ts),
 * so a text compiles only the branches it can start.
 */
import type { CompiledRule, RuleTable } from '../rules/tables.js';
import type { Hit } from './phrases.js';
import type { TokenStream } from './tokens.js';
import { lowerCaseTwin, regex, stickyPart } from '../regexes.js';
import { searchableText } from './literals.js';
import { matchBranchesAt, patternOf, ruleBranches } from './branches.js';
import { branchHasNeededWord, hasNeededWord, neededWordsIn, needTable } from './needed-words.js';
import { startPlaces, startTable } from './start-places.js';

const BLANK_LINE = regex('patterns.blank-line', /\n[ \t]*\r?\n/u);

/** Per rule tried at chosen places, its sticky expression (regexes.ts, `stickyPart`). */
const stickies = new WeakMap<CompiledRule, { expression: RegExp; lower: boolean }>();

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

/**
 * @param exhaustive scan with every rule, also those whose words the text lacks, at every position
 *   (the reference the filters are tested against)
 * @param expressions how a rule cut into branches (branches.ts) is tried: `auto` branch by branch
 *   until it has cost more than compiling it whole would (then whole), `branches` always branch by
 *   branch, `whole` always whole (the reference the branches are tested against)
 */
export function matchPatterns(table: RuleTable, text: string, start: number, end: number, stream: TokenStream, contextSentences: (ruleIndex: number) => Set<number> | undefined, exhaustive = false, expressions: 'auto' | 'branches' | 'whole' = 'auto'): Hit[] {
  const hits: Hit[] = [];
  const slice = text.slice(start, end);
  const searchable = exhaustive ? undefined : searchableText(slice);
  // Start strings are compared with the lower-cased text, so it must line up with the text.
  const aligned = searchable !== undefined && searchable.length === slice.length;
  const starts = aligned ? startTable(table) : undefined;
  const places = starts ? startPlaces(starts, slice, searchable!) : undefined;
  const needs = searchable === undefined ? undefined : needTable(table);
  // Found on first need: most segments give no rule a place to start.
  let found: Uint8Array | undefined;
  const allowed = (index: number) => hasNeededWord(needs!, index, (found ??= neededWordsIn(needs!, searchable!)));
  const hit = (rule: CompiledRule, at: number, matched: string) => {
    if (matched.length === 0 || BLANK_LINE.test(matched)) return;
    const from = start + at;
    const to = from + matched.trimEnd().length;
    const first = Math.min(tokenAt(stream, from), stream.tokens.length - 1);
    let last = tokenAt(stream, to) - 1;
    if (last < first) last = first;
    const sentence = stream.tokens[first]?.sentence;
    if (sentence !== undefined && rule.hasSentenceExceptions && contextSentences(rule.index)?.has(sentence)) return;
    hits.push({ rule, start: from, end: to, first, last });
  };
  table.patternRules.forEach((rule, index) => {
    // rule.regex is read only past the filters: it may be made on first read (rules/prebuilt.ts).
    if (starts?.known[index]) {
      // Tried only where a match can begin: the same matches as a scan from every position, since
      // the scan's next match is the first position from which the expression matches.
      const at0 = places![index]!;
      // Most rules have no place to start in a given text: their twin is made on first need.
      if (at0.length === 0) return;
      // Nor is an expression tried (and compiled, the larger part of a first run) where the text
      // lacks every word it cannot match without: "a" starts many rules, few texts say "experience".
      if (!allowed(index)) return;
      // Cut into branches where it can be: only those that can start at a place are compiled.
      const split = expressions === 'whole' ? undefined : ruleBranches(rule);
      if (split && (expressions === 'branches' || split.extraTries <= split.wholeCost)) {
        // Per branch, whether the text holds its needed words: 0 not yet asked, 1 yes, 2 no.
        const asked = new Uint8Array(split.branches.length);
        const wordsAllow = (branch: number) => (asked[branch] ||= branchHasNeededWord(needs!, index, branch, found!) ? 1 : 2) === 1;
        let next = 0;
        for (const at of at0) {
          if (at < next) continue;
          const matched = matchBranchesAt(split, slice, searchable!, at, wordsAllow);
          if (matched === undefined) continue;
          hit(rule, at, matched);
          next = at + Math.max(1, matched.length);
        }
        return;
      }
      // On the lower-cased text without the `i` flag where the expression allows: the same matches,
      // a fraction of the compile time. Made from the source, once (not the expression, its sticky
      // twin and the lower-case twin of that, each parsed).
      let made = stickies.get(rule);
      if (!made) {
        const { source, flags } = patternOf(rule);
        stickies.set(rule, (made = stickyPart(source, flags)));
      }
      const sticky = made.expression;
      const subject = made.lower ? searchable! : slice;
      let next = 0;
      for (const at of at0) {
        if (at < next) continue;
        sticky.lastIndex = at;
        const m = sticky.exec(subject);
        if (!m) continue;
        hit(rule, at, m[0]);
        next = at + Math.max(1, m[0].length);
      }
      return;
    }
    if (needs && !allowed(index)) return;
    const lower = aligned ? lowerCaseTwin(rule.regex!, false) : undefined;
    const expression = lower ?? rule.regex!;
    expression.lastIndex = 0;
    for (const m of (lower ? searchable! : slice).matchAll(expression)) hit(rule, m.index, m[0]);
  });
  return hits;
}
