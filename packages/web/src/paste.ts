/**
 * Pasted HTML (from Word, a web page, an applicant tracking system) turned into Markdown text:
 * paragraphs, headings and lists are kept, so the engine sees the ad's structure (a requirement
 * list is a list); fonts, colours, tables and other formatting are dropped. Parsed with
 * hast-util-from-html (parse5 underneath, like the engine's own HTML input), so no page DOM is needed.
 */
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

type Block = { kind: 'paragraph'; text: string } | { kind: 'heading'; level: number; text: string } | { kind: 'item'; depth: number; ordered: boolean; text: string; list: string };

/** Elements whose text never shows. */
const HIDDEN = new Set(['head', 'script', 'style', 'template', 'title', 'meta', 'link', 'noscript', 'object', 'svg', 'math', 'iframe']);
/** Elements that start a new block of text. */
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'pre', 'table', 'tr', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'address', 'form', 'fieldset', 'hr', 'center']);
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

const styleOf = (el: Element): string => String(el.properties['style'] ?? '').toLowerCase().replace(/\s+/gu, '');
const classOf = (el: Element): string => {
  const c = el.properties['className'];
  return Array.isArray(c) ? c.join(' ') : String(c ?? '');
};

/** Word writes list items as paragraphs with an `mso-list` style and the bullet as text in an ignored span. */
const isWordListParagraph = (el: Element): boolean => /mso-list:l\d+/u.test(styleOf(el)) || /^MsoListParagraph/u.test(classOf(el));
const isWordBullet = (el: Element): boolean => styleOf(el).includes('mso-list:ignore');
const wordLevel = (el: Element): number => Number(/level(\d+)/u.exec(styleOf(el))?.[1] ?? '1') - 1;
/** Word's list id (`l0`): paragraphs of one list share it. */
const wordList = (el: Element): string => `word-${/mso-list:(l\d+)/u.exec(styleOf(el))?.[1] ?? 'l'}`;

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && (HIDDEN.has(node.tagName) || isWordBullet(node))) return '';
  if (node.type === 'element' && node.tagName === 'br') return '\n';
  return node.children.map(textOf).join('');
}

const clean = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/gu, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');

function wordBulletText(el: Element): string {
  for (const child of el.children) {
    if (child.type !== 'element') continue;
    if (isWordBullet(child)) return clean(textOf({ ...child, properties: {} }));
    const inner = wordBulletText(child);
    if (inner) return inner;
  }
  return '';
}

function collect(root: Root): Block[] {
  const blocks: Block[] = [];
  let inline = '';
  const flush = () => {
    const text = clean(inline);
    inline = '';
    if (text) blocks.push({ kind: 'paragraph', text });
  };
  let lists = 0;
  const walk = (node: Nodes, listDepth: number, ordered: boolean, list = ''): void => {
    if (node.type === 'text') {
      inline += node.value;
      return;
    }
    if (node.type === 'root') {
      for (const child of node.children) walk(child, listDepth, ordered, list);
      return;
    }
    if (node.type !== 'element') return;
    const tag = node.tagName;
    if (HIDDEN.has(tag) || isWordBullet(node)) return;
    if (tag === 'br') {
      inline += '\n';
      return;
    }
    if (tag === 'ul' || tag === 'ol') {
      flush();
      // A list at the top starts its own numbering; a nested one belongs to its parent's.
      const id = listDepth === 0 ? `html-${lists++}` : list;
      for (const child of node.children) walk(child, listDepth + 1, tag === 'ol', id);
      return;
    }
    if (tag === 'li') {
      flush();
      // Text of the item itself; nested lists inside it become their own items after it.
      let own = '';
      const nested: Element[] = [];
      for (const child of node.children) {
        if (child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol')) nested.push(child);
        else own += textOf(child);
      }
      const text = clean(own).replace(/\n/gu, ' ');
      if (text) blocks.push({ kind: 'item', depth: Math.max(0, listDepth - 1), ordered, text, list });
      for (const child of nested) walk(child, listDepth, ordered, list);
      return;
    }
    if (HEADINGS[tag] !== undefined) {
      flush();
      const text = clean(textOf(node)).replace(/\n/gu, ' ');
      if (text) blocks.push({ kind: 'heading', level: HEADINGS[tag], text });
      return;
    }
    if (tag === 'p' && isWordListParagraph(node)) {
      flush();
      const text = clean(textOf(node)).replace(/\n/gu, ' ');
      if (text) blocks.push({ kind: 'item', depth: wordLevel(node), ordered: /^\w{1,3}[.)]$/u.test(wordBulletText(node)), text, list: wordList(node) });
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of node.children) walk(child, listDepth, ordered, list);
    if (tag === 'td' || tag === 'th') inline += ' ';
    if (block) flush();
  };
  walk(root, 0, false);
  flush();
  return blocks;
}

/** Markdown text of the HTML's visible content: headings, paragraphs and (nested) lists. */
export function htmlToMarkdown(html: string): string {
  const blocks = collect(fromHtml(html));
  let out = '';
  let previous: Block | undefined;
  const counters: number[] = [];
  for (const block of blocks) {
    const sameList = previous?.kind === 'item' && block.kind === 'item' && previous.list === block.list;
    if (previous) out += sameList ? '\n' : '\n\n';
    if (!sameList) counters.length = 0;
    if (block.kind === 'heading') out += `${'#'.repeat(block.level)} ${block.text}`;
    else if (block.kind === 'paragraph') out += block.text;
    else {
      counters.length = block.depth + 1;
      counters[block.depth] = (counters[block.depth] ?? 0) + 1;
      const marker = block.ordered ? `${counters[block.depth] ?? 1}.` : '-';
      out += `${'   '.repeat(block.depth)}${marker} ${block.text}`;
    }
    previous = block;
  }
  return out;
}
