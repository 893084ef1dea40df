/**
 * parse-latin's `breakImplicitSentences` paragraph plugin, rewritten: a sentence is split at white
 * space holding two or more line breaks (a blank line inside a sentence). The original finds such
 * white space by splitting the text of every white-space node into lines, an array for every space
 * between two words: a tenth of all the memory a lint allocated. This one counts the line breaks
 * instead and changes the tree exactly as the original does (test/tokenize.test.ts compares the
 * trees with parse-latin's on ads, rule examples and every kind of line end).
 */
import type { Paragraph, Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { ParseLatin } from 'parse-latin';

type ParagraphPlugin = (paragraph: Paragraph) => void;

/** parse-latin 7's paragraph plugins end with breakImplicitSentences, removeEmptyNodes, patchPosition. */
const LATIN_PLUGINS = ParseLatin.prototype.tokenizeParagraphPlugins as ParagraphPlugin[];
const BREAK_IMPLICIT_SENTENCES = LATIN_PLUGINS[LATIN_PLUGINS.length - 3];

/** Whether `value` has two or more line breaks ("\r\n" is one, as in parse-latin's /\r\n|\r|\n/). */
function twoLineBreaks(value: string): boolean {
  let breaks = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 13) {
      if (value.charCodeAt(i + 1) === 10) i++;
    } else if (code !== 10) continue;
    if (++breaks === 2) return true;
  }
  return false;
}

/** breakImplicitSentences: each sentence is cut at its first such white space, the rest is a new sentence checked in turn. */
export function breakImplicitSentences(paragraph: Paragraph): void {
  const siblings = paragraph.children;
  // The list grows while it is walked: its length is read each time.
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!;
    if (child.type !== 'SentenceNode') continue;
    const children = child.children;
    // Not at the first or last child.
    for (let position = 1; position < children.length - 1; position++) {
      const node = children[position]!;
      if (node.type !== 'WhiteSpaceNode' || !twoLineBreaks('value' in node ? node.value : toString(node))) continue;
      child.children = children.slice(0, position);
      const insertion: Sentence = { type: 'SentenceNode', children: children.slice(position + 1) };
      const tail = children[position - 1]!;
      const head = children[position + 1]!;
      siblings.splice(index + 1, 0, node, insertion);
      if (child.position && tail.position && head.position) {
        const end = child.position.end;
        child.position.end = tail.position.end;
        insertion.position = { start: head.position.start, end };
      }
      // Next: the white space, then the new sentence.
      break;
    }
  }
}

/** Puts breakImplicitSentences above in the place of parse-latin's in a parser's own list of paragraph plugins. */
export function replaceImplicitBreaks(parser: { tokenizeParagraphPlugins: ParagraphPlugin[] }): void {
  const plugins = parser.tokenizeParagraphPlugins;
  const index = BREAK_IMPLICIT_SENTENCES ? plugins.indexOf(BREAK_IMPLICIT_SENTENCES) : -1;
  // Another parse-latin: keep its plugins as they are (slower, never wrong).
  if (index < 0) return;
  // A copy, so the parser class's shared list stays untouched.
  parser.tokenizeParagraphPlugins = plugins.map((plugin, i) => (i === index ? breakImplicitSentences : plugin));
}
