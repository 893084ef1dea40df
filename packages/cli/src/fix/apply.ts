/**
 * The CLI's fix edits: which findings are fixed together is core's `selectFixes` (the same rule
 * as the editor's "fix all"); here only the name the fix loop uses.
 */
import { selectFixes, type Edit, type Finding } from '@vacancy-lint/core';

export { applyEdits, type Edit } from '@vacancy-lint/core';

/** The edits for one pass, sorted by offset, pairwise disjoint, each checked against `source`. */
export function fixEdits(source: string, findings: readonly Finding[]): Edit[] {
  return selectFixes(findings, source);
}
