/**
 * retext-equality (general English inclusive language) on the same NLCST tree, its messages
 * turned into findings of our categories. Patterns that misfire on job ads are off by default
 * (see rules/retext-equality.yml).
 */
import retextEquality from 'retext-equality';
import type { Root } from 'nlcst';
import { VFile } from 'vfile';
import { equalityData } from '../generated/rules.js';
import type { Category } from '../types.js';
import { regex } from '../regexes.js';
import { EQUALITY_PREFIX } from '../rules/ids.js';

// Created through regex() (regexes.ts), which records them for the linearity test.
const WHITESPACE = regex('equality.whitespace', /\s+/gu);
const CAPITALISED_WORD = regex('equality.capitalised-word', /^\p{Lu}\p{Ll}/u);
const STARTS_UPPER = regex('equality.starts-upper', /^\p{Lu}/u);

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

type Transformer = (tree: Root, file: VFile) => void;
let transformer: Transformer | undefined;

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

/** Runs retext-equality on `tree` (parsed from `text`, whose first character is at `offset`). */
export function matchEquality(tree: Root, text: string, offset: number): EqualityHit[] {
  transformer ??= (retextEquality as unknown as (options?: object) => Transformer)({});
  const file = new VFile({ value: text });
  // retext-equality prepares its ~900 phrases again for every paragraph; one paragraph holding
  // every sentence gives the same findings (each sentence keeps its position) at a fraction of
  // the cost on long documents.
  const sentences = tree.children.flatMap((child) => (child.type === 'ParagraphNode' ? child.children : []));
  transformer({ type: 'RootNode', children: [{ type: 'ParagraphNode', children: sentences }] }, file);
  const hits: EqualityHit[] = [];
  for (const message of file.messages) {
    const place = message.place;
    if (!place || !('start' in place)) continue;
    const start = place.start.offset;
    const end = place.end.offset;
    if (start === undefined || end === undefined) continue;
    const id = message.ruleId ?? 'unknown';
    const category = equalityCategory(id);
    const own = ownWording(id, category, text.slice(start, end), (message.expected ?? []).filter((s): s is string => typeof s === 'string'));
    hits.push({
      id,
      ruleId: equalityRuleId(id),
      category,
      start: offset + start,
      end: offset + end,
      ...own,
      url: message.url ?? 'https://github.com/retextjs/retext-equality',
    });
  }
  return hits;
}

/** Patterns that are off unless the config turns them on, with the reason. */
export function equalityOffByDefault(id: string): string | undefined {
  return equalityData.off[id];
}
