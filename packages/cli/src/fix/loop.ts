/** Fix, re-lint, fix again, until nothing fixable is left (or a pass limit is hit). */
import type { Finding } from '@vacancy-lint/core';
import { applyEdits, fixEdits } from './apply.js';

export const MAX_PASSES = 10;

export interface FixOutcome {
  output: string;
  fixedCount: number;
  passes: number;
}

/**
 * `lint` returns the findings for a text. The loop stops when a pass changes nothing, when a
 * text comes back that was seen before (two rules undoing each other), or after `maxPasses`.
 */
export function fixUntilStable(source: string, lint: (text: string) => readonly Finding[], maxPasses = MAX_PASSES): FixOutcome {
  let text = source;
  let fixedCount = 0;
  let passes = 0;
  const seen = new Set([text]);
  while (passes < maxPasses) {
    const edits = fixEdits(text, lint(text));
    if (edits.length === 0) break;
    const next = applyEdits(text, edits);
    passes++;
    if (seen.has(next)) break;
    seen.add(next);
    text = next;
    fixedCount += edits.length;
  }
  return { output: text, fixedCount, passes };
}
