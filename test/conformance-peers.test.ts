// Conformance with peers' own test data in ../shared/peer-fixtures:
// - retext-equality 7.1: its test cases still pass for the patterns we run (a finding of our own
//   job-ad rules on the same words counts, since ours replace theirs there);
// - Joblint 2.3: its "oh-dear" ad gets findings for its sexism and culture problems, and its
//   "passing" ad gets no warning or error.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { lintSync, type Finding } from '@vacancy-lint/core';
import { describeNeeding, sharedPath } from './fixtures/shared.js';

// Read only inside the suites, which run only when ../shared/peer-fixtures is there.
const peers = pathToFileURL(sharedPath('peer-fixtures/'));
const json = (path: string) => JSON.parse(readFileSync(new URL(path, peers), 'utf8'));

describeNeeding(['peerFixtures'], 'retext-equality test cases', () => {
  interface Case {
    test: string;
    input?: string;
    options?: Record<string, unknown> | null;
    expected?: string[];
    error?: string;
  }
  const cases = json('retextjs__retext-equality/derived_test_cases.json') as Case[];
  const off = Object.keys((parse(readFileSync(new URL('../rules/retext-equality.yml', import.meta.url), 'utf8')) as { off: Record<string, string> }).off);
  /** Every default-off pattern switched on, to check that it still works when asked for. */
  const allOn = { rules: Object.fromEntries(off.map((id) => [`en.equality.${id}`, 'warning' as const])) };

  /** Their options have no counterpart in our configuration. */
  const SKIPPED: Record<string, string> = {
    binary: "retext-equality's `binary` option (allow 'he or she') is not exposed; our gender rules decide on pairs",
    ignore: 'retext-equality ignores by phrase; our equivalent is `allow`, tested in engine.test.ts',
  };

  const runnable = cases.filter((c) => !c.error && !(c.options && Object.keys(c.options).length > 0));
  it('skips only API-shape tests and option tests, for a stated reason', () => {
    for (const c of cases.filter((c) => !runnable.includes(c))) {
      const reason = c.error ?? Object.keys(c.options ?? {}).map((k) => SKIPPED[k]).join('; ');
      expect(reason, c.test).toBeTruthy();
    }
    expect(runnable.length).toBeGreaterThan(50);
  });

  const place = (f: Finding) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
  /** retext-equality's own wording, which must never reach a recruiter. */
  const RAW = /Unexpected potentially insensitive|in somes cases|try not to use it/u;
  // What matters is which pattern fires on their inputs and where, not their wording: we replace
  // it with our own plain-language messages (rules/retext-equality.yml).
  it.each(runnable.map((c) => [c.test, c] as const))('%s', (_name, c) => {
    const { findings } = lintSync(c.input!, { language: 'en', config: allOn });
    const equality = findings.filter((f) => f.ruleId.startsWith('en.equality.'));
    for (const f of equality) {
      expect(f.message, `${place(f)}: raw retext-equality wording`).not.toMatch(RAW);
      expect(f.explanation).not.toMatch(RAW);
      expect(f.message).toContain(`'${f.actual.replace(/\s+/gu, ' ')}'`);
    }
    if (c.expected!.length === 0) {
      expect(equality.map((f) => `${place(f)}: ${f.actual}`)).toEqual([]);
      return;
    }
    for (const message of c.expected!) {
      const [range, text] = [message.slice(0, message.indexOf(': ')), message.slice(message.indexOf(': ') + 2)];
      const theirs = equality.find((f) => place(f) === range);
      if (theirs) {
        // Their message names the flagged words between backticks: the same words fire here.
        const words = /`([^`]+)`/u.exec(text)?.[1];
        expect(theirs.actual.replace(/\s+/gu, ' '), `${range}: ${text}`).toBe(words);
        continue;
      }
      // Replaced by one of our own rules on the same words, or inside a longer finding of the
      // same kind ("father" within "father of computers"), which we keep instead.
      const [startLine, startColumn] = range.split('-')[0]!.split(':').map(Number);
      const covering = findings.find((f) => f.line === startLine && f.column <= startColumn! && f.endColumn > startColumn!);
      expect(covering, `${range}: ${text}`).toBeDefined();
    }
  });
});

describeNeeding(['peerFixtures'], 'Joblint examples', () => {
  interface Issue {
    rule: string;
    occurance: string;
    position: number;
  }
  const rules = json('rowanmanning__joblint/derived_rules.json') as Array<{ name: string; increment: Record<string, number> }>;
  const kinds = new Map(rules.map((r) => [r.name, Object.keys(r.increment)]));
  const expectations = json('rowanmanning__joblint/derived_example_expectations.json').cases as Record<string, { issues: Issue[] }>;
  const read = (file: string) => readFileSync(new URL(`rowanmanning__joblint/${file}`, peers), 'utf8');

  /** Joblint "culture" issues we leave alone on purpose. */
  const NOT_OURS: Record<string, string> = {
    Dreamweaver: 'naming a development tool says nothing about who may apply; Joblint counts it as culture and tech',
  };

  it('finds every sexism and culture problem of oh-dear.txt', () => {
    const text = read('example/oh-dear.txt');
    const { findings } = lintSync(text, { language: 'en' });
    const wanted = expectations['example/oh-dear.txt']!.issues.filter((i) => kinds.get(i.rule)!.some((k) => k === 'sexism' || k === 'culture'));
    expect(wanted.length).toBeGreaterThanOrEqual(10);
    for (const issue of wanted) {
      if (issue.occurance in NOT_OURS) continue;
      const hit = findings.find((f) => f.offset <= issue.position && issue.position < f.endOffset && f.category !== 'gender-coded');
      expect(hit, `${issue.rule}: '${issue.occurance}' at ${issue.position}`).toBeDefined();
    }
  });

  it('gives passing.txt no warning or error', () => {
    const { findings } = lintSync(read('example/passing.txt'), { language: 'en' });
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.actual}`)).toEqual([]);
  });

  it('flags the gendered word of realistic.txt', () => {
    const text = read('example/realistic.txt');
    const { findings } = lintSync(text, { language: 'en' });
    const guy = expectations['example/realistic.txt']!.issues.find((i) => i.occurance === 'guy')!;
    expect(findings.some((f) => f.category === 'gender' && f.offset <= guy.position && guy.position < f.endOffset)).toBe(true);
  });
});
