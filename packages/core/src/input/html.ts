/**
 * HTML input: only visible text is linted (no script, style, template, head), block elements end
 * paragraphs, `lang` attributes set the language of what they contain, and comments may hold
 * vacancy-lint directives.
 */
import { parse } from 'parse5';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Language } from '../types.js';
import { MappedTextBuilder } from './text-map.js';
import { mergeRuns } from '../language/runs.js';
import { parseDirective } from './directives.js';
import type { Directive, LanguageRun, ListBlock, PreparedText } from './types.js';
import { regex } from '../regexes.js';

/** The parts of a parse5 node we read (its default tree adapter). */
interface P5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  data?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: P5Node[];
  sourceCodeLocation?: { startOffset: number; endOffset: number } | null;
}

const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'math', 'code', 'pre', 'iframe', 'object']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main',
  'nav', 'ol', 'p', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'caption', 'option', 'button', 'label',
]);

function languageOf(node: P5Node): Language | undefined {
  const lang = node.attrs?.find((a) => a.name === 'lang')?.value;
  if (lang === undefined || lang === '') return undefined;
  const code = lang.toLowerCase().slice(0, 2);
  return code === 'nl' || code === 'en' ? code : undefined;
}

const REFERENCE = regex('input.html.reference', /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/gu);

/** Appends a text node, mapping each character reference to its source range. */
function appendText(builder: MappedTextBuilder, source: string, value: string, start: number, end: number): void {
  const slice = source.slice(start, end);
  if (slice === value) {
    builder.appendVerbatim(value, start);
    return;
  }
  let last = 0;
  let decoded = '';
  const pieces: Array<() => void> = [];
  for (const m of slice.matchAll(REFERENCE)) {
    const text = m[1] ? String.fromCodePoint(Number(m[1])) : m[2] ? String.fromCodePoint(parseInt(m[2], 16)) : decodeNamedCharacterReference(m[3]!);
    if (text === false || text === '') continue;
    const plain = slice.slice(last, m.index);
    const at = start + last;
    pieces.push(() => builder.appendVerbatim(plain, at));
    const refStart = start + m.index;
    const refEnd = refStart + m[0].length;
    pieces.push(() => builder.appendMapped(text, refStart, refEnd));
    decoded += plain + text;
    last = m.index + m[0].length;
  }
  const rest = slice.slice(last);
  decoded += rest;
  if (decoded === value) {
    for (const piece of pieces) piece();
    builder.appendVerbatim(rest, start + last);
  } else {
    // Something the parser normalised differently: map the whole node to its source range.
    builder.appendMapped(value, start, end);
  }
}

type Step = { node: P5Node; language: Language | undefined } | (() => void);

export function prepareHtml(source: string): PreparedText {
  // parse5 builds its tree without recursion; we walk it with an explicit stack, so no depth of
  // nesting can overflow the call stack.
  const tree = parse(source, { sourceCodeLocationInfo: true, scriptingEnabled: false }) as unknown as P5Node;
  const builder = new MappedTextBuilder();
  const blockEnds: number[] = [];
  const directives: Directive[] = [];
  const runs: Array<{ start: number; end: number; language: Language | undefined }> = [];
  const lists: ListBlock[] = [];
  /** Text range of the last finished block that is not a list: a list's intro. */
  let lastBlock: [number, number] | undefined;
  let documentLanguage: Language | undefined;

  const breakBlock = (offset: number) => {
    if (builder.length === 0) return;
    blockEnds.push(builder.length);
    builder.appendSeparator('\n\n', offset);
  };

  const stack: Step[] = [{ node: tree, language: undefined }];
  /** Pushes the children so they are visited in order, each with `around` steps if given. */
  const pushChildren = (node: P5Node, language: Language | undefined, around?: (child: P5Node) => [() => void, () => void]) => {
    const children = node.childNodes ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (around) {
        const [before, after] = around(child);
        stack.push(after, { node: child, language }, before);
      } else stack.push({ node: child, language });
    }
  };

  while (stack.length > 0) {
    const step = stack.pop()!;
    if (typeof step === 'function') {
      step();
      continue;
    }
    const { node, language } = step;
    const start = node.sourceCodeLocation?.startOffset;
    const end = node.sourceCodeLocation?.endOffset;
    if (node.nodeName === '#comment') {
      const directive = parseDirective(node.data ?? '', start ?? 0, end ?? 0);
      if (directive) directives.push(directive);
      continue;
    }
    if (node.nodeName === '#text') {
      if (start === undefined || end === undefined) continue;
      const from = builder.length;
      appendText(builder, source, node.value ?? '', start, end);
      runs.push({ start: from, end: builder.length, language });
      continue;
    }
    if (node.tagName !== undefined) {
      const tag = node.tagName;
      if (HIDDEN.has(tag)) continue;
      const own = languageOf(node);
      if (own && (tag === 'html' || tag === 'body') && !documentLanguage) documentLanguage = own;
      const inner = own ?? language;
      const block = BLOCK.has(tag);
      if (block) breakBlock(start ?? 0);
      const from = builder.length;
      if (tag === 'ul' || tag === 'ol') {
        const list: ListBlock = { items: [], ...(lastBlock ? { intro: lastBlock } : {}) };
        stack.push(() => {
          lists.push(list);
          lastBlock = undefined;
          if (block) breakBlock(end ?? 0);
        });
        pushChildren(node, inner, (child) => {
          let itemStart = 0;
          return [
            () => (itemStart = builder.length),
            () => {
              if (child.tagName === 'li') list.items.push([itemStart, builder.length]);
            },
          ];
        });
      } else {
        stack.push(() => {
          if (block && tag !== 'li' && builder.length > from) lastBlock = [from, builder.length];
          if (block) breakBlock(end ?? 0);
        });
        pushChildren(node, inner);
      }
      continue;
    }
    pushChildren(node, language);
  }

  const { text, map } = builder.build();
  const languageRuns: LanguageRun[] = mergeRuns(runs, text.length);
  const hasExplicit = languageRuns.some((r) => r.language !== undefined);
  return {
    text,
    blockEnds,
    language: documentLanguage,
    directives,
    lists,
    map,
    ...(hasExplicit && languageRuns.length > 1 ? { languageRuns } : {}),
  };
}
