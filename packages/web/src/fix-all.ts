/**
 * "Fix all" in the web editor: which findings are replaced together is core's `selectFixes`, the
 * rule the CLI's `--fix` and the language server's fix-all use, so the three cannot disagree.
 * The findings' ranges are where they stand now (mapped through the typing since the last lint),
 * and `selectFixes` leaves out any whose words are no longer there.
 */
import { selectFixes, type Edit, type Finding } from '@vacancy-lint/core';

/** A finding and the range it covers in the editor's current text. */
export interface PlacedFinding {
  finding: Finding;
  from: number;
  to: number;
}

/** The edits for one pass over the current text, sorted and disjoint. */
export function fixAllEdits(placed: readonly PlacedFinding[], text: string): Edit[] {
  return selectFixes(
    placed.map(({ finding, from, to }) => ({ ...finding, offset: from, endOffset: to })),
    text,
  );
}
