/**
 * Too many requirements: people who meet fewer than all of them, more often women, tend not to
 * apply. A list counts as requirements when the line before it says so.
 */
import type { ListBlock } from '../input/types.js';
import { regex } from '../regexes.js';

const INTRO = regex(
  'checks.requirements.intro',
  [
    // Dutch
    'profiel', 'wat (?:vragen|verwachten) (?:wij|we)', 'wat wij vragen', 'wie (?:ben jij|zoeken (?:wij|we))', 'functie-?eisen',
    'vereisten', 'eisen', 'wat (?:neem|breng) je mee', 'jij (?:hebt|bent)', 'je (?:hebt|bent)', 'wat heb je nodig', 'competenties',
    // English
    'requirements', 'qualifications', 'what you(?:\'ll)? bring', 'what we(?:\'re| are) looking for', 'who you are', 'you have',
    'must[- ]haves?', 'skills', 'about you', 'you(?:\'ll)? need', 'experience',
  ].map((p) => `\\b${p}\\b`).join('|'),
  'iu',
);

/** More items than this in one requirement list earns a finding. */
export const MAX_REQUIREMENTS = 8;

export function longRequirementLists(text: string, lists: readonly ListBlock[]): ListBlock[] {
  return lists.filter((list) => {
    if (list.items.length <= MAX_REQUIREMENTS) return false;
    const intro = list.intro ? text.slice(list.intro[0], list.intro[1]) : '';
    return INTRO.test(intro);
  });
}
