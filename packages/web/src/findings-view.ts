/**
 * What the side panel shows, computed from a lint result and the settings: no DOM here, so the
 * rules of the panel (which findings, in which groups, what each document check says) are tested
 * without a browser.
 */
import { CATEGORIES, SEVERITIES, type Category, type Finding, type GenderCodedBalance, type LintResult, type Severity } from '@vacancy-lint/core';
import type { RuleFacts } from './protocol.js';

/** Findings at or above the lowest severity shown, in document order. */
export function visibleFindings(findings: readonly Finding[], minSeverity: Severity): Finding[] {
  const limit = SEVERITIES.indexOf(minSeverity);
  return findings.filter((f) => SEVERITIES.indexOf(f.severity) <= limit);
}

export interface CategoryGroup {
  category: Category;
  findings: Finding[];
  /** Count per severity, for the group's heading. */
  counts: Record<Severity, number>;
}

/** Findings grouped by category, in the engine's category order, empty groups left out. */
export function groupByCategory(findings: readonly Finding[]): CategoryGroup[] {
  const groups = new Map<Category, CategoryGroup>();
  for (const f of findings) {
    let group = groups.get(f.category);
    if (!group) {
      group = { category: f.category, findings: [], counts: { error: 0, warning: 0, info: 0 } };
      groups.set(f.category, group);
    }
    group.findings.push(f);
    group.counts[f.severity]++;
  }
  return CATEGORIES.flatMap((c) => (groups.has(c) ? [groups.get(c)!] : []));
}

export type DocumentCheckId = 'pay' | 'requirements' | 'readability';

export interface DocumentCheck {
  id: DocumentCheckId;
  /** The engine's finding for this check, when it has one (then the check is not passed). */
  findings: Finding[];
  /** Facts from the engine's summary for the line under the check. */
  facts: Record<string, number | boolean>;
}

/** The category whose document-level findings belong to each check (see RuleFacts.kind). */
const CHECK_CATEGORY: Record<DocumentCheckId, Category> = { pay: 'pay', requirements: 'structure', readability: 'readability' };

/** The document checks with their findings (document-kind rules only) and the summary's facts. */
export function documentChecks(result: LintResult, rules: Record<string, RuleFacts>): DocumentCheck[] {
  const s = result.summary;
  const ofCheck = (id: DocumentCheckId) => result.findings.filter((f) => f.category === CHECK_CATEGORY[id] && rules[f.ruleId]?.kind === 'document');
  return [
    { id: 'pay', findings: ofCheck('pay'), facts: { hasPayRange: s.hasPayRange, words: s.words } },
    { id: 'requirements', findings: ofCheck('requirements'), facts: { lists: s.requirementLists.length, longest: Math.max(0, ...s.requirementLists) } },
    { id: 'readability', findings: ofCheck('readability'), facts: { longSentences: s.longSentences, average: s.averageSentenceLength } },
  ];
}

/** The balance as the meter shows it: the engine's counts and words, and where the needle stands. */
export interface Meter extends GenderCodedBalance {
  /** -1: only feminine-coded words; 0: balanced or none; 1: only masculine-coded. */
  position: number;
}

export function genderMeter(balance: GenderCodedBalance): Meter {
  const total = balance.masculine + balance.feminine;
  return { ...balance, position: total === 0 ? 0 : (balance.masculine - balance.feminine) / total };
}

/** The item whose range holds `offset` (the innermost, when they nest), for the cursor. */
export function findingAt<T extends { from: number; to: number }>(items: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    if (item.from <= offset && offset <= item.to && (!best || item.to - item.from < best.to - best.from)) best = item;
  }
  return best;
}
