// Properties that must hold for any input, checked on generated texts (fast-check): no crash,
// `actual` is exactly the source between the offsets, line/column agree with the offset, and
// findings come sorted and inside the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintSync, listRules } from '@vacancy-lint/core';

const pieces = [
  'jonge team', 'verpleegster', '(m/v)', 'Nederlands als moedertaal', 'tussen de 25 en 35 jaar', '24/7 beschikbaar',
  'young team', 'salesman', 'native English speaker', 'under 30', 'clean-shaven', 'he/she', 'rockstar',
  'management', 'mantelzorg', 'Manhattan', 'jongeren', 'café', 'crème brûlée', '👩‍🍳', '🚀', 'e-mail',
  'https://example.org/jong-team', 'info@example.org', 'wij', 'zoeken', 'een', 'we', 'are', 'looking', 'for', 'a',
  '**', '`code`', '# ', '- ', '&amp;', '<b>', '</b>', '<!-- vacancy-lint-disable -->', '.', ',', '!', '?',
];
const separators = [' ', ' ', ' ', '\n', '\r\n', '\n\n', '\t', '\u00a0'];
const text = fc
  .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...separators)), { maxLength: 60 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

function check(source: string, format: 'text' | 'markdown' | 'html') {
  const { findings } = lintSync(source, { format });
  let previous = -1;
  for (const f of findings) {
    expect(source.slice(f.offset, f.endOffset)).toBe(f.actual);
    expect(f.offset).toBeGreaterThanOrEqual(0);
    expect(f.endOffset).toBeLessThanOrEqual(source.length);
    expect(f.offset).toBeGreaterThanOrEqual(previous);
    previous = f.offset;
    const lineStart = Math.max(source.lastIndexOf('\n', f.offset - 1), source.lastIndexOf('\r', f.offset - 1)) + 1;
    expect(f.column).toBe(f.offset - lineStart + 1);
  }
}

describe('engine properties', () => {
  it.each(['text', 'markdown', 'html'] as const)('positions are exact for any %s input', (format) => {
    fc.assert(fc.property(text, (source) => check(source, format)), { numRuns: 150 });
  });

  it('survives arbitrary unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (source) => check(source, 'markdown')), { numRuns: 150 });
  });
});

// Masked content (code, a data URI, front matter, an HTML block) is left out of the text the
// rules read: inserting it between two paragraphs changes no finding, only shifts the positions
// of the findings after it, exactly by its length.
const MASKED = [
  '```\njonge team verpleegster 24/7 beschikbaar\n```',
  '    indented code: jonge team verpleegster',
  '![foto](data:image/png;base64,' + 'iVBORw0KGgo'.repeat(200) + ')',
  '<div class="jonge team">\n<!-- verpleegster -->\n</div>',
  '[link](https://example.org/jong-team-verpleegster)',
];
const paragraphs = fc.array(
  fc.array(fc.constantFrom(...pieces.filter((p) => !/[`*#<>&-]|^- $/u.test(p))), { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')),
  { minLength: 1, maxLength: 6 },
);

const DOCUMENT_RULES = new Set(listRules().filter((r) => r.kind === 'document').map((r) => r.id));

describe('masked content', () => {
  it('inserting code, a data URI or markup between paragraphs only shifts positions', () => {
    fc.assert(
      fc.property(paragraphs, fc.nat(), fc.constantFrom(...MASKED), (paras, at, masked) => {
        const index = at % (paras.length + 1);
        const before = paras.slice(0, index).map((p) => p + '\n\n').join('');
        const after = paras.slice(index).map((p) => p + '\n\n').join('');
        const inserted = masked + '\n\n';
        const plain = lintSync(before + after, { format: 'markdown', language: 'nl' });
        const withMasked = lintSync(before + inserted + after, { format: 'markdown', language: 'nl' });
        const shift = (offset: number) => (offset >= before.length ? offset + inserted.length : offset);
        // Document checks ("no pay range") sit on the first line by design, and a link's visible
        // text placed first becomes that line; every other finding only moves.
        const words = (findings: typeof plain.findings) => findings.filter((f) => !DOCUMENT_RULES.has(f.ruleId));
        expect(words(withMasked.findings).map((f) => [f.ruleId, f.offset, f.endOffset, f.actual])).toEqual(
          words(plain.findings).map((f) => [f.ruleId, shift(f.offset), shift(f.endOffset), f.actual]),
        );
        check(before + inserted + after, 'markdown');
      }),
      // The case the property found first: a link as the first paragraph.
      { numRuns: 100, examples: [[['jonge team jonge team', 'jonge team'], 0, '[link](https://example.org/jong-team-verpleegster)']] },
    );
  });
});
