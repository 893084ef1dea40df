// Every rule's examples: each `flag` sentence must be flagged by that rule, each `pass` sentence
// must not be. Also checks the rule files against the schema, so a broken file fails here with
// its path and key.
import { describe, expect, it } from 'vitest';
import { listRules, lintSync } from '@vacancy-lint/core';
import { loadRuleFiles } from '../scripts/build-rules.mjs';

describe('rule files', () => {
  it('validate against rules/schema.json and have unique, well-formed ids', () => {
    const { problems } = loadRuleFiles() as { problems: string[] };
    expect(problems).toEqual([]);
  });
});

const rules = listRules();

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it.each(rule.examples.flag)('flags: %s', (sentence) => {
    const { findings } = lintSync(sentence, { language: rule.language });
    const own = findings.filter((f) => f.ruleId === rule.id);
    expect(own.map((f) => f.actual), `rule ${rule.id} should flag this sentence`).not.toEqual([]);
    for (const f of own) expect(sentence.slice(f.offset, f.endOffset)).toBe(f.actual);
  });
  it.each(rule.examples.pass)('passes: %s', (sentence) => {
    const { findings } = lintSync(sentence, { language: rule.language });
    expect(findings.filter((f) => f.ruleId === rule.id).map((f) => f.actual)).toEqual([]);
  });
});
