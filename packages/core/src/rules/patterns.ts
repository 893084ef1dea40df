/** Turns the `pattern` of a rule file into a regular expression with word-edge guards. */
import { regex } from '../regexes.js';

const NUMBER_WORDS: Record<string, string[]> = {
  nl: ['een', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf',
    'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig', 'dertig',
    'veertig', 'vijftig', 'zestig', 'zeventig'],
  en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
    'forty', 'fifty', 'sixty', 'seventy'],
};

function numberSource(language: string): string {
  // Both languages' words: mixed ads are common and the cost is nil.
  const words = [...(NUMBER_WORDS[language] ?? []), ...Object.entries(NUMBER_WORDS).filter(([l]) => l !== language).flatMap(([, w]) => w)];
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:\\d{1,3}(?:[.,]\\d+)?|${unique.join('|')})`;
}

/** `name` records the expression in the engine's regex registry (the rule id). */
export function compilePattern(pattern: string, language: string, name = `rule:${language}:${pattern}`): RegExp {
  const body = pattern.replaceAll('{num}', numberSource(language));
  return regex(name, `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}
