/**
 * Markdown input: only prose is linted. Code, HTML, link targets, images and front matter are
 * left out of the text the rules read (a short separator keeps sentence and paragraph breaks);
 * `lang`/`language` in YAML front matter sets the language. Every text character maps back to
 * its source offset.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import type { Language } from '../types.js';
import type { Directive, ListBlock, PreparedText } from './types.js';
import { parseDirective } from './directives.js';
import { MappedTextBuilder, lastStartingAtOrBefore, separatorFor } from './text-map.js';
import { capNesting } from './nesting.js';
import { regex } from '../regexes.js';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'listItem', 'blockquote']);

const FRONT_MATTER_LANGUAGE = regex('input.markdown.front-matter-language', /^(?:lang|language)\s*:\s*["']?([a-zA-Z-]+)/mu);
/** Backslash escapes and character references inside a text node: hidden, letters kept in place. */
const ESCAPE_OR_REFERENCE = regex('input.markdown.escape-or-reference', /\\(?=[\p{P}\p{S}])|&(?:#\d+|#x[\da-f]+|[a-z]\w*);/giu);

function frontMatterLanguage(yaml: string): Language | undefined {
  const match = FRONT_MATTER_LANGUAGE.exec(yaml);
  const code = match?.[1]?.toLowerCase().slice(0, 2);
  return code === 'nl' || code === 'en' ? code : undefined;
}

/** HTML comments in an HTML node, found with indexOf: linear even for "<!--<!--<!--…" without an end. */
function comments(value: string, at: number, directives: Directive[]): void {
  let from = 0;
  for (;;) {
    const open = value.indexOf('<!--', from);
    if (open === -1) return;
    const close = value.indexOf('-->', open + 4);
    if (close === -1) return;
    const directive = parseDirective(value.slice(open + 4, close), at + open, at + close + 3);
    if (directive) directives.push(directive);
    from = close + 3;
  }
}

const range = (n: MdNode): [number, number] => [n.position?.start.offset ?? 0, n.position?.end.offset ?? 0];

/**
 * The parser's options, made once: the extensions are plain data, and made afresh for every
 * document they cost almost as much as parsing a 10 KB ad (micromark combines them per parse).
 */
let options: Parameters<typeof fromMarkdown>[1] | undefined;
const markdownOptions = () => (options ??= { extensions: [frontmatter(['yaml', 'toml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])] });

export function prepareMarkdown(original: string): PreparedText {
  const { text: source, unchecked } = capNesting(original);
  const tree = fromMarkdown(source, markdownOptions()) as MdNode;
  /** Source ranges that are prose, with their text; everything between them is left out. */
  const keep: Array<[number, number, string]> = [];
  const blockEnds: number[] = [];
  const directives: Directive[] = [];
  const lists: Array<{ items: Array<[number, number]>; intro?: [number, number] }> = [];
  let language: Language | undefined;

  // An explicit stack, not recursion: nesting depth must never overflow the call stack.
  const stack: MdNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const [start, end] = range(node);
    if (node.type === 'yaml' || node.type === 'toml') {
      language = frontMatterLanguage(node.value ?? '');
      continue;
    }
    if (node.type === 'html') {
      comments(node.value ?? '', start, directives);
      continue;
    }
    if (node.type === 'text') {
      const slice = source.slice(start, end);
      keep.push([start, end, slice === node.value ? slice : slice.replace(ESCAPE_OR_REFERENCE, (m) => ' '.repeat(m.length))]);
      continue;
    }
    if (BLOCKS.has(node.type)) blockEnds.push(end);
    const children = node.children ?? [];
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type !== 'list') continue;
      const before = children[i - 1];
      lists.push({
        items: (child.children ?? []).map(range),
        ...(before && (before.type === 'paragraph' || before.type === 'heading') ? { intro: range(before) } : {}),
      });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }

  keep.sort((a, b) => a[0] - b[0]);
  const builder = new MappedTextBuilder();
  /** Per kept piece: source start, source end, text start (for mapping source offsets to text). */
  const pieces: Array<[number, number, number]> = [];
  let at = 0;
  for (const [start, end, text] of keep) {
    if (start < at) continue;
    builder.appendSeparator(separatorFor(source, at, start), at, start);
    pieces.push([start, end, builder.length]);
    builder.appendVerbatim(text, start);
    at = end;
  }
  builder.appendSeparator(separatorFor(source, at, source.length), at, source.length);
  const { text, map } = builder.build();

  /** Last piece starting at or before `offset`, or -1. */
  const pieceAt = (offset: number): number => lastStartingAtOrBefore(pieces, offset);
  /** Text offset of a source offset that ends a range: left-out source maps to the text before it. */
  const textEnd = (offset: number): number => {
    const i = pieceAt(offset);
    if (i === -1) return 0;
    const [start, end, textStart] = pieces[i]!;
    return textStart + Math.min(offset, end) - start;
  };
  /** Text offset of a source offset that starts a range: left-out source maps to the text after it. */
  const textStart = (offset: number): number => {
    const i = pieceAt(offset);
    if (i !== -1 && offset < pieces[i]![1]) return pieces[i]![2] + offset - pieces[i]![0];
    const next = pieces[i + 1];
    return next ? next[2] : text.length;
  };
  const toText = ([start, end]: [number, number]): [number, number] => {
    const from = textStart(start);
    return [from, Math.max(from, textEnd(end))];
  };

  const mappedLists: ListBlock[] = lists.map((list) => ({
    items: list.items.map(toText),
    ...(list.intro ? { intro: toText(list.intro) } : {}),
  }));
  return {
    text,
    map,
    blockEnds: blockEnds.map(textEnd).sort((a, b) => a - b),
    language,
    directives,
    lists: mappedLists,
    ...(unchecked.length > 0 ? { unchecked } : {}),
  };
}
