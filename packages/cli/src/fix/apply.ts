/**
 * Turns findings into text edits and applies them. Only findings a rule marks `fixable` (one
 * meaning-preserving replacement) are used, and never two edits that overlap: the later one
 * waits for the next pass, when it is linted again against the already-fixed text.
 */
import type { Finding } from '@vacancy-lint/core';

export interface Edit {
  offset: number;
  endOffset: number;
  text: string;
}

/** The edits for one pass, sorted by offset, pairwise disjoint, each checked against `source`. */
export function fixEdits(source: string, findings: readonly Finding[]): Edit[] {
  const candidates = findings
    .filter((f) => f.fixable && f.suggestions.length > 0)
    // A finding whose position does not hold its text would make the edit land in the wrong place.
    .filter((f) => source.slice(f.offset, f.endOffset) === f.actual && f.suggestions[0] !== f.actual)
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
