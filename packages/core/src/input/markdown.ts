/**
 * Markdown input: only prose is linted. Code, HTML, link targets, images and front matter are
 * masked out; `lang`/`language` in YAML front matter sets the language.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import type { Language } from '../types.js';
import type { ListBlock, PreparedText } from './prepare.js';
import { parseDirective, type Directive } from './directives.js';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'listItem', 'blockquote']);

function frontMatterLanguage(yaml: string): Language | undefined {
  const match = /^(?:lang|language)\s*:\s*["']?([a-zA-Z-]+)/mu.exec(yaml);
  const code = match?.[1]?.toLowerCase().slice(0, 2);
  return code === 'nl' || code === 'en' ? code : undefined;
}

/** Spaces for everything but line breaks, so lines and offsets stay where they were. */
function blankGap(gap: string): string {
  return gap.replace(/[^\r\n]/gu, ' ');
}

export function prepareMarkdown(source: string): PreparedText {
  const tree = fromMarkdown(source, {
    extensions: [frontmatter(['yaml', 'toml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])],
  }) as MdNode;
  /** Source ranges that are prose; everything between them is blanked. */
  const keep: Array<[number, number, string]> = [];
  const blockEnds: number[] = [];
  const directives: Directive[] = [];
  const lists: ListBlock[] = [];
  let language: Language | undefined;

  const visit = (node: MdNode): void => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (node.type === 'yaml' || node.type === 'toml') {
      language = frontMatterLanguage(node.value ?? '');
      return;
    }
    if (node.type === 'html') {
      for (const m of (node.value ?? '').matchAll(/<!--([^]*?)-->/gu)) {
        const directive = parseDirective(m[1]!, start + m.index, start + m.index + m[0].length);
        if (directive) directives.push(directive);
      }
      return;
    }
    if (node.type === 'text') {
      const slice = source.slice(start, end);
      // Escapes and character references: hide the markup, keep the letters in place.
      const text = slice === node.value ? slice : slice.replace(/\\(?=[\p{P}\p{S}])|&(?:#\d+|#x[\da-f]+|[a-z]\w*);/giu, (m) => ' '.repeat(m.length));
      keep.push([start, end, text]);
      return;
    }
    const children = node.children ?? [];
    children.forEach((child, i) => {
      if (child.type !== 'list') return;
      const before = children[i - 1];
      const range = (n: MdNode): [number, number] => [n.position?.start.offset ?? 0, n.position?.end.offset ?? 0];
      lists.push({
        items: (child.children ?? []).map(range),
        ...(before && (before.type === 'paragraph' || before.type === 'heading') ? { intro: range(before) } : {}),
      });
    });
    for (const child of children) visit(child);
    if (BLOCKS.has(node.type)) blockEnds.push(end);
  };
  visit(tree);
  keep.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [start, end, text] of keep) {
    if (start < at) continue;
    parts.push(blankGap(source.slice(at, start)), text);
    at = end;
  }
  parts.push(blankGap(source.slice(at)));
  return { text: parts.join(''), blockEnds: blockEnds.sort((a, b) => a - b), language, directives, lists };
}
