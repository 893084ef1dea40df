/** NLCST parsers, created once per language, and a repair for sentences glued together. */
import { ParseDutch } from 'parse-dutch';
import { ParseEnglish } from 'parse-english';
import type { Paragraph, Punctuation, Root, Sentence, SentenceContent, Word } from 'nlcst';
import type { Language } from '../types.js';
import { regex } from '../regexes.js';
import { replaceImplicitBreaks } from './implicit-breaks.js';
import { tableTokenizer } from './tokenize.js';


const parsers: Partial<Record<Language, { parse(value: string): Root }>> = {};

/** A language's parser, made once (fasterParser). */
function parserFor(language: Language): { parse(value: string): Root } {
  let parser = parsers[language];
  if (!parser) parsers[language] = parser = fasterParser(language === 'nl' ? new ParseDutch() : new ParseEnglish());
  return parser;
}

/**
 * A parse-latin parser with the faster tokeniser of tokenize.ts and the leaner breakImplicitSentences
 * of implicit-breaks.ts: the same trees, node for node.
 */
export function fasterParser<P extends ParseDutch | ParseEnglish>(parser: P): P {
  parser.tokenize = tableTokenizer(parser.tokenize.bind(parser));
  replaceImplicitBreaks(parser);
  return parser;
}

/**
 * Texts longer than this are parsed in pieces of about this size, cut at blank lines.
 * parse-latin's cost grows with the square of the text it is given (mergeInnerWordSymbol splices
 * arrays as long as the text), so a 4 MB text took minutes; pieces keep the cost per KB flat.
 * test/optimisation-equivalence.test.ts holds the pieces' tree to the whole text's, node for node.
 */
const CHUNK = 4096;
// Only between two paragraphs that touch the break with a visible character, so the pieces' edges
// are plain paragraph edges.
const PARAGRAPH_BREAK = regex('parse.paragraph-break', /(?<=\S)\n\n+(?=\S)/gu);

export function parseText(text: string, language: Language, chunked = true): Root {
  const pieces = [...parsePieces(text, language, chunked)];
  if (pieces.length === 1 && pieces[0]!.offset === 0) return pieces[0]!.tree;
  const lines = new LineCounter(text);
  for (const { tree, offset } of pieces) if (offset > 0) shift(tree.children, offset, lines.at(offset));
  const root: Root = { type: 'RootNode', children: pieces.flatMap((piece) => piece.tree.children) };
  const start = root.children[0]?.position?.start;
  const end = root.children[root.children.length - 1]?.position?.end;
  if (start && end) root.position = { start, end };
  return root;
}

/** Part of a text's tree: its positions are relative to `offset` in the text. */
export interface ParsedPiece {
  tree: Root;
  offset: number;
}

/**
 * The tree of `text` in pieces, in order: together, moved by their offsets, the paragraphs of
 * `parseText`, node for node. Each piece is parsed only when asked for, so a caller that reads a
 * piece and lets it go keeps one piece's tree alive at a time instead of a long document's whole
 * tree (which every garbage collection would otherwise copy); and a caller that reads offsets
 * only (the linter) adds the piece's offset instead of moving every node.
 */
export function* parsePieces(text: string, language: Language, chunked = true): Generator<ParsedPiece> {
  const parser = parserFor(language);
  if (!chunked || text.length < 2 * CHUNK) {
    yield { tree: splitGluedSentences(parser.parse(text)), offset: 0 };
    return;
  }
  // Paragraph breaks: [start, end) of each.
  const breaks: Array<[number, number]> = [];
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) breaks.push([m.index, m.index + m[0].length]);
  // Cuts (indexes into breaks): a piece of at least CHUNK characters ends at each.
  const cuts: number[] = [];
  let from = 0;
  breaks.forEach(([, end], i) => {
    if (end - from >= CHUNK && text.length - end >= CHUNK) {
      cuts.push(i);
      from = end;
    }
  });
  if (cuts.length === 0) {
    yield { tree: splitGluedSentences(parser.parse(text)), offset: 0 };
    return;
  }
  for (let k = 0; k <= cuts.length; k++) {
    // This piece is [keepFrom, keepTo). parse-latin looks at the next paragraph's first word when
    // it ends a sentence ("ervaring. salaris"), and treats the end of a text unlike the end of a
    // paragraph; so each piece is parsed with the paragraph before and after it, which are dropped.
    const keepFrom = k === 0 ? 0 : breaks[cuts[k - 1]!]![1];
    const keepTo = k === cuts.length ? text.length : breaks[cuts[k]!]![1];
    const parseFrom = k === 0 ? 0 : (breaks[cuts[k - 1]! - 1]?.[1] ?? 0);
    const parseTo = k === cuts.length ? text.length : (breaks[cuts[k]! + 1]?.[0] ?? text.length);
    const piece = parser.parse(text.slice(parseFrom, parseTo));
    // Kept or not is decided first: the paragraphs around the piece are dropped unmoved.
    const kept = piece.children.filter((child) => {
      const start = child.position ? (child.position.start.offset ?? 0) + parseFrom : -1;
      return start >= keepFrom && start < keepTo;
    });
    // Glued sentences are split within a paragraph, so piece by piece is the same as whole.
    yield { tree: splitGluedSentences({ type: 'RootNode', children: kept }), offset: parseFrom };
  }
}

/** Line numbers (from 0) of offsets asked for in increasing order. */
class LineCounter {
  private offset = 0;
  private line = 0;
  constructor(private readonly text: string) {}
  at(offset: number): number {
    for (; this.offset < offset; this.offset++) if (this.text.charCodeAt(this.offset) === 10) this.line++;
    return this.line;
  }
}

type Point = { line: number; column: number; offset?: number };
type Positioned = { position?: { start: Point; end: Point }; children?: Positioned[] };

/**
 * Moves the nodes of a piece parsed on its own to where the piece starts in the text (at the
 * start of a line), in place: new point objects for every node of a long text were most of the
 * garbage of parsing it. parse-latin shares points between nodes (a word and its text, a node's
 * end and the next one's start), so each point must move once: the first pass moves a point and
 * marks it moved by storing its new offset negated (minus one; offsets are never negative), and
 * only when every node is moved does the second pass turn the marks back.
 */
function shift(nodes: readonly Positioned[], offset: number, lines: number): void {
  const move = (point: Point) => {
    if ((point.offset ?? 0) < 0) return;
    point.line += lines;
    point.offset = -((point.offset ?? 0) + offset) - 1;
  };
  const unmark = (point: Point) => {
    if (point.offset! < 0) point.offset = -point.offset! - 1;
  };
  const walk = (node: Positioned, visit: (point: Point) => void): void => {
    if (node.position) {
      visit(node.position.start);
      visit(node.position.end);
    }
    if (node.children) for (const child of node.children) walk(child, visit);
  };
  for (const node of nodes) walk(node, move);
  for (const node of nodes) walk(node, unmark);
}

/**
 * Text from flattened HTML often loses the space after a sentence: "school leavers.This role".
 * parse-latin then makes one word of "leavers.This" (text, punctuation, text), which hides both
 * words from every rule. A word whose text part ends in two lower-case letters, followed by
 * `.`, `?` or `!` and a capitalised word part is two sentences. "Node.js", "ASP.NET" and "e.g."
 * do not have that shape and stay whole.
 */
const BEFORE = regex('parse.ends-lower-lower', /\p{Ll}{2}$/u);
const AFTER = regex('parse.capitalised-word', /^\p{Lu}\p{Ll}/u);
const END = new Set(['.', '?', '!']);

type Part = Word['children'][number];

function isGlue(parts: readonly Part[], i: number): boolean {
  const before = parts[i - 1];
  const mark = parts[i];
  const after = parts[i + 1];
  return (
    before?.type === 'TextNode' &&
    mark?.type === 'PunctuationNode' &&
    END.has(mark.value) &&
    after?.type === 'TextNode' &&
    BEFORE.test(before.value) &&
    AFTER.test(after.value)
  );
}

function span(nodes: ReadonlyArray<{ position?: Word['position'] }>): Word['position'] {
  const start = nodes[0]?.position?.start;
  const end = nodes[nodes.length - 1]?.position?.end;
  return start && end ? { start, end } : undefined;
}

function word(children: Part[]): Word {
  const position = span(children);
  return position ? { type: 'WordNode', children, position } : { type: 'WordNode', children };
}

/** The sentence's children, cut into sentences at every glued sentence end. */
function splitSentence(sentence: Sentence): Sentence[] | undefined {
  let glued = false;
  for (const node of sentence.children) {
    if (node.type !== 'WordNode') continue;
    for (let i = 1; i + 1 < node.children.length; i++) if (isGlue(node.children, i)) glued = true;
  }
  if (!glued) return undefined;
  const sentences: SentenceContent[][] = [[]];
  for (const node of sentence.children) {
    if (node.type !== 'WordNode') {
      sentences[sentences.length - 1]!.push(node);
      continue;
    }
    let from = 0;
    for (let i = 1; i + 1 < node.children.length; i++) {
      if (!isGlue(node.children, i)) continue;
      const mark = node.children[i] as Punctuation;
      sentences[sentences.length - 1]!.push(word(node.children.slice(from, i)), mark);
      sentences.push([]);
      from = i + 1;
    }
    sentences[sentences.length - 1]!.push(from === 0 ? node : word(node.children.slice(from)));
  }
  return sentences.map((children) => {
    const position = span(children);
    return position ? { type: 'SentenceNode', children, position } : { type: 'SentenceNode', children };
  });
}

/** Splits glued sentences in place; positions are those of the original characters. */
export function splitGluedSentences(tree: Root): Root {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    let changed = false;
    const children: Paragraph['children'] = [];
    for (const child of paragraph.children) {
      const parts = child.type === 'SentenceNode' ? splitSentence(child) : undefined;
      if (parts) {
        changed = true;
        children.push(...parts);
      } else children.push(child);
    }
    if (changed) paragraph.children = children;
  }
  return tree;
}
