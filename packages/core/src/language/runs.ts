/**
 * Joins neighbouring stretches of one language and closes the gaps between them, so every
 * character of a text of `length` belongs to exactly one run (what lies between two runs, such as
 * a paragraph break, goes to the earlier one).
 */
export function mergeRuns<T extends { start: number; end: number; language: unknown }>(runs: readonly T[], length: number): T[] {
  const merged: T[] = [];
  for (const run of runs) {
    const previous = merged[merged.length - 1];
    if (previous && previous.language === run.language) previous.end = run.end;
    else merged.push({ ...run });
  }
  for (let i = 1; i < merged.length; i++) merged[i]!.start = merged[i - 1]!.end;
  if (merged[0]) merged[0].start = 0;
  const last = merged[merged.length - 1];
  if (last) last.end = length;
  return merged;
}
