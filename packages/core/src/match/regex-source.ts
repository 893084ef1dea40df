/**
 * A cursor over a regular expression's source, shared by the readers that learn from a rule's
 * expression what a text must contain (literals.ts) and where a match can start (starts.ts).
 */
import { regex } from '../regexes.js';

const QUANTIFIER = regex('regex-source.quantifier', /^\{(\d+)(?:,(\d*))?\}/u);

export interface SourceCursor {
  source: string;
  at: number;
  /** Set when the reader met syntax it does not follow: then it knows nothing about the expression. */
  lost: boolean;
}

/** The quantifier at the cursor (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each maybe lazy), read past; undefined when there is none. */
export function readQuantifier(p: SourceCursor): { min: number; max: number } | undefined {
  const c = p.source[p.at];
  let q: { min: number; max: number } | undefined;
  if (c === '*') q = { min: 0, max: Infinity };
  else if (c === '+') q = { min: 1, max: Infinity };
  else if (c === '?') q = { min: 0, max: 1 };
  else if (c === '{') {
    const m = QUANTIFIER.exec(p.source.slice(p.at, p.at + 20));
    if (!m) {
      p.lost = true;
      return undefined;
    }
    const min = Number(m[1]);
    q = { min, max: m[2] === undefined ? min : m[2] === '' ? Infinity : Number(m[2]) };
    p.at += m[0].length - 1;
  } else return undefined;
  p.at++;
  if (p.source[p.at] === '?') p.at++;
  return q;
}

/** Escapes that take an argument and stand for a character: `\p{…}`, `\u{…}`/`\uXXXX`, `\xXX`, `\k<name>`, `\cX`. */
export const ESCAPES_WITH_ARGUMENT: ReadonlySet<string> = new Set(['p', 'P', 'u', 'x', 'k', 'c']);

/** Reads past the argument of such an escape; the cursor stands just after its letter. */
export function skipEscapeArgument(p: SourceCursor, letter: string): void {
  if (p.source[p.at] === '{' || p.source[p.at] === '<') {
    const close = p.source.indexOf(p.source[p.at] === '{' ? '}' : '>', p.at);
    if (close < 0) p.lost = true;
    p.at = close + 1;
  } else if (letter === 'u') p.at += 4;
  else if (letter === 'x') p.at += 2;
  else if (letter === 'c') p.at += 1;
}
