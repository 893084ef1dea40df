// The parsers tokenise with a table of character kinds (language/tokenize.ts) instead of
// parse-latin's own tokeniser, which tests up to three regular expressions per character. The trees
// must be the same, node for node and position for position, on every kind of text: ads, every
// rule example, line ends of each kind, and characters from all over Unicode, surrogate pairs and
// lone halves included.
import { describe, expect, it } from 'vitest';
import { ParseDutch } from 'parse-dutch';
import { ParseEnglish } from 'parse-english';
import { listRules } from '@vacancy-lint/core';
import { tableTokenizer } from '../packages/core/src/language/tokenize.js';
import { fasterParser } from '../packages/core/src/language/parse.js';
import { replaceImplicitBreaks } from '../packages/core/src/language/implicit-breaks.js';
import { syntheticCorpus } from '../scripts/synthetic-corpus.mjs';

/** A seeded generator, so a failure can be run again. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Texts of characters drawn from ranges where the kinds change: ASCII, Latin-1, punctuation, CJK, surrogates. */
function unicodeTexts(count: number, seed: number): string[] {
  const next = random(seed);
  const ranges: Array<[number, number]> = [[0, 0x7f], [0x80, 0x24f], [0x2000, 0x206f], [0x20a0, 0x20cf], [0x300, 0x36f], [0x3000, 0x30ff], [0xd800, 0xdfff], [0xe000, 0xffff], [0x0600, 0x06ff]];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let j = 0; j < 200; j++) {
      const r = next();
      if (r < 0.35) text += ' abc de\r\n\n\r.,!?'.charAt(Math.floor(next() * 16));
      else if (r < 0.45) text += String.fromCodePoint(0x1f600 + Math.floor(next() * 80));
      else {
        const [lo, hi] = ranges[Math.floor(next() * ranges.length)]!;
        text += String.fromCharCode(lo + Math.floor(next() * (hi - lo + 1)));
      }
    }
    out.push(text);
  }
  return out;
}

/**
 * White space of two line breaks inside a sentence (a blank line holding a no-break space, a form
 * feed, an em space): parse-latin's breakImplicitSentences splits the sentence there.
 */
const IMPLICIT_BREAKS = ['Wij zoeken\n\u00a0\niemand die graag werkt.', 'We need\r\n\f\r\nsomeone. Today\n\u2003\n\u2003\nor tomorrow', 'a\r\u00a0\rb c', 'één\n\u00a0\r\ntwee'];

function texts(): string[] {
  const examples = listRules().flatMap((rule) => [...rule.examples.flag, ...rule.examples.pass]);
  const ads = syntheticCorpus({ documents: 30, seed: 5 }).map((d) => d.text);
  return [...examples, examples.join('\n\n'), ...ads, ...ads.map((t) => t.replace(/\n/gu, '\r\n')), ...ads.map((t) => t.replace(/\n/gu, '\r')), ...unicodeTexts(200, 17), ...IMPLICIT_BREAKS, '', ' ', '\r', '\n\r', '!!!', '€€ $$', 'a\u0301b'];
}

describe('the table tokeniser', () => {
  for (const [name, Parser] of [['Dutch', ParseDutch], ['English', ParseEnglish]] as const) {
    it(`gives parse-latin's trees for ${name}`, () => {
      const reference = new Parser();
      const fast = fasterParser(new Parser());
      let compared = 0;
      for (const text of texts()) {
        expect(fast.parse(text), JSON.stringify(text.slice(0, 60))).toEqual(reference.parse(text));
        expect(fast.tokenize(text)).toEqual(reference.tokenize(text));
        compared++;
      }
      expect(compared).toBeGreaterThan(500);
    });
  }

  it('the sample has sentences that breakImplicitSentences splits: without it they parse otherwise, so the comparison above covers it', () => {
    const reference = new ParseDutch();
    const never = new ParseDutch();
    replaceImplicitBreaks(never);
    const i = never.tokenizeParagraphPlugins.findIndex((plugin, k) => plugin !== reference.tokenizeParagraphPlugins[k]);
    expect(i).toBeGreaterThanOrEqual(0);
    never.tokenizeParagraphPlugins[i] = () => undefined;
    expect(IMPLICIT_BREAKS.some((text) => JSON.stringify(never.parse(text)) !== JSON.stringify(reference.parse(text)))).toBe(true);
  });

  it('can fail: a tokeniser that splits words differently is caught', () => {
    const reference = new ParseDutch();
    const wrong = tableTokenizer((value) => reference.tokenize(value).map((node) => (node.type === 'WordNode' ? { ...node, type: 'SymbolNode', value: 'x' } : node)) as ReturnType<typeof reference.tokenize>);
    expect(wrong('ab')).not.toEqual(reference.tokenize('ab'));
  });
});
