// The whole engine stays roughly linear on adversarial documents: lint time per KB at 100 KB is
// within a generous factor of lint time per KB at 10 KB, both measured here in the same run
// (best of two, to tame a loaded machine). Masked regions (a code block, a data URI, markup) are
// left out of the text the rules read, so they cost next to nothing.
import { describe, expect, it } from 'vitest';
import { lintSync, type LintOptions } from '@vacancy-lint/core';

const MAX_RATIO = 4;
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const INTRO = '# Vacature\n\nWij zoeken een collega voor ons team in Utrecht.\n\n';

const documents: Record<string, [(size: number) => string, LintOptions['format']]> = {
  'plain: spaces': [(n) => fill(' ', n), 'text'],
  'plain: digits': [(n) => fill('1', n), 'text'],
  'plain: one long word': [(n) => fill('a', n), 'text'],
  'plain: repeated rule words': [(n) => fill('jong team maximaal 5 jaar ervaring ', n), 'text'],
  'markdown: a huge code block': [(n) => INTRO + '```\n' + fill('jonge team 1.000 € ', n) + '\n```\n', 'markdown'],
  'markdown: an image with a long data URI': [(n) => INTRO + '![logo](data:image/png;base64,' + fill('iVBORw0KGgo', n) + ')\n', 'markdown'],
  'html: markup and a long attribute': [(n) => '<p>Wij zoeken een collega.</p>' + fill('<b class="x">a</b> ', n / 2) + `<img src="data:image/png;base64,${fill('A', n / 2)}">`, 'html'],
};

function msPerKb(make: (size: number) => string, format: LintOptions['format'], kb: number): number {
  const text = make(kb * 1024);
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const start = performance.now();
    lintSync(text, { format, language: 'nl' });
    best = Math.min(best, performance.now() - start);
  }
  return best / kb;
}

describe('lint time grows linearly with the document', () => {
  it.each(Object.entries(documents))('%s', (_name, [make, format]) => {
    const small = msPerKb(make, format, 10);
    const large = msPerKb(make, format, 100);
    expect(large / small, `per KB: ${small.toFixed(3)} ms at 10 KB, ${large.toFixed(3)} ms at 100 KB`).toBeLessThanOrEqual(MAX_RATIO);
  });

  it('a masked code block does not reach the rules, not even as spaces', () => {
    const code = '```\n' + fill('jonge team ', 50_000) + '\n```\n';
    const { findings, summary } = lintSync(INTRO + code + '\nWij zoeken een verpleegster.\n', { format: 'markdown', language: 'nl' });
    expect(findings.map((f) => f.ruleId)).toEqual(['nl.gender.functietitel-verpleegster']);
    expect(summary.words).toBe(14); // Vacature (1) + 8 + 5, none from the code block
  });
});
