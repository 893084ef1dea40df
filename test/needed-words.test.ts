// The pattern rules are skipped in a segment that lacks every word they cannot match without
// (match/needed-words.ts). The words are found for all rules in one pass over the text; that pass
// must say exactly what `text.includes(word)` says for each word, or a rule (or a branch of one)
// would be skipped where it matches (or tried where it cannot).
import { describe, expect, it } from 'vitest';
import { listRules } from '@vacancy-lint/core';
import { ruleTable } from '../packages/core/src/rules/registry.js';
import { branchHasNeededWord, hasNeededWord, neededWordsIn, needTable } from '../packages/core/src/match/needed-words.js';
import { ruleBranches } from '../packages/core/src/match/branches.js';
import { syntheticCorpus } from '../scripts/synthetic-corpus.mjs';

/** Lower-cased texts: every rule example, examples run together, words split at odd places, and generated ads. */
function texts(): string[] {
  const examples = listRules().flatMap((rule) => [...rule.examples.flag, ...rule.examples.pass]);
  const out = examples.map((t) => t.toLowerCase());
  out.push(out.join(' '), out.join(''), out.join('\n').replace(/\s+/gu, ''), '', 'a', 'xy');
  for (const doc of syntheticCorpus({ documents: 40, seed: 11 })) out.push(doc.text.toLowerCase());
  return out;
}

describe('needed words of the pattern rules', () => {
  for (const language of ['nl', 'en'] as const) {
    const table = ruleTable(language);
    const needs = needTable(table);

    it(`${language}: are filed for the rules that name any (${needs.words.length} words)`, () => {
      expect(needs.words.length).toBeGreaterThan(50);
      expect(needs.rules).toHaveLength(table.patternRules.length);
      expect(needs.rules.filter(Boolean).length).toBeGreaterThan(table.patternRules.length / 2);
    });

    it(`${language}: are found in one pass exactly where includes() finds them`, () => {
      for (const text of texts()) {
        const found = neededWordsIn(needs, text);
        const expected = needs.words.map((word) => (text.includes(word) ? 1 : 0));
        expect([...found], text.slice(0, 80)).toEqual(expected);
        table.patternRules.forEach((_, rule) => {
          const own = needs.rules[rule];
          expect(hasNeededWord(needs, rule, found)).toBe(!own || [...own].some((id) => text.includes(needs.words[id]!)));
          // And those of each branch of a rule cut into branches (match/branches.ts).
          ruleBranches(table.patternRules[rule]!)?.branches.forEach((branch, index) => {
            expect(branchHasNeededWord(needs, rule, index, found)).toBe(!branch.needs || branch.needs.some((word) => text.includes(word)));
          });
        });
      }
    });
  }
});
