/**
 * The gender addition after a Dutch job title ("(v/m/x)") is written differently per
 * organisation. Rules suggest one form; `genderForm` in the configuration rewrites it.
 */
import { regex } from '../regexes.js';

/** "v/m/x", "(m/v/x)", "M / V": a whole suggestion that is only a gender addition. */
const GENDER_ADDITION = regex('findings.gender-addition', /^\(?\s*[mvx]\s*\/\s*[mvx]\s*(?:\/\s*[mvx]\s*)?\)?$/iu);
const LETTERS = regex('findings.gender-letters', /[mvx]\s*\/\s*[mvx](?:\s*\/\s*[mvx])?/iu);

/**
 * The suggestions in the house style, or undefined when the flagged text already is that style
 * (then there is nothing to report).
 */
export function withGenderForm(actual: string, suggestions: string[], form: string | undefined): string[] | undefined {
  if (!form || !suggestions.some((s) => GENDER_ADDITION.test(s))) return suggestions;
  // Brackets stay as the rule wrote them; only the letters follow the house style.
  const styled = [...new Set(suggestions.map((s) => (GENDER_ADDITION.test(s) ? s.replace(LETTERS, form) : s)))];
  return styled[0] === actual ? undefined : styled;
}
