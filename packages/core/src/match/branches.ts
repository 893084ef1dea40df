/**
 * A pattern rule's expression cut into its branches, so a text compiles only the branches it can
 * start. Most rule expressions are one large alternation behind the word-edge guard,
 * `(?<![\p{L}\p{N}])(?:A|B|C|…)(?![\p{L}\p{N}])`; V8 compiles the whole expression on its first
 * exec, which was most of a first pass over a corpus (en.origin.nationality alone, 7 KB, some
 * 50 ms), while a text that says "must" and no nationality needs one branch of it, if any.
 *
 * `P(?:A|B)S`, where P only asserts (lookarounds, which JavaScript never backtracks into, `\b`,
 * `^`, `$`), tries at a position first A (with every way S can follow it), then B: exactly what
 * `P(?:A)S|P(?:B)S` tries there. So trying the branches at a position in their order and taking
 * the first that matches gives the match the whole expression gives at that position
 * (patterns.ts then goes on after it, as before). A branch that cannot start at the position (its
 * start strings, starts.ts) or whose needed words the text lacks (literals.ts, needed-words.ts)
 * would fail there, so it is passed over, and never compiled when no place in the text needs it.
 * Branches next to each other that can start at the same place stay one (`readBranchData`), and a
 * rule whose branches are often tried one after another at a place goes whole (patterns.ts).
 *
 * An expression is not cut where that could change a match: a back-reference or a named group
 * (their numbers and names would move), an alternation behind a part that consumes text or under a
 * quantifier. test/optimisation-equivalence.test.ts compares cut and whole matching.
 *
 * Reading the branches and their start strings cost more than compiling them in a fresh process
 * (the readers run cold), so the build writes them down (scripts/build-branches.mjs →
 * generated/branches.ts); an expression the build did not see is read here on first need.
 */
import type { CompiledRule } from '../rules/tables.js';
import { prebuiltBranches } from '../generated/branches.js';
import { stickyPart } from '../regexes.js';
import { requiredLiteralsOf } from './literals.js';
import { readQuantifier, type SourceCursor } from './regex-source.js';
import { startStringsOf } from './starts.js';

/**
 * An alternation is cut when the text its branches repeat (what stands before and after it) adds at
 * most this share of the expression's length: "must … citizens | … | Dutch … citizens" is cut into
 * its alternatives, but "(must|should|will) … 1,000 characters" is not cut into three copies of
 * the 1,000 characters, which would compile three times over where two of the words occur.
 */
const MAX_REPEATED_SHARE = 0.5;
/** Smaller expressions compile in a fraction of a millisecond: not worth cutting. */
const MIN_SPLIT_LENGTH = 600;
/**
 * Tries of a branch after another at the same place that cost about as much as compiling one
 * character of the whole expression (measured: some 0.15 µs a try, 2.5 µs a character).
 */
const TRIES_PER_CHARACTER = 16;

/**
 * One branch as the build writes it down: the parts of the whole source it keeps (offsets, from and
 * to, in pairs), its start strings (null: not known) and needed words (null: none known). Branches
 * next to each other that can start at the same place are one (`readBranchData`).
 */
export type BranchData = [keep: number[], starts: string[] | null, needs: string[] | null];

/** A rule's branches as written down, with the length and hash of the source they were cut from. */
export interface SourceBranches {
  length: number;
  hash: number;
  branches: BranchData[];
}

interface Branch {
  source: string;
  /** Words the branch cannot match without; undefined: none known. */
  needs: string[] | undefined;
  /** Made on first need. */
  expression?: RegExp;
  /** Whether `expression` runs on the lower-cased text (regexes.ts, `stickyPart`). */
  lower?: boolean;
}

/** The branches that can start with a character: each with its start strings of that character. */
type Candidates = Array<{ branch: number; part: Branch; strings: string[] }>;

export interface RuleBranches {
  /** The whole expression's flags, which each branch keeps. */
  flags: string;
  branches: Branch[];
  /** By the UTF-16 code of a start string's first character, in branch order. */
  byFirst: Map<number, Candidates>;
  /** The same for the first 128 codes, read at every place of the rule: an array read, not a lookup. */
  ascii: Array<Candidates | undefined>;
  /** Branches whose start is not known: tried at every place of the rule. */
  anywhere: Candidates;
  /**
   * Tries so far of a branch after another at the same place: the cost of going branch by branch
   * where the whole expression is one try. Once it passes `wholeCost` (compiling the whole, in
   * tries), the rule is tried whole (patterns.ts): a rule that many places of many texts need
   * costs at most twice what the whole expression would, and then runs as fast.
   */
  extraTries: number;
  wholeCost: number;
}

/** Offset just past the class, group or escape at `at` (one character else); -1 where the source does not close it. */
function skipOne(source: string, at: number): number {
  const c = source[at];
  if (c === '\\') return at + 2 <= source.length ? at + 2 : -1;
  if (c === '[') {
    at++;
    if (source[at] === '^') at++;
    while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
    return at < source.length ? at + 1 : -1;
  }
  if (c === '(') {
    at++;
    while (at < source.length && source[at] !== ')') {
      at = skipOne(source, at);
      if (at < 0) return -1;
    }
    return at < source.length ? at + 1 : -1;
  }
  return at + 1;
}

/** The top-level alternatives of `source` between `from` and `to`, as offsets; undefined when unbalanced. */
function alternativesIn(source: string, from: number, to: number): Array<[number, number]> | undefined {
  const out: Array<[number, number]> = [];
  let start = from;
  let at = from;
  while (at < to) {
    if (source[at] === '|') {
      out.push([start, at]);
      start = ++at;
      continue;
    }
    at = skipOne(source, at);
    if (at < 0 || at > to) return undefined;
  }
  out.push([start, to]);
  return out;
}

/** One atom of a source, its quantifier included. */
interface Atom {
  end: number;
  kind: 'assertion' | 'group' | 'other';
  quantified: boolean;
  /** Of a non-capturing group: where its content starts and ends. */
  inner?: [number, number];
}

function readAtom(source: string, at: number): Atom | undefined {
  const c = source[at]!;
  let kind: Atom['kind'] = 'other';
  let inner: Atom['inner'];
  if (c === '(') {
    const end = skipOne(source, at);
    if (end < 0) return undefined;
    if (source.startsWith('(?:', at)) {
      kind = 'group';
      inner = [at + 3, end - 1];
    } else if (source.startsWith('(?=', at) || source.startsWith('(?!', at) || source.startsWith('(?<=', at) || source.startsWith('(?<!', at)) kind = 'assertion';
    at = end;
  } else if (c === '^' || c === '$') {
    kind = 'assertion';
    at++;
  } else {
    if (c === '\\' && (source[at + 1] === 'b' || source[at + 1] === 'B')) kind = 'assertion';
    at = skipOne(source, at);
    if (at < 0) return undefined;
  }
  const cursor: SourceCursor = { source, at, lost: false };
  const quantified = readQuantifier(cursor) !== undefined;
  if (cursor.lost) return undefined;
  return { end: cursor.at, kind, quantified, ...(inner ? { inner } : {}) };
}

/**
 * Whether the source has a back-reference or a named group, whose meaning depends on the groups
 * around it; a capture group alone does not matter (only the whole match is read).
 */
function refersToGroups(source: string): boolean {
  for (let at = 0; at < source.length; at++) {
    const c = source[at];
    if (c === '\\') {
      const next = source[++at];
      if (next === 'k' || (next !== undefined && next >= '1' && next <= '9')) return true;
    } else if (c === '(' && source.startsWith('?<', at + 1) && source[at + 3] !== '=' && source[at + 3] !== '!') return true;
  }
  return false;
}

/**
 * A branch of a source: the parts it leaves out (offset pairs, in order), and where the alternative
 * it was cut down to, the last one chosen, starts and ends (every part left out lies before or after it).
 */
interface Cut {
  cuts: number[];
  from: number;
  to: number;
}

/**
 * The branches of the alternatives between `from` and `to`.
 * @param length the length of the branch the alternatives are in, with what it already leaves out
 */
function alternativeBranches(source: string, from: number, to: number, length: number): Cut[] {
  const alternatives = alternativesIn(source, from, to);
  if (!alternatives || alternatives.length === 1) return sequenceBranches(source, from, to, length);
  return alternatives.flatMap(([start, end]) => {
    const removed = start - from + (to - end);
    return sequenceBranches(source, start, end, length - removed).map((branch) => ({ ...branch, cuts: [...(start > from ? [from, start] : []), ...branch.cuts, ...(end < to ? [end, to] : [])] }));
  });
}

/** The branches of one alternative: cut at its first group of several, past assertions only. */
function sequenceBranches(source: string, from: number, to: number, length: number): Cut[] {
  let at = from;
  while (at < to && source[at] !== ')') {
    const atom = readAtom(source, at);
    if (!atom || atom.quantified) break;
    if (atom.kind === 'assertion') {
      at = atom.end;
      continue;
    }
    if (atom.kind !== 'group') break;
    const [start, end] = atom.inner!;
    const inner = alternativesIn(source, start, end);
    if (!inner) break;
    // A group of one alternative is gone into: its first atoms are the sequence's.
    if (inner.length === 1) {
      at = start;
      continue;
    }
    // Each branch repeats the rest of the expression; the group's own alternatives are shared out.
    if ((inner.length - 1) * (length - (end - start)) > length * MAX_REPEATED_SHARE) break;
    return alternativeBranches(source, start, end, length);
  }
  return [{ cuts: [], from, to }];
}

/**
 * Branches `first` to `last` (next to each other, in order) as one: what the first leaves out
 * before its alternative and what the last leaves out after its own. The alternatives between them
 * stay where they are in the source, so the one branch is the same alternation, cut short at both
 * ends (not the branches strung together, which V8 runs slower than the whole).
 */
function joined(first: Cut, last: Cut): Cut {
  const cuts: number[] = [];
  for (let i = 0; i < first.cuts.length; i += 2) if (first.cuts[i + 1]! <= first.from) cuts.push(first.cuts[i]!, first.cuts[i + 1]!);
  for (let i = 0; i < last.cuts.length; i += 2) if (last.cuts[i]! >= last.to) cuts.push(last.cuts[i]!, last.cuts[i + 1]!);
  return { cuts, from: first.from, to: last.to };
}

/** What a branch keeps of the source: the offset pairs between its cuts. */
function keptParts(length: number, cuts: readonly number[]): number[] {
  const keep: number[] = [];
  let at = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    if (cuts[i]! > at) keep.push(at, cuts[i]!);
    at = cuts[i + 1]!;
  }
  if (at < length) keep.push(at, length);
  return keep;
}

const sourceOf = (whole: string, keep: readonly number[]) => {
  let out = '';
  for (let i = 0; i < keep.length; i += 2) out += whole.slice(keep[i], keep[i + 1]);
  return out;
};

/** The sources of an expression's branches, in order; undefined when it is not cut (see above). */
export function splitSource(source: string, minLength = MIN_SPLIT_LENGTH): string[] | undefined {
  return branchCuts(source, minLength)?.map((branch) => sourceOf(source, keptParts(source.length, branch.cuts)));
}

function branchCuts(source: string, minLength = MIN_SPLIT_LENGTH): Cut[] | undefined {
  if (source.length < minLength || refersToGroups(source)) return undefined;
  const branches = alternativeBranches(source, 0, source.length, source.length);
  return branches.length > 1 ? branches : undefined;
}

/** A 32-bit hash of a source (FNV-1a), to tell written-down branches from those of another source. */
export function sourceHash(source: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Whether two sets of start strings can start at the same place (undefined: anywhere). */
function overlap(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return !a || !b || a.some((s) => b.some((t) => s.startsWith(t) || t.startsWith(s)));
}

/** Start strings of either set, none starting with another. */
function startUnion(a: readonly string[], b: readonly string[]): string[] {
  const all = [...new Set([...a, ...b])].sort((x, y) => x.length - y.length || (x < y ? -1 : x > y ? 1 : 0));
  const kept: string[] = [];
  for (const s of all) if (!kept.some((k) => s.startsWith(k))) kept.push(s);
  return kept;
}

/**
 * The branches of an expression with their start strings and needed words; null when it is not cut.
 * Branches next to each other that can start at the same place (both may open with "a") are kept
 * together: apart, both would be tried at every such place, where the whole expression is one
 * try. Those further apart stay apart (patterns.ts weighs their tries against the whole).
 */
export function readBranchData(source: string, flags: string): SourceBranches | null {
  const cut = branchCuts(source);
  if (!cut) return null;
  const branches: Array<{ first: Cut; last: Cut; starts: string[] | undefined; needs: string[] | undefined }> = [];
  for (const branch of cut) {
    const part = sourceOf(source, keptParts(source.length, branch.cuts));
    const read = { first: branch, last: branch, starts: startStringsOf(part, flags), needs: requiredLiteralsOf(part, flags) };
    const previous = branches[branches.length - 1];
    if (!previous || !overlap(previous.starts, read.starts)) {
      branches.push(read);
      continue;
    }
    previous.last = branch;
    previous.starts = previous.starts && read.starts ? startUnion(previous.starts, read.starts) : undefined;
    previous.needs = previous.needs && read.needs ? [...new Set([...previous.needs, ...read.needs])] : undefined;
  }
  if (branches.length < 2) return null;
  return {
    length: source.length,
    hash: sourceHash(source),
    branches: branches.map((b): BranchData => [keptParts(source.length, joined(b.first, b.last).cuts), b.starts ?? null, b.needs ?? null]),
  };
}

/**
 * A rule's expression as source and flags, without making it where it is made on first read
 * (rules/prebuilt.ts: there the source is kept, and the flags are always those of rules/patterns.ts).
 */
export function patternOf(rule: CompiledRule): { source: string; flags: string } {
  return rule.source !== undefined ? { source: rule.source, flags: 'giu' } : rule.regex!;
}

let written: Record<string, SourceBranches | null> | undefined;
const cache = new WeakMap<CompiledRule, RuleBranches | null>();

/**
 * The branches of a rule's expression, as the build wrote them down or else read on first need
 * (from the source: the whole expression is not made); undefined when it is not cut (then the
 * whole expression is tried, as before).
 */
export function ruleBranches(rule: CompiledRule): RuleBranches | undefined {
  let built = cache.get(rule);
  if (built === undefined) {
    const { source, flags } = patternOf(rule);
    written ??= JSON.parse(prebuiltBranches) as Record<string, SourceBranches | null>;
    let data = written[rule.id];
    // Written for another source (rule data changed since the build): read again.
    if (data === undefined || (data !== null && (data.length !== source.length || data.hash !== sourceHash(source)))) data = readBranchData(source, flags);
    built = data ? branchesFrom(source, flags, data) : null;
    cache.set(rule, built);
  }
  return built ?? undefined;
}

function branchesFrom(source: string, flags: string, data: SourceBranches): RuleBranches {
  const built: RuleBranches = { flags, branches: [], byFirst: new Map(), ascii: new Array<Candidates | undefined>(128).fill(undefined), anywhere: [], extraTries: 0, wholeCost: source.length * TRIES_PER_CHARACTER };
  data.branches.forEach(([keep, starts, needs], index) => {
    const part: Branch = { source: sourceOf(source, keep), needs: needs ?? undefined };
    built.branches.push(part);
    if (!starts) return void built.anywhere.push({ branch: index, part, strings: [''] });
    const byFirst = new Map<number, string[]>();
    for (const s of starts) {
      const code = s.charCodeAt(0);
      const list = byFirst.get(code);
      if (list) list.push(s);
      else byFirst.set(code, [s]);
    }
    for (const [code, strings] of byFirst) {
      const list = built.byFirst.get(code);
      if (list) list.push({ branch: index, part, strings });
      else built.byFirst.set(code, [{ branch: index, part, strings }]);
    }
  });
  if (built.anywhere.length > 0) {
    // Merged into every list in branch order, so a list is all a place needs.
    for (const [code, list] of built.byFirst) built.byFirst.set(code, [...list, ...built.anywhere].sort((a, b) => a.branch - b.branch));
  }
  for (const [code, list] of built.byFirst) if (code < 128) built.ascii[code] = list;
  return built;
}

/**
 * The match of the rule's expression at `at`, from the first branch that matches there; undefined
 * when none does. `allowed` says whether the text holds a branch's needed words.
 * @param lower `text` lower-cased, character for character (the start strings and lower-case
 *   expressions read it)
 */
export function matchBranchesAt(rule: RuleBranches, text: string, lower: string, at: number, allowed: (branch: number) => boolean): string | undefined {
  const code = lower.charCodeAt(at);
  const candidates = (code < 128 ? rule.ascii[code] : rule.byFirst.get(code)) ?? rule.anywhere;
  let tried = false;
  for (let c = 0; c < candidates.length; c++) {
    const { branch, part, strings } = candidates[c]!;
    // The only branch that can start with the character needs no comparing: no other can match
    // here, and where it cannot start either, its try fails like the start strings would.
    let starts = candidates.length === 1;
    for (let i = 0; i < strings.length && !starts; i++) starts = lower.startsWith(strings[i]!, at);
    if (!starts || !allowed(branch)) continue;
    if (!part.expression) {
      const made = stickyPart(part.source, rule.flags);
      part.expression = made.expression;
      part.lower = made.lower;
    }
    const expression = part.expression;
    if (tried) rule.extraTries++;
    tried = true;
    expression.lastIndex = at;
    const m = expression.exec(part.lower ? lower : text);
    if (m) return m[0];
  }
  return undefined;
}
