// A long text is linted while it is parsed piece by piece (each piece's tree let go once its
// tokens and retext-equality's matches are read), so that a long document's tree does not live
// through every garbage collection. That must not change a finding: here every result of the
// engine is compared with linting the same text from each segment's whole tree, given at once.
// About equality only; the time it saves is measured by `npm run bench -- --only scaling`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintWith } from '../packages/core/src/engine.js';
import { parsePieces, parseText } from '../packages/core/src/language/parse.js';
import type { LintOptions } from '../packages/core/src/types.js';
import { syntheticCorpus } from '../scripts/synthetic-corpus.mjs';
import { corpusPostings, itNeeding } from './fixtures/shared.js';

const ROOT = join(import.meta.dirname, '..');
const FORMATS = { md: 'markdown', html: 'html', txt: 'text' } as const;
const examples = readdirSync(join(ROOT, 'examples'))
  .filter((f) => /\.(md|txt|html)$/u.test(f))
  .map((f) => ({ id: `examples/${f}`, format: FORMATS[f.slice(f.lastIndexOf('.') + 1) as keyof typeof FORMATS], text: readFileSync(join(ROOT, 'examples', f), 'utf8') }));
const synthetic: Array<{ id: string; language: string; text: string }> = syntheticCorpus({ documents: 120, seed: 23 });

const corpus = (name: 'en' | 'nl', limit: number): string[] => corpusPostings(name, limit).map((p) => p.text);

// The reference parses each segment in one go, without pieces at all.
const whole = (text: string, language: 'nl' | 'en') => [{ tree: parseText(text, language, false), offset: 0 }];

function expectSame(text: string, options: LintOptions = {}): void {
  const piecewise = lintWith(text, options, parsePieces);
  const reference = lintWith(text, options, whole);
  expect(JSON.stringify(piecewise, null, 1)).toBe(JSON.stringify(reference, null, 1));
}

describe('linting piece by piece = linting from the whole tree', () => {
  for (const { id, format, text } of examples) {
    it(`gives the same result on ${id}`, () => expectSame(text, { format }));
  }

  const long: Array<[string, string, LintOptions]> = [
    ['synthetic English ads as one document', synthetic.filter((d) => d.language === 'en').map((d) => d.text).join('\n\n'), {}],
    ['synthetic Dutch ads as one document', synthetic.filter((d) => d.language === 'nl').map((d) => d.text).join('\n\n\n'), {}],
    ['synthetic Dutch and English ads as one document (segments in both languages)', synthetic.map((d) => d.text).join('\n\n'), {}],
    ['synthetic English ads, language forced, every retext-equality pattern on', synthetic.filter((d) => d.language === 'en').map((d) => d.text).join('\n\n'), { language: 'en', config: { rules: { 'en.equality': 'warning' } } }],
    ['the examples ×12 read as plain text, with odd blank lines', Array.from({ length: 12 }, (_, i) => examples.map((d) => d.text).join(['\n\n', '\n\n\n', '\n\n  \n\t\n\n'][i % 3])).join('\n\n'), {}],
    ['the Markdown examples ×12', Array.from({ length: 12 }, () => examples.filter((e) => e.format === 'markdown').map((d) => d.text).join('\n\n')).join('\n\n'), { format: 'markdown' }],
    ['the English corpus, its first 80 postings', corpus('en', 80).join('\n\n'), {}],
    ['the Dutch corpus, its first 80 postings', corpus('nl', 80).join('\n\n'), {}],
  ];
  for (const [name, text, options] of long) {
    // The corpora are in ../shared: skipped with the reason without it, a failure in CI.
    const test = name.includes('corpus') ? (title: string, body: () => void) => itNeeding(['corpora'], title, body) : it;
    test(`gives the same result on ${name}`, () => {
      // Long enough to be parsed in many pieces, and with findings to compare.
      expect([...parsePieces(text, 'en')].length).toBeGreaterThan(5);
      expect(lintWith(text, options, parsePieces).findings.length).toBeGreaterThan(20);
      expectSame(text, options);
    });
  }
});
