/**
 * HTML input: only visible text is linted (no script, style, template, head), block elements end
 * paragraphs, `lang` attributes set the language of what they contain, and comments may hold
 * vacancy-lint directives.
 */
import { fromHtml } from 'hast-util-from-html';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Language } from '../types.js';
import { MappedTextBuilder } from './text-map.js';
import { mergeRuns } from '../language/runs.js';
import { parseDirective, type Directive } from './directives.js';
import type { LanguageRun, ListBlock, PreparedText } from './prepare.js';
import { regex } from '../regexes.js';

interface HNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'math', 'code', 'pre', 'iframe', 'object']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main',
  'nav', 'ol', 'p', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'caption', 'option', 'button', 'label',
]);

function languageOf(node: HNode): Language | undefined {
  const lang = node.properties?.['lang'];
  if (typeof lang !== 'string' || lang === '') return undefined;
  const code = lang.toLowerCase().slice(0, 2);
  return code === 'nl' || code === 'en' ? code : undefined;
}

const REFERENCE = regex('input.html.reference', /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/gu);

/** Appends a text node, mapping each character reference to its source range. */
function appendText(builder: MappedTextBuilder, source: string, node: HNode, start: number, end: number): void {
  const slice = source.slice(start, end);
  const value = node.value ?? '';
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

export function prepareHtml(source: string): PreparedText {
  const tree = fromHtml(source) as HNode;
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

  const visit = (node: HNode, language: Language | undefined): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'comment') {
      const directive = parseDirective(node.value ?? '', start ?? 0, end ?? 0);
      if (directive) directives.push(directive);
      return;
    }
    if (node.type === 'text') {
      if (start === undefined || end === undefined) return;
      const from = builder.length;
      appendText(builder, source, node, start, end);
      runs.push({ start: from, end: builder.length, language });
      return;
    }
    if (node.type === 'element') {
      const tag = node.tagName ?? '';
      if (HIDDEN.has(tag)) return;
      const own = languageOf(node);
      if (own && (tag === 'html' || tag === 'body') && !documentLanguage) documentLanguage = own;
      const inner = own ?? language;
      const block = BLOCK.has(tag);
      if (block) breakBlock(start ?? 0);
      const from = builder.length;
      if (tag === 'ul' || tag === 'ol') {
        const list: ListBlock = { items: [], ...(lastBlock ? { intro: lastBlock } : {}) };
        for (const child of node.children ?? []) {
          const itemStart = builder.length;
          visit(child, inner);
          if (child.type === 'element' && child.tagName === 'li') list.items.push([itemStart, builder.length]);
        }
        lists.push(list);
        lastBlock = undefined;
      } else {
        for (const child of node.children ?? []) visit(child, inner);
        if (block && tag !== 'li' && builder.length > from) lastBlock = [from, builder.length];
      }
      if (block) breakBlock(end ?? 0);
      return;
    }
    for (const child of node.children ?? []) visit(child, language);
  };
  visit(tree, undefined);

  const { text, sourceStarts, sourceEnds } = builder.build();
  const languageRuns: LanguageRun[] = mergeRuns(runs, text.length);
  const hasExplicit = languageRuns.some((r) => r.language !== undefined);
  return {
    text,
    blockEnds,
    language: documentLanguage,
    directives,
    lists,
    map: { starts: sourceStarts, ends: sourceEnds },
    ...(hasExplicit && languageRuns.length > 1 ? { languageRuns } : {}),
  };
}
