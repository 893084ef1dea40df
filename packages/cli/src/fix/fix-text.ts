/** Fixing one text with the real linter: the loop plus the lint options of the file. */
import { lintText, type LintTextOptions } from '../lint/lint-one.js';
import { fixUntilStable, type FixOutcome } from './loop.js';

export function fixText(text: string, options: LintTextOptions): FixOutcome {
  // Directive reports are not findings to fix; leave them out of the passes.
  const { reportUnusedDirectives: _unused, ...opts } = options;
  return fixUntilStable(text, (t) => lintText('', t, opts).messages);
}
