// Every rule's examples, in the manner of ESLint's RuleTester. Each example runs with its rule
// alone (every other rule and retext-equality off):
// - a `flag` example marks the spans the rule must report with [brackets], and the rule must
//   report exactly those;
// - a fixable rule's flag example gives `fixed`, the whole text after the fix, and applying the
//   rule's fix must produce it;
// - a `pass` example must not be flagged by the rule.
// A failure names the YAML file and line of the example and lists what fired instead (this rule,
// and every rule when all are on). Also checks the rule files against the schema.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { listRules, lintSync, type Finding, type RuleInfo, type VacancyLintConfig } from '@vacancy-lint/core';
import { flagExample, loadRuleFiles, parseMarkedExample } from '../scripts/build-rules.mjs';

describe('rule files', () => {
  it('validate against rules/schema.json and have unique, well-formed ids', () => {
    const { problems } = loadRuleFiles() as { problems: string[] };
    expect(problems).toEqual([]);
  });
});

type FlagExample = string | { text: string; fixed: string };
interface Source {
  flag: Array<{ example: FlagExample; line: number }>;
  pass: Array<{ example: string; line: number }>;
  config: Partial<VacancyLintConfig>;
}

/** The rule's examples as written in its YAML file, with line numbers. */
function examplesInFile(rule: RuleInfo): Source {
  const path = `rules/${rule.file}`;
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'), { lineCounter });
  const rules = doc.get('rules') as { items: Node[] };
  const node = rules.items.find((n) => isMap(n) && n.get('id') === rule.id);
  if (!isMap(node)) throw new Error(`${path}: rule ${rule.id} not found`);
  const list = (key: 'flag' | 'pass') => {
    const seq = node.getIn(['examples', key], true);
    if (!isSeq(seq)) throw new Error(`${path}: ${rule.id} has no examples.${key}`);
    return seq.items.map((item) => ({ example: (item as Node).toJSON(), line: lineCounter.linePos((item as Node).range![0]).line }));
  };
  const config = (node.getIn(['examples', 'config']) as { toJSON(): Partial<VacancyLintConfig> } | undefined)?.toJSON() ?? {};
  return { flag: list('flag'), pass: list('pass'), config };
}

function aloneConfig(rule: RuleInfo, extra: Partial<VacancyLintConfig>): VacancyLintConfig {
  return { ...extra, equality: false, rules: { nl: 'off', en: 'off', [rule.id]: rule.severity } };
}

const mark = (text: string, spans: ReadonlyArray<readonly [number, number]>) => {
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    out += text.slice(at, s) + '[' + text.slice(s, e) + ']';
    at = e;
  }
  return out + text.slice(at);
};

/** What fired on a text: this rule's spans, then every rule's findings with all rules on. */
function whatFired(rule: RuleInfo, text: string, own: Finding[], extra: Partial<VacancyLintConfig>): string {
  const all = lintSync(text, { language: rule.language, config: extra }).findings;
  return [
    `  ${rule.id} alone: ${own.length ? mark(text, own.map((f) => [f.offset, f.endOffset] as const)) : 'nothing'}`,
    `  all rules: ${all.length ? all.map((f) => `${f.ruleId} [${f.actual}]`).join(', ') : 'nothing'}`,
  ].join('\n');
}

/** Applies the rule's fixes as --fix does: the first suggestion of each fixable finding, no overlaps. */
function applyFixes(text: string, findings: readonly Finding[]): string {
  let out = '';
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.offset - b.offset)) {
    if (!f.fixable || f.suggestions.length === 0 || f.offset < at) continue;
    out += text.slice(at, f.offset) + f.suggestions[0];
    at = f.endOffset;
  }
  return out + text.slice(at);
}

const rules = listRules();

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  const source = examplesInFile(rule);
  const config = aloneConfig(rule, source.config);
  const at = (line: number) => `rules/${rule.file}:${line}`;

  it.each(source.flag.map((f) => [flagExample(f.example).marked, f] as const))('flags exactly: %s', (_marked, { example, line }) => {
    const { marked, fixed } = flagExample(example) as { marked: string; fixed?: string };
    const expected = parseMarkedExample(marked);
    expect(expected, `${at(line)}: brackets must mark the expected spans`).toBeDefined();
    const { text, spans } = expected! as { text: string; spans: Array<[number, number]> };
    const own = lintSync(text, { language: rule.language, config }).findings.filter((f) => f.ruleId === rule.id);
    const got = mark(text, own.map((f) => [f.offset, f.endOffset] as const));
    expect(got, `${at(line)}: ${rule.id} should flag ${mark(text, spans)}\n${whatFired(rule, text, own, source.config)}`).toBe(mark(text, spans));
    for (const f of own) expect(text.slice(f.offset, f.endOffset)).toBe(f.actual);
    if (rule.fixable) {
      expect(fixed, `${at(line)}: ${rule.id} is fixable, so this example needs 'fixed'`).toBeDefined();
      expect(applyFixes(text, own), `${at(line)}: the fix of ${rule.id} gives another text than 'fixed'`).toBe(fixed);
      // The fixed text is what the rule asked for: linting it again finds nothing to fix.
      const again = lintSync(fixed!, { language: rule.language, config }).findings.filter((f) => f.ruleId === rule.id);
      expect(again.map((f) => f.actual), `${at(line)}: ${rule.id} still flags its own fixed text`).toEqual([]);
    } else {
      expect(own.some((f) => f.fixable), `${at(line)}: ${rule.id} is not fixable but a finding is`).toBe(false);
    }
  });

  it.each(source.pass.map((p) => [p.example, p] as const))('passes: %s', (_text, { example, line }) => {
    const own = lintSync(example, { language: rule.language, config }).findings.filter((f) => f.ruleId === rule.id);
    expect(own.map((f) => f.actual), `${at(line)}: ${rule.id} should not flag this\n${whatFired(rule, example, own, source.config)}`).toEqual([]);
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
