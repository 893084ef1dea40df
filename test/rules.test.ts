// Every rule's examples, in the manner of ESLint's RuleTester, through the one checker that
// `npm run rules:check` also uses (scripts/rule-examples.mjs: each example runs with its rule
// alone; flag examples mark the exact spans, fixable rules give the fixed text, pass examples must
// stay silent). A failure names the YAML file and line of the example and lists what fired
// instead. Also checks the rule files against the schema.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import * as core from '@vacancy-lint/core';
import { listRules, lintSync } from '@vacancy-lint/core';
import { flagExample, loadRuleFiles } from '../scripts/build-rules.mjs';
import { examplesInFile, flagProblems, passProblems } from '../scripts/rule-examples.mjs';

describe('rule files', () => {
  it('validate against rules/schema.json and have unique, well-formed ids', () => {
    const { problems } = loadRuleFiles() as { problems: string[] };
    expect(problems).toEqual([]);
  });
});

const rules = listRules();

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  const source = examplesInFile(rule);

  it.each(source.flag.map((f) => [flagExample(f.example).marked, f] as const))('flags exactly: %s', (_marked, flag) => {
    expect(flagProblems(core, rule, source, flag).join('\n')).toBe('');
  });

  it.each(source.pass.map((p) => [p.example, p] as const))('passes: %s', (_text, pass) => {
    expect(passProblems(core, rule, source, pass).join('\n')).toBe('');
  });
});

describe('retext-equality wording (rules/retext-equality.yml)', () => {
  const data = parseDocument(readFileSync(new URL('../rules/retext-equality.yml', import.meta.url), 'utf8')).toJSON() as {
    categories: Record<string, string[]>;
    messages: Record<string, { message: string; none: string; explanation: string }>;
    patterns: Record<string, { message: string; suggestions?: string[] }>;
    off: Record<string, string>;
  };
  const ids = new Set(Object.values(data.categories).flat());

  it('has our own message for every category, with and without suggestions', () => {
    for (const category of Object.keys(data.categories)) {
      const m = data.messages[category];
      expect(m, category).toBeDefined();
      expect(m!.message).toContain('{suggestions}');
      expect(m!.none).not.toContain('{suggestions}');
      for (const text of [m!.message, m!.none]) expect(text).toContain('{actual}');
    }
  });

  it('gives own messages and off reasons only to patterns retext-equality has', () => {
    for (const id of [...Object.keys(data.patterns), ...Object.keys(data.off)]) expect(ids.has(id), id).toBe(true);
    for (const [id, p] of Object.entries(data.patterns)) expect(p.message, id).toContain('{actual}');
  });

  it('replaces the raw message and unfit suggestions on a real finding', () => {
    const { findings } = lintSync('We maintain the manpower plan for the site.', { language: 'en' });
    const f = findings.find((x) => x.ruleId === 'en.equality.manpower')!;
    expect(f.message).toBe("'manpower' suggests the work is for men. Write 'workforce', 'staff' or 'staffing'.");
    expect(f.suggestions).not.toContain('combat personnel');
    const painting = lintSync("We restore paintings such as Dali's 'Slave Market with the Disappearing Bust of Voltaire'.", { language: 'en' });
    expect(painting.findings.filter((x) => x.ruleId.startsWith('en.equality.')).map((x) => x.actual)).toEqual([]);
  });
});
