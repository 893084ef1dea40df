/**
 * Core's shared finding logic (packages/core/src/findings/): the one fix selection, the one count
 * and the one rule description that the CLI, the language server and the docs all use.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@vacancy-lint/core';
import {
  applyEdits, balanceLabel, CATEGORIES, categoryCounts, categoryLabel, describeRule, listRules, lintSync, renderRule, selectFixes, SEVERITIES,
  severityCount, severityLabel, summarize, type Finding,
} from '@vacancy-lint/core';

const ROOT = join(import.meta.dirname, '..');

function finding(offset: number, endOffset: number, actual: string, suggestion: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'nl.test.x', category: 'gender', severity: 'warning', message: 'm', explanation: 'e', suggestions: [suggestion], fixable: true, sources: [],
    actual, language: 'nl', line: 1, column: offset + 1, endLine: 1, endColumn: endOffset + 1, offset, endOffset, ...extra,
  };
}

describe('selectFixes', () => {
  const source = 'een jonge verpleegster';
  const short = finding(10, 16, 'verple', 'XX');
  const long = finding(10, 22, 'verpleegster', 'verpleegkundige');

  it('keeps the longer of two findings at one offset, whatever their order (the editor kept the first)', () => {
    for (const order of [[short, long], [long, short]]) {
      expect(selectFixes(order, source)).toEqual([{ offset: 10, endOffset: 22, text: 'verpleegkundige' }]);
    }
  });

  it('skips no-op edits, findings that are not fixable, and findings whose text moved', () => {
    expect(selectFixes([finding(0, 3, 'een', 'een')], source)).toEqual([]);
    expect(selectFixes([{ ...long, fixable: false }], source)).toEqual([]);
    expect(selectFixes([long], 'x' + source)).toEqual([]);
    // Without a source there is nothing to compare with.
    expect(selectFixes([long])).toHaveLength(1);
  });

  it('never returns overlapping edits, nor two empty edits at one point', () => {
    const edits = selectFixes([finding(4, 9, 'jonge', 'a'), finding(6, 12, 'nge ve', 'b'), finding(12, 12, '', 'c'), finding(12, 12, '', 'd')], source);
    expect(edits.map((e) => [e.offset, e.endOffset])).toEqual([[4, 9], [12, 12]]);
    expect(applyEdits(source, edits)).toBe('een a vecrpleegster');
  });
});

describe('summarize', () => {
  it('counts by severity and category, as the lint result does', () => {
    const result = lintSync('Wij zoeken een verpleegster voor ons jonge team. Je bent een echte rockstar.');
    const { errorCount, warningCount, infoCount, byCategory } = result.summary;
    expect(summarize(result.findings)).toEqual({ errorCount, warningCount, infoCount, byCategory });
    expect(errorCount + warningCount + infoCount).toBe(result.findings.length);
  });
});

describe('labels', () => {
  it('names every category and severity in both languages, differently where the languages differ', () => {
    for (const language of ['nl', 'en'] as const) {
      for (const c of CATEGORIES) expect(categoryLabel(c, language), `${language} ${c}`).toMatch(/^\p{Lu}/u);
      for (const s of SEVERITIES) expect(severityLabel(s, language)).toMatch(/^\p{Ll}/u);
    }
    expect(categoryLabel('age', 'nl')).toBe('Leeftijd');
    expect(categoryLabel('age', 'en')).toBe('Age');
    // A language without a table of its own (a client's `de`, `und`) gets English.
    expect(categoryLabel('age', 'und')).toBe('Age');
  });

  it('counts in the singular for 1 and the plural otherwise', () => {
    expect(severityCount('error', 1, 'nl')).toBe('1 fout');
    expect(severityCount('error', 0, 'nl')).toBe('0 fouten');
    expect(severityCount('warning', 2, 'en')).toBe('2 warnings');
    expect(severityCount('info', 3, 'en')).toBe('3 tips');
  });

  it('lists the categories most first, then by key, in the language asked', () => {
    expect(categoryCounts({ gender: 1, age: 2, pay: 1 }, 'nl')).toBe('leeftijd 2, gender 1, salaris 1');
    expect(categoryCounts({ gender: 1, age: 2, pay: 1 }, 'en')).toBe('age 2, gender 1, pay 1');
    expect(balanceLabel('masculine-coded', 'nl')).toBe('mannelijk gekleurd');
  });

  it("describeRule names severity and category in the rule's language, with the key the configuration uses", () => {
    const text = renderRule(describeRule(core.getRule('nl.gender.functietitel-verpleegster')!), 'text');
    expect(text).toMatch(/^Ernst: (fout|waarschuwing|tip)\b/mu);
    expect(text).toContain('Categorie: Gender (gender)');
  });
});

describe('describeRule', () => {
  it.each([
    ['nl', ['Waarom', 'Schrijf liever', 'Bronnen', 'Wordt gemeld']],
    ['en', ['Why', 'Write instead', 'Sources', 'Flagged']],
  ] as const)('labels every %s rule in its own language and fills no placeholder', (language, labels) => {
    for (const rule of listRules({ language })) {
      const described = describeRule(rule);
      // Patterns may hold named slots ({num}); the prose around them may not show a placeholder.
      const text = renderRule({ ...described, fields: described.fields.filter((f) => f.field !== 'matches') }, 'text');
      for (const label of labels) expect(text, rule.id).toContain(`${label}:`);
      expect(text, rule.id).not.toMatch(/\{[a-z]\w*\}/u);
    }
  });

  it('one renderer serves the CLI, the hover and the rule pages (no label table of their own)', () => {
    for (const file of ['packages/cli/src/commands/rules-info.ts', 'packages/language-server/src/hover.ts', 'scripts/build-docs.mjs']) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      expect(source, file).toContain('renderRule(');
      expect(source, file).not.toMatch(/'Waarom'|'Why'|'Bronnen'|'Sources'/u);
    }
  });
});

describe('thresholds from the rule data', () => {
  it("the long-sentence explanation names the limit the check uses (it said 'hooguit 15 tot 20' while flagging from 26)", () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 'Wij' : 'werk')).join(' ') + '.';
    const flagged = (text: string) => lintSync(text, { language: 'nl' }).findings.filter((f) => f.ruleId === 'nl.readability.lange-zin');
    expect(flagged(words(25))).toEqual([]);
    const [finding] = flagged(words(26));
    expect(finding?.explanation).toContain('meer dan 25 woorden');
    expect(finding?.explanation).not.toContain('hooguit');
    expect(renderRule(describeRule(core.getRule('nl.readability.lange-zin')!), 'text')).toContain('meer dan 25 woorden');
  });
});
