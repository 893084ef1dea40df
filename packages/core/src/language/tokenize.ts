/**
 * parse-latin's tokeniser (a sentence's text → words, white space, punctuation and symbols), with
 * each UTF-16 code's kind read from a table instead of up to three regular expressions tested per
 * character: those tests were a fifth of a Dutch lint. The kinds come from parse-latin's own
 * tokeniser, asked once per code about that code alone (it reads a text one code at a time, so a
 * code's kind never depends on its neighbours), and the nodes and their positions are built as it
 * builds them: the output is the same, node for node (test/tokenize.test.ts).
 */
import type { SentenceContent } from 'nlcst';
import type { Point } from 'unist';

const WHITE_SPACE = 1;
const PUNCTUATION = 2;
const WORD = 3;
const SYMBOL = 4;
const TYPES = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const;

type Tokenize = (value: string) => SentenceContent[];

/** A tokeniser equal to `original` (a parse-latin parser's `tokenize`), faster. */
export function tableTokenizer(original: Tokenize): Tokenize {
  // 0: not asked yet.
  const kinds = new Uint8Array(65536);
  const kindOf = (code: number): number => {
    const type = original(String.fromCharCode(code))[0]?.type;
    const kind = TYPES.indexOf(type as (typeof TYPES)[number]);
    if (kind <= 0) throw new Error(`parse-latin gave no known node for U+${code.toString(16)}`);
    return (kinds[code] = kind);
  };

  return function tokenize(value: string): SentenceContent[] {
    const children: SentenceContent[] = [];
    if (!value) return children;
    const current: Point = { line: 1, column: 1, offset: 0 };
    let from = 0;
    let start: Point = { ...current };
    let previousKind = 0;
    let previous = -1;
    const flush = (kind: number, text: string) => {
      const type = TYPES[kind] as 'WhiteSpaceNode' | 'PunctuationNode' | 'WordNode' | 'SymbolNode';
      const end: Point = { line: current.line, column: current.column, offset: current.offset };
      // A word and its one text share their end point, as they share their start: no code moves a
      // point in place but parse.ts's shift, which moves shared points once.
      children.push(type === 'WordNode' ? { type, children: [{ type: 'TextNode', value: text, position: { start, end } }], position: { start, end } } : { type, value: text, position: { start, end } });
    };
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index);
      const kind = kinds[code] || kindOf(code);
      // Words and white space go on; so does a run of one punctuation mark or symbol, and the
      // halves of a surrogate pair.
      if (from < index && previousKind !== 0 && !(previousKind === kind && (kind === WORD || kind === WHITE_SPACE || code === previous || (code >= 0xd800 && code <= 0xdfff)))) {
        flush(previousKind, value.slice(from, index));
        from = index;
        start = { line: current.line, column: current.column, offset: current.offset };
      }
      if (code === 13 || (code === 10 && previous !== 13)) {
        current.line++;
        current.column = 1;
      } else if (code !== 10) {
        current.column++;
      }
      current.offset!++;
      previousKind = kind;
      previous = code;
    }
    if (previousKind !== 0 && from < value.length) flush(previousKind, value.slice(from));
    return children;
  };
}
