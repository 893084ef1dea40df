/** NLCST parsers, created once per language, and a repair for sentences glued together. */
import { ParseDutch } from 'parse-dutch';
import { ParseEnglish } from 'parse-english';
import type { Paragraph, Punctuation, Root, Sentence, SentenceContent, Word } from 'nlcst';
import type { Language } from '../types.js';
import { regex } from '../regexes.js';


const parsers: Partial<Record<Language, { parse(value: string): Root }>> = {};

export function parseText(text: string, language: Language): Root {
  const parser = (parsers[language] ??= language === 'nl' ? new ParseDutch() : new ParseEnglish());
  return splitGluedSentences(parser.parse(text));
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
