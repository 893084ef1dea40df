/**
 * Flattens an NLCST tree into one array of tokens with sentence numbers: the phrase matcher
 * then walks a flat array once instead of searching the tree per rule.
 */
import type { Root, Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { normalizeToken, splitSlashes } from '../text/normalize.js';
import { regex } from '../regexes.js';

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
  let block = 0;
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
      const raw = node.type === 'WordNode' ? toString(node) : 'value' in node ? node.value : toString(node);
      const word = node.type === 'WordNode';
      if (word) stream.words++;
      // The parsers keep a sentence-final dot inside a word when a lower-case word follows
      // ("verpleegster. salaris"); phrases split it off, so split it off here too.
      const parts = word ? splitSlashes(raw).flatMap((p) => (SENTENCE_DOT.test(p) && p.length > 1 ? [p.slice(0, -1), '.'] : [p])) : [raw];
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
