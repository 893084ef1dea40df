// The example ads in examples/: the problem ads must show problems of many kinds, each with a
// reason and a source; the improved versions must come out clean.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintSync } from '@vacancy-lint/core';

const dir = new URL('../examples/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const ads = readdirSync(dir).filter((f) => f.endsWith('.md'));
const improved = ads.filter((f) => /verbeterd|improved/u.test(f));
const problems = ads.filter((f) => !improved.includes(f));

describe('example ads', () => {
  it('has a Dutch and an English problem ad, each with an improved version', () => {
    expect(problems.map((f) => lintSync(read(f), { format: 'markdown' }).language).sort()).toEqual(['en', 'nl']);
    expect(improved.map((f) => lintSync(read(f), { format: 'markdown' }).language).sort()).toEqual(['en', 'nl']);
  });

  it.each(problems)('%s shows errors in many categories, each explained and sourced', (file) => {
    const text = read(file);
    const { findings } = lintSync(text, { format: 'markdown' });
    const categories = new Set(findings.map((f) => f.category));
    expect(categories.size).toBeGreaterThanOrEqual(8);
    expect(findings.filter((f) => f.severity === 'error').length).toBeGreaterThanOrEqual(8);
    for (const f of findings) {
      expect(text.slice(f.offset, f.endOffset)).toBe(f.actual);
      expect(f.explanation).not.toBe('');
      expect(f.sources.length).toBeGreaterThan(0);
    }
  });

  it.each(improved)('%s has no finding at all', (file) => {
    const { findings, summary } = lintSync(read(file), { format: 'markdown' });
    expect(findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.actual}`)).toEqual([]);
    expect(summary.hasPayRange).toBe(true);
  });
});
