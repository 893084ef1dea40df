/**
 * No fix spans markup: a finding whose source range holds a tag, a comment or a character
 * reference is reported with its suggestions, but is not `fixable`, so neither `--fix` nor an
 * editor's "fix all" can delete the markup (`<b>verpleeg</b>ster` must not become
 * `<b>verpleegkundige`). Decided once in the core; checked here through the library and the CLI.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintSync } from '@vacancy-lint/core';
import { cleanup, project, run } from './fixtures/cli/helpers.js';

afterAll(cleanup);

const TITLE = 'nl.gender.functietitel-verpleegster';

describe('fix safety in the core', () => {
  it.each([
    ['a closing tag', '<p>Wij zoeken een <b>verpleeg</b>ster.</p>', 'verpleeg</b>ster'],
    ['an empty element', '<p>Wij zoeken een verpleeg<span></span>ster.</p>', 'verpleeg<span></span>ster'],
    ['a comment', '<p>Wij zoeken een verpleeg<!-- x -->ster.</p>', 'verpleeg<!-- x -->ster'],
  ])('a finding across %s keeps its suggestions but is not fixable', (_what, html, actual) => {
    const [finding] = lintSync(html, { format: 'html', language: 'nl' }).findings.filter((f) => f.ruleId === TITLE);
    expect(finding).toBeDefined();
    expect(finding!.actual).toBe(actual);
    expect(finding!.suggestions).toEqual(['verpleegkundige']);
    expect(finding!.fixable).toBe(false);
  });

  it('a character reference inside the range also makes it unfixable; plain words in HTML stay fixable', () => {
    const findings = lintSync('<p>Vacature: verpleegster (m&#47;v)</p>', { format: 'html', language: 'nl' }).findings;
    expect(findings.map((f) => [f.actual, f.fixable])).toEqual([
      ['verpleegster', true],
      ['m&#47;v', false],
    ]);
  });

  it('plain text and Markdown without markup in the range are unchanged: still fixable', () => {
    for (const format of ['text', 'markdown'] as const) {
      const [finding] = lintSync('Wij zoeken een verpleegster.', { format, language: 'nl' }).findings;
      expect(finding!.fixable).toBe(true);
    }
  });

  it('no fixable finding in HTML or Markdown has markup in its range (a few shapes)', () => {
    const docs: Array<[string, 'html' | 'markdown']> = [
      ['<p>Een <i>verpleeg</i>ster, een <em>verpleegster</em> en een verpleeg<br>ster (m/v).</p>', 'html'],
      ['<ul><li>Verpleeg<b>ster</b> (m/<b>v</b>)</li><li>reeds &amp; tevens</li></ul>', 'html'],
      ['# Verpleeg*ster*\n\nEen verpleeg<b>ster</b> (m/v), reeds `code` tevens.\n', 'markdown'],
    ];
    for (const [source, format] of docs) {
      for (const f of lintSync(source, { format, language: 'nl' }).findings) {
        if (f.fixable) expect(f.actual, `${f.ruleId} in ${source}`).not.toMatch(/[<>&*`_]/u);
      }
    }
  });
});

describe('--fix on an HTML file', () => {
  it('fixes the plain occurrence, leaves the one across a tag (and its tags) alone, and reports it', async () => {
    const html = '<p>Wij zoeken een <b>verpleeg</b>ster en een verpleegster.</p>\n';
    const dir = project({ 'ad.html': html });
    const r = await run(['--fix', '--lang', 'nl', '-f', 'json', 'ad.html'], { cwd: dir });
    expect(readFileSync(join(dir, 'ad.html'), 'utf8')).toBe('<p>Wij zoeken een <b>verpleeg</b>ster en een verpleegkundige.</p>\n');
    const [file] = JSON.parse(r.stdout);
    expect(file.fixedCount).toBe(1);
    expect(file.messages.map((m: { actual: string; fixable: boolean }) => [m.actual, m.fixable])).toEqual([['verpleeg</b>ster', false]]);
    const again = await run(['--fix', '--lang', 'nl', 'ad.html'], { cwd: dir });
    expect(readFileSync(join(dir, 'ad.html'), 'utf8')).toContain('<b>verpleeg</b>ster');
    expect(again.stdout).not.toMatch(/fixed:/u);
  });
});
