/** Fixing one text with the real linter: the loop plus the lint options of the file. */
import { lintText, type LintTextOptions } from '../lint/lint-one.js';
import { fixUntilStable, MAX_PASSES, type FixOutcome } from './loop.js';

export function fixText(text: string, options: LintTextOptions): FixOutcome {
  // Directive reports are not findings to fix; leave them out of the passes.
  const { reportUnusedDirectives: _unused, ...opts } = options;
  // Later passes read the language the first pass found: a fix must not flip a short text from
  // English to Dutch (once "salesman" is gone) and then fix words the first lint never reported.
  // A text with passages in both languages gets one pass only, for the same reason.
  const languages = opts.language && opts.language !== 'auto' ? [opts.language] : lintText('', text, opts).summary.languages;
  const pinned: LintTextOptions = languages.length === 1 ? { ...opts, language: languages[0]! } : opts;
  return fixUntilStable(text, (t) => lintText('', t, pinned).messages, languages.length > 1 ? 1 : MAX_PASSES);
}
