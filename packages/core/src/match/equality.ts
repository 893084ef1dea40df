/**
 * retext-equality (general English inclusive language) on the same NLCST tree, its messages
 * turned into findings of our categories. Patterns that misfire on job ads are off by default
 * (see rules/retext-equality.yml).
 *
 * The phrases are retext-equality's own (copied from the package at build time into
 * generated/rules.ts), matched the way its plugin matches them (nlcst-search: each phrase's first
 * word looked up per word, the rest compared word by word across white space, literal words
 * skipped), but with the phrase index built once per process instead of twice per paragraph, the
 * sentences walked directly instead of through unist-util-visit, and the patterns nobody asked for
 * left out before matching. test/equality-reference.test.ts holds it to the plugin's findings.
 */
import type { Root, Sentence, SentenceContent } from 'nlcst';
import { isLiteral } from 'nlcst-is-literal';
import { toString } from 'nlcst-to-string';
import { equalityData, equalityPatterns } from '../generated/rules.js';
import type { Category, VacancyLintConfig } from '../types.js';
import { settingFor } from '../findings/config.js';
import { regex } from '../regexes.js';
import { EQUALITY_PREFIX } from '../rules/ids.js';

// Created through regex() (regexes.ts), which records them for the linearity test.
const WHITESPACE = regex('equality.whitespace', /\s+/gu);
const CAPITALISED_WORD = regex('equality.capitalised-word', /^\p{Lu}\p{Ll}/u);
const STARTS_UPPER = regex('equality.starts-upper', /^\p{Lu}/u);
const CURLY_APOSTROPHE = regex('equality.curly-apostrophe', /’/gu);
const DASH = regex('equality.dash', /-/gu);
const APOSTROPHE = regex('equality.apostrophe', /'/gu);

export interface EqualityHit {
  id: string;
  ruleId: string;
  category: Category;
  start: number;
  end: number;
  message: string;
  note: string;
  suggestions: string[];
  url: string;
}

export { EQUALITY_PREFIX };

export function equalityRuleId(id: string): string {
  return EQUALITY_PREFIX + id;
}

export function equalityCategory(id: string): Category {
  return equalityData.categories[id] ?? 'other';
}

/** Suggestions named in a message: the first few, enough to act on. */
const MAX_NAMED = 3;

const quoted = (words: readonly string[]) => {
  const list = words.map((w) => `'${w}'`);
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
};

/**
 * Our own message for a retext-equality finding (rules/retext-equality.yml): the pattern's, or
 * its category's, in plain English. retext-equality's wording ("Unexpected potentially
 * insensitive use of …") is never passed on; its suggestions are, unless the pattern has ours.
 */
export function ownWording(id: string, category: Category, actual: string, theirs: readonly string[]): Pick<EqualityHit, 'message' | 'note' | 'suggestions'> {
  const shown = actual.replace(WHITESPACE, ' ');
  const pattern = equalityData.patterns[id];
  const texts = equalityData.messages[category] ?? equalityData.messages['other']!;
  // retext-equality capitalizes its suggestions after the flagged word's case ("Secondary").
  const suggestions = [...new Set(pattern?.suggestions ?? theirs.map((s) => (CAPITALISED_WORD.test(s) && !STARTS_UPPER.test(actual) ? s.toLowerCase() : s)))];
  const template = pattern?.message ?? (suggestions.length > 0 ? texts.message : texts.none);
  const write = suggestions.length > 0 ? `Write ${quoted(suggestions.slice(0, MAX_NAMED))} instead.` : '';
  return { message: template.replaceAll('{actual}', shown).replaceAll('{suggestions}', write).trim(), note: texts.explanation, suggestions };
}

/** One phrase: the pattern it belongs to and its words after the first, normalized. */
interface Phrase {
  phrase: string;
  id: string;
  rest: string[];
  /** The phrase has capitals: the words must be written exactly so. */
  exact: boolean;
}

/** First normalized word → phrases, for one way of normalizing (apostrophes dropped or kept). */
type PhraseIndex = Map<string, Phrase[]>;

interface Index {
  dropped: PhraseIndex;
  kept: PhraseIndex;
  suggestions: Map<string, readonly string[] | null>;
}

let index: Index | undefined;

/** nlcst-normalize: lower case, ’ as ', no dashes, no apostrophes unless kept. */
function normalize(value: string, keepApostrophes: boolean): string {
  const result = value.toLowerCase().replace(CURLY_APOSTROPHE, "'").replace(DASH, '');
  return keepApostrophes ? result : result.replace(APOSTROPHE, '');
}

/** The plugin's tables, in its order: a phrase in two patterns belongs to the last one. */
function buildIndex(): Index {
  const byPhrase = new Map<string, string>();
  const apostrophes = new Set<string>();
  const suggestions = new Map<string, readonly string[] | null>();
  for (const [id, apostrophe, phrases, considerate] of equalityPatterns) {
    suggestions.set(id, considerate);
    for (const phrase of phrases) {
      byPhrase.set(phrase, id);
      if (apostrophe) apostrophes.add(phrase);
    }
  }
  const dropped: PhraseIndex = new Map();
  const kept: PhraseIndex = new Map();
  for (const [phrase, id] of byPhrase) {
    const keep = apostrophes.has(phrase);
    const [first = '', ...rest] = phrase.split(' ');
    const target = keep ? kept : dropped;
    const key = normalize(first, keep);
    const entry: Phrase = { phrase, id, rest: rest.map((w) => (w === '*' ? w : normalize(w, keep))), exact: phrase !== phrase.toLowerCase() };
    const list = target.get(key);
    if (list) list.push(entry);
    else target.set(key, [entry]);
  }
  return { dropped, kept, suggestions };
}

/**
 * One match of a phrase, kept as offsets in its tree's text and the words it covers, so the tree
 * it came from need not stay alive until the hits are made.
 */
export interface EqualityMatch {
  id: string;
  start: number | undefined;
  end: number | undefined;
  actual: string;
}

/** The matches of both searches (apostrophes dropped, kept), each in document order. */
export interface EqualityMatches {
  dropped: EqualityMatch[];
  kept: EqualityMatch[];
}

/**
 * Each word of each sentence, lower-cased, ’ as ', without dashes: nlcst-normalize up to the point
 * where its two ways part (apostrophes dropped or kept). Shared by both searches, made on demand.
 */
type Bases = Array<Array<string | undefined>>;

function baseOf(node: SentenceContent): string {
  const only = node.type === 'WordNode' && node.children.length === 1 ? node.children[0]! : undefined;
  const lower = (only && 'value' in only ? only.value : toString(node)).toLowerCase();
  const straight = lower.includes('’') ? lower.replace(CURLY_APOSTROPHE, "'") : lower;
  return straight.includes('-') ? straight.replace(DASH, '') : straight;
}

/** The normalized word at `position` of sentence `s`: apostrophes dropped unless `keep`. */
function wordAt(bases: Bases, s: number, siblings: readonly SentenceContent[], position: number, keep: boolean): string {
  const row = (bases[s] ??= []);
  const base = (row[position] ??= baseOf(siblings[position]!));
  return keep || !base.includes("'") ? base : base.replace(APOSTROPHE, '');
}

/** The phrase's words after the first, from `position` on (white space between words allowed). */
function matchRest(phrase: Phrase, siblings: readonly SentenceContent[], position: number, bases: Bases, s: number, keep: boolean): SentenceContent[] | undefined {
  let at = position + 1;
  for (const expected of phrase.rest) {
    while (at < siblings.length && siblings[at]!.type === 'WhiteSpaceNode') at++;
    const node = siblings[at];
    if (!node || node.type !== 'WordNode') return undefined;
    if (expected !== '*' && expected !== wordAt(bases, s, siblings, at, keep)) return undefined;
    at++;
  }
  return siblings.slice(position, at);
}

/** Every match of the phrases of `phrases` in `sentences`, in document order (nlcst-search). */
function search(sentences: readonly Sentence[], bases: Bases, phrases: PhraseIndex, keep: boolean, wanted: (id: string) => boolean, offset: number, out: EqualityMatch[]): void {
  const wildcard = phrases.get('*');
  sentences.forEach((sentence, s) => {
    const siblings = sentence.children;
    for (let position = 0; position < siblings.length; position++) {
      const node = siblings[position]!;
      if (node.type !== 'WordNode') continue;
      const own = phrases.get(wordAt(bases, s, siblings, position, keep));
      if (!own && !wildcard) continue;
      const candidates = wildcard ? [...wildcard, ...(own ?? [])] : own!;
      let literal: boolean | undefined;
      for (const phrase of candidates) {
        if (!wanted(phrase.id)) continue;
        if ((literal ??= isLiteral(sentence, position))) break;
        const nodes = matchRest(phrase, siblings, position, bases, s, keep);
        if (!nodes) continue;
        const actual = toString(nodes);
        if (phrase.exact && actual !== phrase.phrase) continue;
        const start = nodes[0]!.position?.start.offset;
        const end = nodes[nodes.length - 1]!.position?.end.offset;
        out.push({ id: phrase.id, start: start === undefined ? undefined : start + offset, end: end === undefined ? undefined : end + offset, actual });
      }
    }
  });
}

/**
 * retext-equality's findings on `tree` (parsed from `text`, whose first character is at `offset`).
 * `wanted(id)` says which patterns can give a finding at all; the others are not matched.
 */
export function matchEquality(tree: Root, text: string, offset: number, wanted: (id: string) => boolean = () => true): EqualityHit[] {
  return equalityHits(searchEquality(tree, wanted), text, offset);
}

/**
 * The matches in `tree`, added to `into` with `offset` added to their positions: a text parsed in
 * pieces (language/parse.ts) is searched piece by piece into one `into`, which then holds what
 * searching the whole tree would give.
 */
export function searchEquality(tree: Root, wanted: (id: string) => boolean = () => true, into: EqualityMatches = { dropped: [], kept: [] }, offset = 0): EqualityMatches {
  index ??= buildIndex();
  const sentences: Sentence[] = [];
  for (const child of tree.children) {
    if (child.type !== 'ParagraphNode') continue;
    for (const sentence of child.children) if (sentence.type === 'SentenceNode') sentences.push(sentence);
  }
  const bases: Bases = [];
  search(sentences, bases, index.dropped, false, wanted, offset, into.dropped);
  search(sentences, bases, index.kept, true, wanted, offset, into.kept);
  return into;
}

/** The hits of `matches`, found in a tree parsed from `text`, whose first character is at `offset`. */
export function equalityHits(matches: EqualityMatches, text: string, offset: number): EqualityHit[] {
  index ??= buildIndex();
  // The plugin reports per pattern, in the order each pattern first matched (all matches of the
  // first search, then of the second).
  const byId = new Map<string, EqualityMatch[]>();
  for (const match of [...matches.dropped, ...matches.kept]) {
    const list = byId.get(match.id);
    if (list) list.push(match);
    else byId.set(match.id, [match]);
  }
  const hits: EqualityHit[] = [];
  for (const [id, list] of byId) {
    const considerate = index.suggestions.get(id) ?? null;
    for (const { start, end, actual } of list) {
      if (start === undefined || end === undefined) continue;
      // The plugin capitalizes its suggestions when the flagged words start with a capital (or no letter).
      const capital = actual.charAt(0).toUpperCase() === actual.charAt(0);
      const theirs = considerate ? considerate.map((s) => (capital ? s.charAt(0).toUpperCase() + s.slice(1) : s)) : [];
      const category = equalityCategory(id);
      hits.push({
        id,
        ruleId: equalityRuleId(id),
        category,
        start: offset + start,
        end: offset + end,
        ...ownWording(id, category, text.slice(start, end), theirs),
        url: 'https://github.com/retextjs/retext-equality#readme',
      });
    }
  }
  return hits;
}

/** Patterns that are off unless the config turns them on, with the reason. */
export function equalityOffByDefault(id: string): string | undefined {
  return equalityData.off[id];
}

const wantedByConfig = new WeakMap<object, (id: string) => boolean>();
const noConfig = (id: string) => equalityOffByDefault(id) === undefined;

/**
 * Which patterns can give a finding under `config`: those on by default, and those the config
 * names (by id, prefix or category). Compiled once per config object.
 */
export function equalityWanted(config: VacancyLintConfig | undefined): (id: string) => boolean {
  if (!config?.rules) return noConfig;
  let wanted = wantedByConfig.get(config);
  if (!wanted) {
    const answers = new Map<string, boolean>();
    wanted = (id) => {
      let answer = answers.get(id);
      if (answer === undefined) {
        answer = equalityOffByDefault(id) === undefined || settingFor(config, equalityRuleId(id), 'en', equalityCategory(id)) !== undefined;
        answers.set(id, answer);
      }
      return answer;
    };
    wantedByConfig.set(config, wanted);
  }
  return wanted;
}
