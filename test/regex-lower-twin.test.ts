// The pattern rules run on the lower-cased text without the `i` flag where their source allows
// (regexes.ts, lowerCaseTwin): compiling with `iu` is most of a first run's cost. The twin must
// match exactly where the original matches on the original text; every rule expression is checked
// here on text in several casings, built from each rule's own flag and pass examples.
import { describe, expect, it } from 'vitest';
import { listRules } from '@vacancy-lint/core';
import { lowerCaseTwin, recordedRegexes } from '../packages/core/dist/regexes.js';

listRules();
const rules = [...recordedRegexes()].filter(([name]) => name.startsWith('rule:'));

function matches(expression: RegExp, text: string): [number, number][] {
  const global = new RegExp(expression.source, expression.flags.includes('g') ? expression.flags : expression.flags + 'g');
  return [...text.matchAll(global)].map((m) => [m.index, m[0].length]);
}

/** The examples of every rule, in the casings ads use: as written, upper case, title case. */
function texts(): string[] {
  const out: string[] = [];
  for (const rule of listRules()) {
    for (const text of [...rule.examples.flag, ...rule.examples.pass]) {
      out.push(text, text.toUpperCase(), text.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()));
    }
  }
  return out.filter((t) => t.toLowerCase().length === t.length);
}

describe('lower-case twins of the pattern rules', () => {
  it('exist for most rule expressions (the point of them), and only for case-insensitive ones', () => {
    const twins = rules.filter(([, re]) => lowerCaseTwin(re, false));
    expect(twins.length).toBeGreaterThan(rules.length / 2);
    for (const [, re] of twins) expect(re.flags).toContain('i');
  });

  it('match on the lower-cased text exactly where the original matches on the text', () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(500);
    let compared = 0;
    for (const [name, re] of rules) {
      const twin = lowerCaseTwin(re, false);
      if (!twin) continue;
      for (const text of all) {
        expect(matches(twin, text.toLowerCase()), `${name} on ${JSON.stringify(text)}`).toEqual(matches(re, text));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('are refused where case matters: a capital letter or a case property in the source', () => {
    expect(lowerCaseTwin(/UK nationals/iu, false)).toBeUndefined();
    expect(lowerCaseTwin(/\p{Lu}\w+/iu, false)).toBeUndefined();
    expect(lowerCaseTwin(/\p{Lowercase}+/iu, false)).toBeUndefined();
    expect(lowerCaseTwin(/uk nationals/u, false)).toBeUndefined();
    // Escapes and case-free properties are fine: \S, \u00e9, \p{L}, a named group.
    const twin = lowerCaseTwin(/(?<word>\p{L}+)\S*\u00e9\k<word>/iu, false);
    expect(twin?.flags).toBe('u');
    expect(lowerCaseTwin(/leeftijd/giu, true)?.flags).toBe('uy');
  });
});
