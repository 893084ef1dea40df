/**
 * The web editor's state without a browser: settings as stored in localStorage, the engine
 * options they make, the interface language, what the side panel shows, and the Markdown report.
 */
import { applyEdits, lint, lintSync, selectFixes, type Finding } from '@vacancy-lint/core';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentChecks, findingAt, genderMeter, groupByCategory, visibleFindings } from '../packages/web/src/findings-view.js';
import { fixAllEdits } from '../packages/web/src/fix-all.js';
import { MESSAGES } from '../packages/web/src/i18n.js';
import type { RuleFacts } from '../packages/web/src/protocol.js';
import { reportJson, reportMarkdown } from '../packages/web/src/report.js';
import { DEFAULT_SETTINGS, lintOptions, loadSettings, parseSettings, pickLocale, saveSettings, STORAGE_KEY } from '../packages/web/src/settings.js';

const EXAMPLE = readFileSync(new URL('../examples/vacature-verpleegkundige.md', import.meta.url), 'utf8');

describe('web editor: settings', () => {
  it('fall back to the defaults for nothing, junk or wrong values', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('[1,2]')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(JSON.stringify({ categoriesOff: ['age', 'nonsense', 3, 'age'], minSeverity: 'fatal', region: 'de-DE', language: 'fr', allow: ['  jong  ', '', 7], locale: 'de' }))).toEqual({
      ...DEFAULT_SETTINGS,
      categoriesOff: ['age'],
      allow: ['jong'],
    });
  });

  it('survive a round trip through storage, and storage that throws', () => {
    const map = new Map<string, string>();
    const store = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
    const settings = { ...DEFAULT_SETTINGS, categoriesOff: ['jargon' as const], minSeverity: 'warning' as const, genderForm: 'm/v/x', region: 'nl-BE' as const, language: 'nl' as const, allow: ['jonge team'], locale: 'en' as const };
    saveSettings(store, settings);
    expect(map.has(STORAGE_KEY)).toBe(true);
    expect(loadSettings(store)).toEqual(settings);
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
    expect(() => saveSettings(broken, settings)).not.toThrow();
  });

  it('become the engine options: categories off, ignored phrases, gender form, region, language', async () => {
    const options = lintOptions({ ...DEFAULT_SETTINGS, categoriesOff: ['age'], allow: ['fysiek fit'], genderForm: 'm/v/x', region: 'nl-BE', language: 'nl' });
    expect(options).toEqual({ format: 'markdown', language: 'nl', region: 'nl-BE', config: { rules: { age: 'off' }, allow: ['fysiek fit'], genderForm: 'm/v/x' } });
    const result = await lint(EXAMPLE, options);
    expect(result.findings.some((f) => f.category === 'age')).toBe(false);
    expect(result.findings.some((f) => f.actual === 'fysiek fit')).toBe(false);
    expect(result.findings.find((f) => f.ruleId === 'nl.gender.m-v')?.suggestions).toEqual(['m/v/x']);
    expect(lintOptions(DEFAULT_SETTINGS)).toEqual({ format: 'markdown', language: 'auto', config: {} });
  });

  it('pick the interface language from the stored choice, else the browser', () => {
    expect(pickLocale(undefined, ['nl-BE', 'en'])).toBe('nl');
    expect(pickLocale(undefined, ['de-DE', 'en-GB', 'nl'])).toBe('en');
    expect(pickLocale(undefined, ['fr'])).toBe('en');
    expect(pickLocale('nl', ['en-US'])).toBe('nl');
  });
});

describe('web editor: side panel', async () => {
  const result = await lint(EXAMPLE, { format: 'markdown' });
  const rules: Record<string, RuleFacts> = { 'nl.pay.geen-salaris': { kind: 'document', docsUrl: '' } };

  it('groups the findings by category, in the engine order, with counts per severity', () => {
    const groups = groupByCategory(result.findings);
    expect(groups.map((g) => g.category)).toEqual(['gender', 'age', 'origin', 'disability', 'religion', 'family', 'appearance', 'personal-data', 'pay']);
    const age = groups.find((g) => g.category === 'age')!;
    expect(age.findings).toHaveLength(4);
    expect(age.counts).toEqual({ error: 4, warning: 0, info: 0 });
    expect(groups.reduce((n, g) => n + g.findings.length, 0)).toBe(result.findings.length);
  });

  it('shows findings from the lowest severity chosen', () => {
    expect(visibleFindings(result.findings, 'info')).toHaveLength(21);
    expect(visibleFindings(result.findings, 'warning').every((f) => f.severity !== 'info')).toBe(true);
    expect(visibleFindings(result.findings, 'error').every((f) => f.severity === 'error')).toBe(true);
    expect(visibleFindings(result.findings, 'error')).toHaveLength(result.summary.errorCount);
  });

  it('ties each document check to its document-level finding and the summary facts', () => {
    const checks = documentChecks(result, rules);
    expect(checks.map((c) => c.id)).toEqual(['pay', 'requirements', 'readability']);
    expect(checks[0]!.findings.map((f) => f.ruleId)).toEqual(['nl.pay.geen-salaris']);
    // 'marktconform salaris' is in the pay category too, but a phrase rule, not the pay check.
    expect(checks[0]!.findings.some((f) => f.actual === 'marktconform salaris')).toBe(false);
    expect(checks[1]!.facts).toEqual({ lists: 2, longest: 6 });
    expect(checks[2]!.findings).toEqual([]);
  });

  it('puts the gender meter where the coded words lean', () => {
    expect(genderMeter(result.summary.genderCoded)).toMatchObject({ position: 1, label: 'masculine-coded', masculineWords: ['dynamisch'] });
    expect(genderMeter({ masculine: 1, feminine: 3, masculineWords: [], feminineWords: [], label: 'feminine-coded' }).position).toBe(-0.5);
    expect(genderMeter({ masculine: 0, feminine: 0, masculineWords: [], feminineWords: [], label: 'empty' }).position).toBe(0);
  });

  it('finds the innermost finding under the cursor', () => {
    const items = result.findings.map((f: Finding) => ({ finding: f, from: f.offset, to: f.endOffset }));
    const mv = result.findings.find((f) => f.actual === 'm/v')!;
    // Inside the pay check's first-line range too; the smaller range wins.
    expect(findingAt(items, mv.offset + 1)?.finding).toBe(mv);
    expect(findingAt(items, 0)).toBeUndefined();
  });
});

describe('web editor: report', async () => {
  const result = await lint(EXAMPLE, { format: 'markdown' });

  it('as Markdown, in the interface language, grouped like the panel', () => {
    const nl = reportMarkdown(result, MESSAGES.nl);
    expect(nl).toMatch(/^# Rapport vacaturetekst\n/u);
    expect(nl).toContain('## Leeftijd (4)');
    expect(nl).toContain("- **Fout**, regel 6: 'jonge team' zegt iets over leeftijd.");
    expect(nl).toContain('Gender-gekleurde woorden: mannelijk gekleurd (Mannelijk: dynamisch; Vrouwelijk: geen)');
    const en = reportMarkdown(result, MESSAGES.en);
    expect(en).toContain('## Age (4)');
    expect(en).toContain('  - Write instead: `Verpleegkundige`');
  });

  it('as JSON: the engine result itself', () => {
    expect(JSON.parse(reportJson(result))).toEqual(JSON.parse(JSON.stringify(result)));
  });

  it('every interface string exists in both languages', () => {
    expect(Object.keys(MESSAGES.nl).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });
});

describe('web editor: fix all', () => {
  const text = 'Wij zoeken een verpleegster voor ons jonge team. Een verpleegster met ervaring.';
  const placed = (findings: Finding[], shift = 0) => findings.map((finding) => ({ finding, from: finding.offset + shift, to: finding.endOffset + shift }));

  it("chooses the edits by core's selectFixes, the rule of the CLI's --fix and the editor's fix-all", () => {
    const { findings } = lintSync(text, { language: 'nl' });
    const edits = fixAllEdits(placed(findings), text);
    expect(edits).toEqual(selectFixes(findings, text));
    expect(edits.length).toBeGreaterThanOrEqual(2);
    expect(applyEdits(text, edits)).toBe(text.replaceAll('verpleegster', 'verpleegkundige'));
  });

  it('uses the ranges as they stand after typing, and leaves out a finding whose words have gone', () => {
    const { findings } = lintSync(text, { language: 'nl' });
    // Three characters typed at the start: every range moved by three.
    const typed = 'Ja. ' + text;
    expect(applyEdits(typed, fixAllEdits(placed(findings, 4), typed))).toBe(typed.replaceAll('verpleegster', 'verpleegkundige'));
    // Unmapped ranges no longer hold their words: nothing is replaced in the wrong place.
    expect(fixAllEdits(placed(findings), typed)).toEqual([]);
  });
});
