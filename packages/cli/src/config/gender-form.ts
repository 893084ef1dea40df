/**
 * The gender addition after a Dutch job title ("(v/m/x)") is written differently per organisation.
 * Rules suggest one canonical form; this rewrites such suggestions into the configured one.
 * (Belongs in core eventually, so the language server gets it too; see the CLI's report.)
 */
import type { Finding } from '@vacancy-lint/core';

/** "v/m/x", "(m/v/x)", "M / V": a whole suggestion that is only a gender addition. */
const GENDER_ADDITION = /^\(?\s*[mvx]\s*\/\s*[mvx]\s*(?:\/\s*[mvx]\s*)?\)?$/iu;
const LETTERS = /[mvx]\s*\/\s*[mvx](?:\s*\/\s*[mvx])?/iu;

export function applyGenderForm(findings: Finding[], form: string | undefined): Finding[] {
  if (!form) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    if (!f.suggestions.some((s) => GENDER_ADDITION.test(s))) {
      out.push(f);
      continue;
    }
    // Brackets stay as the rule wrote them; only the letters follow the house style.
    const suggestions = [...new Set(f.suggestions.map((s) => (GENDER_ADDITION.test(s) ? s.replace(LETTERS, form) : s)))];
    // The text already is the house style: nothing left to report or fix.
    if (suggestions[0] === f.actual) continue;
    out.push({ ...f, suggestions });
  }
  return out;
}
