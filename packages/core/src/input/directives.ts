/**
 * Inline directives in Markdown and HTML comments:
 *   <!-- vacancy-lint-disable [rule…] -->   <!-- vacancy-lint-enable [rule…] -->
 *   <!-- vacancy-lint-disable-next-line [rule…] -->   <!-- vacancy-lint-disable-line [rule…] -->
 * A rule may be named by id, by a dot-prefix of ids (`nl.age`) or by category (`age`).
 * Reading them is input's job; applying them to findings is findings/directives.ts.
 */
import type { Directive } from './types.js';
import { regex } from '../regexes.js';

// Matched against the trimmed comment: a lazy `[^]*?` followed by `\s*$` would retry the
// trailing whitespace from every position, quadratic on a comment with a long run of spaces.
const DIRECTIVE = regex('input.directive', /^vacancy-lint-(disable-next-line|disable-line|disable|enable)(?:\s+([^]*))?$/u);
const RULE_SEPARATOR = regex('input.directive-separator', /[\s,]+/u);

/** `value` is the comment's content (without `<!--`/`-->`). */
export function parseDirective(value: string, offset: number, endOffset: number): Directive | undefined {
  const m = DIRECTIVE.exec(value.trim());
  if (!m) return undefined;
  const rules = (m[2] ?? '').split(RULE_SEPARATOR).filter((r) => r !== '' && r !== '--');
  return { kind: m[1] as Directive['kind'], rules, offset, endOffset, text: `<!--${value}-->` };
}
