/**
 * Which fixes can be applied together: one rule for the CLI's `--fix`, the editor's "fix all" and
 * any other tool. Only findings a rule marks `fixable` (one meaning-preserving replacement) are
 * used, and never two edits that overlap: where findings overlap the one covering most wins, and
 * the other waits for the next pass, when the already-fixed text is linted again.
 */
import type { Finding } from '../types.js';

/** Replace source[offset, endOffset) by `text`. */
export interface Edit {
  offset: number;
  endOffset: number;
  text: string;
}

type Fixable = Pick<Finding, 'offset' | 'endOffset' | 'actual' | 'suggestions' | 'fixable'>;

/**
 * The edits for one pass, sorted by offset and pairwise disjoint. With `source`, a finding whose
 * range no longer holds its text is left out (the edit would land in the wrong place), as is an
 * edit that changes nothing.
 */
export function selectFixes(findings: readonly Fixable[], source?: string): Edit[] {
  const candidates = findings
    .filter((f) => f.fixable && f.suggestions.length > 0 && f.suggestions[0] !== f.actual)
    .filter((f) => source === undefined || source.slice(f.offset, f.endOffset) === f.actual)
    // At one offset the longer finding first: it is the one kept.
    .sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset);
  const edits: Edit[] = [];
  let end = -1;
  for (const f of candidates) {
    if (f.offset < end) continue;
    // Two empty-width edits at one point would be ambiguous too.
    if (f.offset === end && f.offset === f.endOffset) continue;
    edits.push({ offset: f.offset, endOffset: f.endOffset, text: f.suggestions[0]! });
    end = f.endOffset;
  }
  return edits;
}

/** Applies disjoint, sorted edits; every character outside them is copied unchanged. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += source.slice(at, e.offset) + e.text;
    at = e.endOffset;
  }
  return out + source.slice(at);
}
