// Deeply nested input never overflows the stack. Our tree walks use an explicit stack; parse5
// and micromark build their trees without recursion; Markdown nested deeper than MAX_NESTING
// levels is not handed to micromark (whose cost grows with the square of a line's nesting) and
// gets a "not checked" finding instead. Checked through the library and through the CLI process.
import { afterAll, describe, expect, it } from 'vitest';
import { lintSync, type Finding } from '@vacancy-lint/core';
import { cleanup, project, run } from './fixtures/cli/helpers.js';

afterAll(cleanup);

const VERPLEEGSTER = 'Wij zoeken een verpleegster.';
const NOT_CHECKED = /\.structure\.nesting-too-deep$/u;

const html: Record<string, string> = {
  '2,000 nested divs': '<div>'.repeat(2000) + VERPLEEGSTER + '</div>'.repeat(2000),
  '20,000 nested spans': '<span>'.repeat(20000) + VERPLEEGSTER,
  '2,000 nested HTML lists': '<ul><li>'.repeat(2000) + VERPLEEGSTER,
  '2,000 nested blockquotes (HTML)': '<blockquote>'.repeat(2000) + VERPLEEGSTER,
};

const markdown: Record<string, string> = {
  '2,000 nested bullet lists': '- '.repeat(2000) + VERPLEEGSTER,
  '2,000 nested numbered lists': '1. '.repeat(2000) + VERPLEEGSTER,
  '4,000 nested blockquotes': '>'.repeat(4000) + ' ' + VERPLEEGSTER,
  '4,000 nested blockquotes with spaces': '> '.repeat(4000) + VERPLEEGSTER,
  '2,000 nested lists, one level per line': Array.from({ length: 2000 }, (_, i) => '- '.repeat(i + 1) + 'punt').join('\n'),
};

const ruleIds = (findings: Finding[]) => findings.map((f) => f.ruleId);

describe('deep nesting through the library', () => {
  it.each(Object.entries(html))('HTML: %s is walked and checked', (_name, source) => {
    const { findings } = lintSync(source, { format: 'html', language: 'nl' });
    expect(ruleIds(findings)).toContain('nl.gender.functietitel-verpleegster');
  });

  it.each(Object.entries(markdown))('Markdown: %s does not crash and is reported as not checked', (_name, source) => {
    const prose = `${VERPLEEGSTER}\n\n${source}\n\nOok zoeken wij een verpleegster.\n`;
    const { findings } = lintSync(prose, { format: 'markdown', language: 'nl' });
    const notChecked = findings.filter((f) => NOT_CHECKED.test(f.ruleId));
    expect(notChecked).toHaveLength(1);
    expect(notChecked[0]!.message).toMatch(/dieper genest dan 32 niveaus/u);
    expect(prose.slice(notChecked[0]!.offset, notChecked[0]!.endOffset)).toBe(notChecked[0]!.actual);
    // The text around the deep part is still checked.
    expect(findings.filter((f) => f.ruleId === 'nl.gender.functietitel-verpleegster')).toHaveLength(2);
  });

  it('nesting within the cap is checked and not reported', () => {
    const { findings } = lintSync('- '.repeat(30) + VERPLEEGSTER + '\n\n' + '> '.repeat(30) + VERPLEEGSTER, { format: 'markdown', language: 'nl' });
    expect(ruleIds(findings).filter((id) => NOT_CHECKED.test(id))).toEqual([]);
    expect(ruleIds(findings).filter((id) => id === 'nl.gender.functietitel-verpleegster')).toHaveLength(2);
  });

  it('the not-checked finding speaks English in an English text and can be turned off', () => {
    const source = `We are looking for a nurse.\n\n${'- '.repeat(100)}item\n`;
    const found = lintSync(source, { format: 'markdown', language: 'en' }).findings.filter((f) => NOT_CHECKED.test(f.ruleId));
    expect(found.map((f) => [f.ruleId, f.message])).toEqual([['en.structure.nesting-too-deep', 'This part is nested deeper than 32 levels and is not checked.']]);
    const off = lintSync(source, { format: 'markdown', language: 'en', config: { rules: { 'en.structure.nesting-too-deep': 'off' } } });
    expect(off.findings.filter((f) => NOT_CHECKED.test(f.ruleId))).toEqual([]);
  });
});

describe('deep nesting through the CLI', () => {
  const files: Record<string, string> = {
    'divs.html': html['2,000 nested divs']!,
    'lists.html': html['2,000 nested HTML lists']!,
    'lists.md': markdown['2,000 nested bullet lists']!,
    'quotes.md': markdown['4,000 nested blockquotes']!,
  };
  it.each(Object.keys(files))('%s: findings, no stack trace', async (name) => {
    const dir = project({ [name]: files[name]! });
    const r = await run(['--format', 'json', '--lang', 'nl', name], { cwd: dir });
    expect(r.stderr).not.toMatch(/RangeError|Maximum call stack|\n\s+at /u);
    expect(r.code === 0 || r.code === 1).toBe(true);
    const [result] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    const ids = result!.messages.map((m) => m.ruleId);
    if (name.endsWith('.md')) expect(ids).toContain('nl.structure.nesting-too-deep');
    else expect(ids).toContain('nl.gender.functietitel-verpleegster');
  });
});
