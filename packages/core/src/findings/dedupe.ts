/** One finding where two rules of a category say the same thing about the same words. */
import type { Category, Finding, Severity } from '../types.js';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * Two rules of one category on the same words say the same thing twice ("jong en dynamisch"
 * inside "jong en dynamisch team"): keep the finding that covers most, then the most severe.
 */
export function dropContained(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset || RANK[b.severity] - RANK[a.severity]);
  const kept: Finding[] = [];
  const open = new Map<Category, Finding[]>();
  for (const f of sorted) {
    const same = open.get(f.category) ?? [];
    const live = same.filter((g) => g.endOffset > f.offset);
    if (live.some((g) => g.offset <= f.offset && g.endOffset >= f.endOffset)) continue;
    live.push(f);
    open.set(f.category, live);
    kept.push(f);
  }
  return kept;
}
