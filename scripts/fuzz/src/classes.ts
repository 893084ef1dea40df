/**
 * The classes of hostile input, as fast-check arbitraries so failures shrink to a small reproduction.
 * Each class names one way a text can hurt a linter: long runs that feed backtracking regular
 * expressions, deep nesting that feeds recursion, huge masked regions, broken encodings and odd
 * code points. Known offending phrases are mixed in so findings exist.
 */
import fc from 'fast-check';
import { FILLER, OFFENDERS } from './offenders.js';

export type Format = 'text' | 'markdown' | 'html';

export interface Doc {
  /** The text as the library and the language server see it. */
  text: string;
  format: Format;
  /** Raw file content for the CLI when it is not the UTF-8 of `text` (invalid UTF-8). */
  bytes?: Uint8Array;
}

export interface Limits {
  /** Longest run or block, in KB (characters / 1024). */
  maxKb: number;
  /** Deepest nesting. */
  maxDepth: number;
}

export interface InputClass {
  name: string;
  about: string;
  arbitrary(limits: Limits): fc.Arbitrary<Doc>;
}

const format = fc.constantFrom<Format>('text', 'markdown', 'html');
const offender = fc.constantFrom(...OFFENDERS);
const filler = fc.array(fc.constantFrom<string>(...FILLER, ...OFFENDERS), { maxLength: 12 }).map((w) => w.join(' '));

/** `unit` repeated 1..max times (shrinks towards short runs). */
const run = (units: readonly string[], maxChars: number) =>
  fc.tuple(fc.constantFrom(...units), fc.integer({ min: 1, max: Math.max(1, maxChars) })).map(([u, n]) => u.repeat(Math.max(1, Math.floor(n / u.length))));

/** Offending sentences around and inside `core`. */
const around = (core: fc.Arbitrary<string>) =>
  fc.tuple(filler, offender, core, offender, filler, fc.nat()).map(([f1, o1, c, o2, f2, cut]) => {
    const at = c.length === 0 ? 0 : cut % c.length;
    return `${f1} ${o1} ${c.slice(0, at)} ${o2} ${c.slice(at)} ${f2}`;
  });

const doc = (text: fc.Arbitrary<string>, formats: fc.Arbitrary<Format> = format): fc.Arbitrary<Doc> =>
  fc.tuple(text, formats).map(([t, f]) => ({ text: t, format: f }));

const kb = (l: Limits) => l.maxKb * 1024;

/** A list nested by indentation; its size grows with the square of the depth, so the depth is capped by --max-kb. */
const indentedList = (depth: number, marker: string, last: string): string =>
  Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}${marker}${i === depth - 1 ? last : 'item'}`).join('\n');

export const CLASSES: InputClass[] = [
  {
    name: 'offenders',
    about: 'offending phrases among ordinary words, with line breaks (the baseline: many findings)',
    arbitrary: () =>
      doc(fc.array(fc.tuple(fc.constantFrom<string>(...OFFENDERS, ...FILLER), fc.constantFrom(' ', ' ', '\n', '\r\n', '\n\n', '\t', '\u00a0', '. ', ', ')), { maxLength: 60 }).map((p) => p.map(([a, b]) => a + b).join(''))),
  },
  {
    name: 'spaces',
    about: 'long runs of spaces, tabs, no-break spaces and blank lines between offenders',
    arbitrary: (l) => doc(around(run([' ', '\t', '\u00a0', ' \n', '\n', '\r\n', '\u2003'], kb(l)))),
  },
  {
    name: 'digits',
    about: 'long runs of digits and number separators (amounts, ages, years)',
    arbitrary: (l) => doc(around(run(['1', '12', '1.', '1,', '12.345,', '€ 1', '25 ', '1-', '1 jaar '], kb(l)))),
  },
  {
    name: 'letters',
    about: 'one very long word, or a run of letters with accents',
    arbitrary: (l) => doc(around(run(['a', 'ab', 'jong', 'é', 'ij', 'x'], kb(l)))),
  },
  {
    name: 'separators',
    about: 'long runs of punctuation and separators (dashes, slashes, dots, m/v)',
    arbitrary: (l) => doc(around(run(['-', '/', '.', ',', '|', '_', '*', '(', ')', 'm/v/', '–', '…', '#', '>', '`'], kb(l)))),
  },
  {
    name: 'repeated-words',
    about: 'one word or phrase repeated many times (the words the age and pay patterns look for)',
    arbitrary: (l) => doc(around(run(['jaar ', 'tussen de ', 'en ', 'jong ', 'young ', 'max ', '25 ', 'years ', 'ervaring ', 'tot ', 'aged '], kb(l)))),
  },
  {
    name: 'nested-html',
    about: 'deeply nested HTML elements, closed or not',
    arbitrary: (l) =>
      fc.tuple(fc.constantFrom('div', 'b', 'span', 'li', 'blockquote', 'p', 'ul'), fc.integer({ min: 1, max: l.maxDepth }), offender, fc.boolean(), format).map(([tag, depth, o, closed, f]) => ({
        text: `<${tag}>`.repeat(depth) + o + (closed ? `</${tag}>`.repeat(depth) : ''),
        format: f,
      })),
  },
  {
    name: 'nested-lists',
    about: 'deeply nested Markdown lists (indented, or many markers on one line)',
    arbitrary: (l) =>
      fc.tuple(fc.integer({ min: 1, max: l.maxDepth }), offender, fc.boolean(), fc.constantFrom('- ', '* ', '1. ')).map(([depth, o, oneLine, marker]) => ({
        text: oneLine
          ? `${marker.repeat(depth)}${o}\n`
          : indentedList(Math.min(depth, Math.floor(Math.sqrt(kb(l)))), marker, o),
        format: 'markdown' as const,
      })),
  },
  {
    name: 'nested-blockquotes',
    about: 'deeply nested Markdown blockquotes',
    arbitrary: (l) =>
      fc.tuple(fc.integer({ min: 1, max: l.maxDepth }), offender, fc.boolean()).map(([depth, o, spaced]) => ({
        text: `${(spaced ? '> ' : '>').repeat(depth)}${o}\n`,
        format: 'markdown' as const,
      })),
  },
  {
    name: 'huge-code',
    about: 'huge fenced, indented and inline code between offending prose',
    arbitrary: (l) =>
      fc
        .tuple(filler, offender, run(['x', '1', ' ', 'jong team ', '25 jaar ', 'a\n'], kb(l)), fc.constantFrom('fence', 'indent', 'inline', 'html'), offender)
        .map(([f, o1, body, kind, o2]) => {
          const code =
            kind === 'fence' ? `\`\`\`\n${body}\n\`\`\`` : kind === 'indent' ? body.split('\n').map((line) => `    ${line}`).join('\n') : kind === 'inline' ? `\`${body.replaceAll('`', '')}\`` : `<pre><code>${body}</code></pre>`;
          return { text: `${f} ${o1}\n\n${code}\n\n${o2}`, format: kind === 'html' ? ('html' as const) : ('markdown' as const) };
        }),
  },
  {
    name: 'data-uri',
    about: 'a pasted image: a huge data URI in Markdown or HTML',
    arbitrary: (l) =>
      fc.tuple(offender, run(['A', 'iVBORw0KGgo', '1', '+/'], kb(l)), fc.boolean(), offender).map(([o1, data, md, o2]) => ({
        text: md ? `${o1}\n\n![foto](data:image/png;base64,${data})\n\n${o2}` : `<p>${o1}</p><img src="data:image/png;base64,${data}"><p>${o2}</p>`,
        format: md ? ('markdown' as const) : ('html' as const),
      })),
  },
  {
    name: 'bom',
    about: 'byte-order marks at the start and in the middle',
    arbitrary: () => doc(fc.tuple(around(filler), fc.boolean()).map(([t, middle]) => `\uFEFF${t}${middle ? `\uFEFF${t}` : ''}`)),
  },
  {
    name: 'invalid-utf8',
    about: 'bytes that are not UTF-8 inside an otherwise ordinary file',
    arbitrary: () =>
      fc.tuple(around(filler), fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 8 }), fc.nat(), format).map(([t, bad, cut, f]) => {
        const good = new TextEncoder().encode(t);
        const at = cut % (good.length + 1);
        const bytes = new Uint8Array([...good.subarray(0, at), ...bad, ...good.subarray(at)]);
        return { text: new TextDecoder().decode(bytes), bytes, format: f };
      }),
  },
  {
    name: 'nul',
    about: 'NUL bytes and other control characters',
    arbitrary: () => doc(around(fc.array(fc.constantFrom('\u0000', '\u0001', '\u001b', '\u007f', '\u0000\u0000', '\u000b', '\u000c', '\r'), { minLength: 1, maxLength: 20 }).map((a) => a.join('')))),
  },
  {
    name: 'lone-surrogates',
    about: 'unpaired UTF-16 surrogates, alone and next to letters',
    arbitrary: () => doc(around(fc.array(fc.constantFrom('\uD800', '\uDC00', '\uDBFF', '\uDFFF', 'a\uD83D', '\uDE00b', '👩'), { minLength: 1, maxLength: 20 }).map((a) => a.join('')))),
  },
  {
    name: 'unicode',
    about: 'random Unicode: any code point, graphemes, right-to-left marks, line and paragraph separators',
    arbitrary: () =>
      doc(around(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.array(fc.constantFrom('\u2028', '\u2029', '\u200f', '\u202e', '\u0085', '\u0301', 'ﬁ', 'İ'), { maxLength: 20 }).map((a) => a.join(''))))),
  },
  {
    name: 'markup-mix',
    about: 'Markdown, HTML, comments, directives and entities mixed with offenders, in any format',
    arbitrary: () =>
      doc(
        fc
          .array(
            fc.constantFrom<string>(
              ...OFFENDERS, '**', '_', '`', '```', '# ', '- ', '> ', '[', '](http://x)', '<b>', '</b>', '<!--', '-->', '<!-- vacancy-lint-disable -->',
              '<!-- vacancy-lint-enable -->', '<!-- vacancy-lint-disable-next-line -->', '&amp;', '&#x1F600;', '&nbsp;', '<script>', '</script>', '<style>', '---\n', 'lang: en\n',
              '<br>', '\n', '\n\n', ' ', '|', '<', '>', 'https://example.org/jong-team', 'info@example.org',
            ),
            { maxLength: 80 },
          )
          .map((p) => p.join('')),
      ),
  },
];

export const classNames = (): string[] => CLASSES.map((c) => c.name);
