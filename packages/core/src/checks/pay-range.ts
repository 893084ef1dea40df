/**
 * Does the ad give pay? The EU Pay Transparency Directive (art. 5) entitles applicants to the
 * starting pay or its range. A salary scale counts on its own; an amount of money counts when a
 * pay word (rules/<lang>/document-pay.yml, `payWords`) stands near it, so a travel allowance, a
 * turnover or a valuation is not mistaken for pay.
 */
import { lowerCaseTwin, regex } from '../regexes.js';
import { requiredLiterals, searchableText } from '../match/literals.js';
import { startStrings } from '../match/starts.js';

const AMOUNT = regex(
  'checks.pay-amount',
  [
    String.raw`(?:€|\$|£|\b(?:eur|euro|usd|gbp)\b)\s?\d`,
    // An amount before its currency. It may only start where a run of digits, dots and commas
    // starts: from every digit inside a long run, `[\d.,]*` would rescan the rest of the run,
    // which costs quadratic time. Whether some digit of the run is followed by the currency does
    // not depend on where in the run the match starts.
    String.raw`(?<![\d.,])[.,]*\d[\d.,]*\s?(?:k\s?)?(?:€|\$|£|\b(?:euro|eur|usd|gbp|pounds|dollars)\b)`,
  ].join('|'),
  'giu',
);

const SCALE = regex(
  'checks.pay-scale',
  [String.raw`\b(?:salaris)?schaal\s+\d{1,2}\b`, String.raw`\b(?:pay|salary)\s+(?:band|grade|scale)\s+\d`, String.raw`\binschaling\b`].join('|'),
  'iu',
);
/** What every match of SCALE begins with, read from the expression once (match/starts.ts); null: unknown. */
let scaleStarts: string[] | null | undefined;

/**
 * SCALE.test(text), tried only where one of its first words stands in the lower-cased text:
 * "schaal" is in many Dutch ads, and a scan of the whole text from every position (the expression
 * opens with \b, which V8 cannot skip through) cost more than the rest of the pay check.
 */
export function hasScale(text: string, searchable: string | undefined): boolean {
  const sticky = searchable !== undefined && searchable.length === text.length ? lowerCaseTwin(SCALE, true) : undefined;
  const starts = (scaleStarts ??= startStrings(SCALE) ?? null);
  if (!sticky || !starts) return SCALE.test(text);
  for (const word of starts) {
    for (let at = searchable!.indexOf(word); at >= 0; at = searchable!.indexOf(word, at + 1)) {
      sticky.lastIndex = at;
      if (sticky.test(searchable!)) return true;
    }
  }
  return false;
}

/**
 * A range of two amounts ("€ 2.770 tot € 3.944", "$40,000-$55,000", "€110-130k") is pay on its own:
 * ads give ranges for pay, hardly for anything else. The currency may stand before or after.
 */
const RANGE = regex(
  'checks.pay-range-of-amounts',
  [
    String.raw`(?:€|\$|£)\s?\d[\d.,]*\s?k?\s{0,3}(?:[-–—]|to|tot)\s{0,3}(?:€|\$|£)?\s?\d`,
    String.raw`(?<![\d.,])\d[\d.,]*\s?k?\s{0,3}(?:[-–—]|to|tot)\s{0,3}\d[\d.,]*\s?k?\s?(?:€|\$|£|\b(?:euro|eur)\b)`,
  ].join('|'),
  'iu',
);

/** How far around an amount a pay word may stand: about a dozen words, as in "€ 3.200 – € 4.100 bruto per maand". */
const NEAR = 80;

const ESCAPE = regex('checks.pay-words.escape', /[.*+?^${}()|[\]\\]/gu);
const SPACE = regex('checks.pay-words.space', / /gu);
const STAR = regex('checks.pay-words.star', /\\\*/gu);
// Keyed by the list itself: the engine passes the same list every time, so no per-document key is built.
const compiled = new WeakMap<readonly string[], RegExp>();

function payWordPattern(words: readonly string[]): RegExp | undefined {
  if (words.length === 0) return undefined;
  let pattern = compiled.get(words);
  if (!pattern) {
    // Whole words: a letter may not touch the phrase on either side ("rate" is not in "moderate"),
    // except where a '*' allows the rest of a compound ("bruto*": "brutoverloning").
    const source = `(?<!\\p{L})(?:${words.map((w) => w.replace(ESCAPE, '\\$&').replace(SPACE, '\\s+').replace(STAR, '\\p{L}*')).join('|')})(?!\\p{L})`;
    pattern = regex('checks.pay-words', source, 'iu');
    compiled.set(words, pattern);
  }
  return pattern;
}

/** Per expression: the words one of which it cannot match without, read from it once (null: none known). */
const needs = new Map<RegExp, string[] | null>();

/**
 * False when `searchable` (the lower-cased text) lacks every word the expression needs, so it
 * cannot match: most ads have no salary scale, and many no amount of money, and then the
 * expression is not run over the whole text (as pattern rules are skipped).
 */
function mayMatch(expression: RegExp, searchable: string | undefined): boolean {
  let words = needs.get(expression);
  if (words === undefined) needs.set(expression, (words = requiredLiterals(expression) ?? null));
  return !words || searchable === undefined || words.some((word) => searchable.includes(word));
}

/** How close an allowance word must stand to make an amount an allowance: "lunchvergoeding van € 8 per dag". */
const CLOSE = 40;

/**
 * An amount with an allowance word close by ("een lunchvergoeding van € 8 per dag", "a £5 daily meal
 * voucher") is not pay, unless a pay word that says more than how often stands just as close
 * ("salaris € 3.000 per maand en reiskosten").
 */
function isAllowance(text: string, start: number, end: number, allowance: RegExp | undefined, nouns: RegExp | undefined): boolean {
  if (!allowance) return false;
  const close = text.slice(Math.max(0, start - CLOSE), end + CLOSE);
  return allowance.test(close) && !nouns?.test(close);
}

export function mentionsPay(text: string, payWords: readonly string[], allowanceWords?: { words: readonly string[]; frequencies: readonly string[] }): boolean {
  const searchable = searchableText(text);
  if ((mayMatch(SCALE, searchable) && hasScale(text, searchable)) || (mayMatch(RANGE, searchable) && RANGE.test(text))) return true;
  if (!mayMatch(AMOUNT, searchable)) return false;
  const near = payWordPattern(payWords);
  const allowance = allowanceWords ? payWordPattern(allowanceWords.words) : undefined;
  const frequencies = new Set(allowanceWords?.frequencies ?? []);
  const nouns = allowance ? payWordPattern(nounsOf(payWords, frequencies)) : undefined;
  for (const m of text.matchAll(AMOUNT)) {
    // Without pay words (a custom rule file without them) every amount counts, as before.
    if (!near) return true;
    const end = m.index + m[0].length;
    const from = Math.max(0, m.index - NEAR);
    if (near.test(text.slice(from, end + NEAR)) && !isAllowance(text, m.index, end, allowance, nouns)) return true;
  }
  return false;
}

// Keyed by the list itself, like the patterns: the same lists come every time.
const nounLists = new WeakMap<readonly string[], string[]>();

/** The pay words that say what the money is, not only how often it comes. */
function nounsOf(payWords: readonly string[], frequencies: Set<string>): string[] {
  let nouns = nounLists.get(payWords);
  if (!nouns) {
    nouns = payWords.filter((w) => !frequencies.has(w));
    nounLists.set(payWords, nouns);
  }
  return nouns;
}
