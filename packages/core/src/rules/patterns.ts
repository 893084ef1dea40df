/**
 * Turns the `pattern` of a rule file into a regular expression with word-edge guards, filling in
 * its slots: `{num}` (digits or a number word) and the named slots of its language (`{age}`), all
 * from rules/<lang>/lexicon/slots.yml.
 */
import { patternSlots } from '../generated/rules.js';
import { regex } from '../regexes.js';

const SLOT = regex('patterns.slot', /\{([a-z][a-z-]*)\}/gu);

function numberSource(language: string): string {
  // Both languages' words: mixed ads are common and the cost is nil.
  const own = patternSlots.find((s) => s.language === language)?.numbers ?? [];
  const words = [...own, ...patternSlots.filter((s) => s.language !== language).flatMap((s) => s.numbers)];
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:\\d{1,3}(?:[.,]\\d+)?|${unique.join('|')})`;
}

/** `name` records the expression in the engine's regex registry (the rule id). */
export function compilePattern(pattern: string, language: string, name = `rule:${language}:${pattern}`): RegExp {
  const slots = patternSlots.find((s) => s.language === language)?.slots ?? {};
  // The build checked that every slot exists; an unknown one is left as written.
  const body = pattern.replace(SLOT, (whole, slot: string) => (slot === 'num' ? numberSource(language) : (slots[slot] ?? whole)));
  return regex(name, `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}
