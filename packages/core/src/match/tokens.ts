/**
 * Flattens an NLCST tree into one array of tokens with sentence numbers: the phrase matcher
 * then walks a flat array once instead of searching the tree per rule.
 */
import type { Root, Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { normalizeToken, splitSlashes } from '../text/normalize.js';
import { regex } from '../regexes.js';

/**
 * 0: not printable ASCII without the backtick (normalizeToken may change it); 1: such a text without
 * capitals (its own lower case); 2: such a text with a capital. Printable ASCII without the backtick
 * is NFC already and has none of the apostrophes and dashes normalizeToken unifies. A loop, not an
 * expression: most tokens are a few letters, and this runs for every one.
 */
function plainKind(text: string): 0 | 1 | 2 {
  let kind: 1 | 2 = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e || code === 0x60) return 0;
    if (code >= 65 && code <= 90) kind = 2;
  }
  return kind;
}

/** nlcst-to-string of a word, without its generic tree walk for the usual one-part word. */
function wordText(node: Word): string {
  const children = node.children;
  if (children.length === 1) {
    const only = children[0]!;
    if ('value' in only) return only.value;
  }
  return toString(node);
}

/** A word that ends in its sentence's full stop ("verpleegster."). */
const SENTENCE_DOT = regex('tokens.sentence-dot', /^[^.]+\.$/u);

export interface Token {
  /** Normalized, lower-cased. */
  norm: string;
  /** Normalized with case kept, for case-sensitive rules. */
  exact: string;
  start: number;
  end: number;
  /** Sentences never share a number; a block end inside a sentence starts a new one. */
  sentence: number;
  word: boolean;
}

export interface TokenStream {
  tokens: Token[];
  /** Number of word tokens. */
  words: number;
  /** [start, end] offsets of each sentence number. */
  sentences: Array<[number, number]>;
}

/**
 * @param offset added to every position (the tree was parsed from a slice starting there)
 * @param blockEnds sorted offsets in the full text where a block ends
 */
export function tokenize(tree: Root, offset: number, blockEnds: readonly number[], into?: TokenStream): TokenStream {
  const stream = into ?? { tokens: [], words: 0, sentences: [] };
  // Block ends before the tree's first node split no sentence of it (the first token of a sentence
  // passes them before the sentence has a token): skip them, so a text tokenized piece by piece
  // does not walk the list from its start for every piece.
  let block = firstAfter(blockEnds, offset + (tree.children[0]?.position?.start.offset ?? 0));
  const visitSentence = (sentence: Sentence) => {
    let id = stream.sentences.length;
    stream.sentences.push([offset + (sentence.position?.start.offset ?? 0), offset + (sentence.position?.end.offset ?? 0)]);
    for (const node of sentence.children) {
      if (node.type === 'WhiteSpaceNode') continue;
      const start = offset + (node.position?.start.offset ?? 0);
      const end = offset + (node.position?.end.offset ?? 0);
      while (block < blockEnds.length && blockEnds[block]! <= start) {
        if (stream.tokens.length > 0 && stream.tokens[stream.tokens.length - 1]!.sentence === id && blockEnds[block]! > stream.tokens[stream.tokens.length - 1]!.start) {
          id = stream.sentences.length;
          stream.sentences.push([blockEnds[block]!, offset + (sentence.position?.end.offset ?? 0)]);
        }
        block++;
      }
      const raw = node.type === 'WordNode' ? wordText(node) : 'value' in node ? node.value : toString(node);
      const word = node.type === 'WordNode';
      if (word) stream.words++;
      // Most tokens are one plain part: no arrays, no Unicode normalization to do.
      if (!word || (raw.indexOf('/') < 0 && raw.charCodeAt(raw.length - 1) !== 46)) {
        const plain = plainKind(raw);
        const exact = plain !== 0 ? raw : normalizeToken(raw, true);
        stream.tokens.push({ norm: plain === 1 ? exact : exact.toLowerCase(), exact, start, end, sentence: id, word });
        continue;
      }
      // The parsers keep a sentence-final dot inside a word when a lower-case word follows
      // ("verpleegster. salaris"); phrases split it off, so split it off here too.
      const parts = splitSlashes(raw).flatMap((p) => (SENTENCE_DOT.test(p) && p.length > 1 ? [p.slice(0, -1), '.'] : [p]));
      let at = start;
      for (const part of parts) {
        const exact = normalizeToken(part, true);
        const partEnd = parts.length === 1 ? end : at + part.length;
        stream.tokens.push({ norm: exact.toLowerCase(), exact, start: at, end: partEnd, sentence: id, word: word && part !== '/' && part !== '.' });
        at = partEnd;
      }
    }
  };
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const child of paragraph.children) if (child.type === 'SentenceNode') visitSentence(child);
  }
  return stream;
}

/** Index of the first of the sorted `values` above `at`. */
function firstAfter(values: readonly number[], at: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}
