/**
 * When may a finding's first suggestion replace its source range automatically?
 *
 * The rules match the *prepared* text: HTML without its tags and with character references decoded,
 * Markdown and plain text with markup, code, URLs and e-mail addresses masked. A finding's source
 * range (`offset`–`endOffset`) can therefore hold more than the words that matched: in
 * `<b>verpleeg</b>ster` the rules see "verpleegster", but the source range also holds `</b>`.
 * Replacing that range would delete the markup. So a fix is only safe where the source holds
 * exactly the text the rule read, character for character; everywhere else the suggestions stay
 * as advice for a person, who can see where the tag should go.
 *
 * The CLI's `--fix`, the language server's "fix all" and every other consumer read `fixable`,
 * so deciding it here, once, keeps them in agreement.
 */
import { regex } from '../regexes.js';

/** Characters that would turn a replacement into markup in HTML (and inline HTML in Markdown). */
const MARKUP_CHARACTERS = regex('findings.fix-safety.markup-character', /[<>&]/u);

export interface FixSafetyInput {
  /** The original document. */
  source: string;
  /** The prepared text the rules matched against. */
  text: string;
  /** The matched range in `text`. */
  textStart: number;
  textEnd: number;
  /** The same range mapped back to `source`. */
  sourceStart: number;
  sourceEnd: number;
  /** The text a fix would write. */
  replacement: string;
}

/**
 * True when replacing source[sourceStart, sourceEnd) with `replacement` changes only the words
 * the rule matched: the source slice equals the matched text (no tag, comment, entity, masked
 * URL or other markup inside it) and the replacement itself contains no markup characters.
 */
export function isFixSafe(input: FixSafetyInput): boolean {
  return !spansMarkup(input) && !MARKUP_CHARACTERS.test(input.replacement);
}

/** True when the source range holds more than the matched text: tags, comments, entities, masked text. */
export function spansMarkup(input: Omit<FixSafetyInput, 'replacement'>): boolean {
  const { source, text, textStart, textEnd, sourceStart, sourceEnd } = input;
  return sourceEnd - sourceStart !== textEnd - textStart || source.slice(sourceStart, sourceEnd) !== text.slice(textStart, textEnd);
}
