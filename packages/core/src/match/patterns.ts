/**
 * Pattern rules (age limits, experience caps): one regular-expression scan per rule and segment,
 * skipped where the segment lacks every word the rule cannot match without (literals.ts), and
 * tried only where a match can begin (starts.ts) rather than at every character.
 */
import type { CompiledRule, RuleTable } from '../rules/tables.js';
import type { Hit } from './phrases.js';
import type { TokenStream } from './tokens.js';
import { regex, stickyTwin } from '../regexes.js';
import { requiredLiterals, searchableText } from './literals.js';
import { startStrings } from './starts.js';

const BLANK_LINE = regex('patterns.blank-line', /\n[ \t]*\r?\n/u);
/** Runs of letters and digits: a match that begins with one begins where a run does (every rule expression opens with `(?<![\p{L}\p{N}])`). */
const WORD_RUN = regex('patterns.word-run', /[\p{L}\p{N}]+/gu);
const WORD_CHAR = regex('patterns.word-char', /^[\p{L}\p{N}]$/u);

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

/** Start strings sharing their first one or two characters, looked up together. */
interface StartGroup {
  /** Code of the first character, or of the first two (first × 65536 + second). */
  key: number;
  /** The key is two characters long. */
  pair: boolean;
  /** The first character is a letter or digit: a match begins where a run of them does. */
  run: boolean;
  /** The first one or two characters, for finding other characters with indexOf. */
  head: string;
  /** Strings longer than the key: compared with the text at each place. */
  longer: string[];
  /** Some string is the key itself: every place of the key is a start. */
  exact: boolean;
}

/** What is read from a rule's expression once: the words it needs, and how its matches begin. */
interface Plan {
  need: string[] | null;
  /** null: a match may begin anywhere. */
  starts: StartGroup[] | null;
  sticky: RegExp;
}

const plans = new WeakMap<RegExp, Plan>();

const pairKey = (a: number, b: number) => a * 65536 + b;

function groupsOf(strings: readonly string[]): StartGroup[] {
  const groups = new Map<string, StartGroup>();
  for (const s of strings) {
    const head = s.slice(0, 2);
    let group = groups.get(head);
    if (!group) {
      const pair = head.length === 2;
      const key = pair ? pairKey(head.charCodeAt(0), head.charCodeAt(1)) : head.charCodeAt(0);
      group = { key, pair, run: WORD_CHAR.test(head[0]!), head, longer: [], exact: false };
      groups.set(head, group);
    }
    if (s.length === head.length) group.exact = true;
    else group.longer.push(s);
  }
  return [...groups.values()];
}

function planOf(expression: RegExp): Plan {
  let plan = plans.get(expression);
  if (!plan) {
    const strings = startStrings(expression);
    plan = { need: requiredLiterals(expression) ?? null, starts: strings ? groupsOf(strings) : null, sticky: stickyTwin(expression) };
    plans.set(expression, plan);
  }
  return plan;
}

/**
 * Where in one segment matches can begin: the starts of letter-and-digit runs by their first one
 * and first two (lower-case) characters, and the places of other characters, found when asked for.
 */
class StartIndex {
  private byOne: Map<number, number[]> | undefined;
  private byPair: Map<number, number[]> | undefined;
  private marks = new Map<string, number[]>();
  constructor(
    private readonly text: string,
    /** `text` lower-cased, character for character. */
    private readonly lower: string,
  ) {}

  private runStarts(pair: boolean): Map<number, number[]> {
    if (!this.byOne || !this.byPair) {
      const byOne = new Map<number, number[]>();
      const byPair = new Map<number, number[]>();
      const { lower } = this;
      const add = (map: Map<number, number[]>, key: number, at: number) => {
        const list = map.get(key);
        if (list) list.push(at);
        else map.set(key, [at]);
      };
      WORD_RUN.lastIndex = 0;
      for (let m = WORD_RUN.exec(this.text); m; m = WORD_RUN.exec(this.text)) {
        const first = lower.charCodeAt(m.index);
        add(byOne, first, m.index);
        // The pair is the text's first two characters, in the run or not ("u." of "U.S.").
        if (m.index + 1 < lower.length) add(byPair, pairKey(first, lower.charCodeAt(m.index + 1)), m.index);
      }
      this.byOne = byOne;
      this.byPair = byPair;
    }
    return pair ? this.byPair : this.byOne;
  }

  private places(head: string): number[] {
    let list = this.marks.get(head);
    if (!list) {
      list = [];
      for (let at = this.lower.indexOf(head); at >= 0; at = this.lower.indexOf(head, at + 1)) list.push(at);
      this.marks.set(head, list);
    }
    return list;
  }

  /** Sorted offsets where one of the start strings occurs (and, for a letter or digit, a run begins). */
  candidates(groups: readonly StartGroup[]): number[] {
    const out: number[] = [];
    const { lower } = this;
    for (const group of groups) {
      const places = group.run ? this.runStarts(group.pair).get(group.key) : this.places(group.head);
      if (!places) continue;
      for (const at of places) {
        if (group.exact || group.longer.some((s) => lower.startsWith(s, at))) out.push(at);
      }
    }
    // In text order (groups interleave); a place is in one group only, as start strings never
    // begin with one another.
    return out.sort((a, b) => a - b);
  }
}

/**
 * @param exhaustive scan with every rule, also those whose words the text lacks, at every position
 *   (the reference the filters are tested against)
 */
export function matchPatterns(table: RuleTable, text: string, start: number, end: number, stream: TokenStream, contextSentences: (ruleIndex: number) => Set<number> | undefined, exhaustive = false): Hit[] {
  const hits: Hit[] = [];
  const slice = text.slice(start, end);
  const searchable = exhaustive ? undefined : searchableText(slice);
  // Start strings are compared with the lower-cased text, so it must line up with the text.
  const index = searchable !== undefined && searchable.length === slice.length ? new StartIndex(slice, searchable) : undefined;
  const hit = (rule: CompiledRule, at: number, length: number, matched: string) => {
    if (length === 0 || BLANK_LINE.test(matched)) return;
    const from = start + at;
    const to = from + matched.trimEnd().length;
    const first = Math.min(tokenAt(stream, from), stream.tokens.length - 1);
    let last = tokenAt(stream, to) - 1;
    if (last < first) last = first;
    const sentence = stream.tokens[first]?.sentence;
    if (sentence !== undefined && rule.hasSentenceExceptions && contextSentences(rule.index)?.has(sentence)) return;
    hits.push({ rule, start: from, end: to, first, last });
  };
  for (const rule of table.patternRules) {
    const expression = rule.regex!;
    const plan = exhaustive ? undefined : planOf(expression);
    if (plan?.need && searchable !== undefined && !plan.need.some((word) => searchable.includes(word))) continue;
    if (plan?.starts && index) {
      // Tried only where a match can begin: the same matches as a scan from every position, since
      // the scan's next match is the first position from which the expression matches.
      const { sticky } = plan;
      let next = 0;
      for (const at of index.candidates(plan.starts)) {
        if (at < next) continue;
        sticky.lastIndex = at;
        const m = sticky.exec(slice);
        if (!m) continue;
        hit(rule, at, m[0].length, m[0]);
        next = at + Math.max(1, m[0].length);
      }
      continue;
    }
    expression.lastIndex = 0;
    for (const m of slice.matchAll(expression)) hit(rule, m.index, m[0].length, m[0]);
  }
  return hits;
}
