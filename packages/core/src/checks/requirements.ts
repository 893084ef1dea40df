/**
 * Too many requirements: people who meet fewer than all of them, more often women, tend not to
 * apply. A list counts as requirements when the line before it says so; the headings and the
 * limit are rule data (`headings` and `max` of the long-requirement-list rules).
 */
import type { ListBlock } from '../input/types.js';
import { regex } from '../regexes.js';

// Keyed by the list itself: the engine passes the same list for every document.
const compiled = new WeakMap<readonly string[], RegExp>();

/** One expression for the headings of every language: ads mix them ("Profiel" over English lists). */
export function headingPattern(headings: readonly string[]): RegExp {
  let pattern = compiled.get(headings);
  if (!pattern) {
    pattern = regex('checks.requirements.intro', headings.map((h) => `\\b${h}\\b`).join('|'), 'iu');
    compiled.set(headings, pattern);
  }
  return pattern;
}

/** Lists introduced by a heading that matches `intro`, with more than `max(list)` items. */
export function longRequirementLists(text: string, lists: readonly ListBlock[], intro: RegExp, max: (list: ListBlock) => number | undefined): ListBlock[] {
  return lists.filter((list) => {
    const limit = max(list);
    if (limit === undefined || list.items.length <= limit) return false;
    const line = list.intro ? text.slice(list.intro[0], list.intro[1]) : '';
    return intro.test(line);
  });
}
