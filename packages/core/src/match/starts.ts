/**
 * How a pattern rule's matches can begin: a set of short lower-case strings, one of which every
 * match starts with ("younger", "no", "5", "a"). patterns.ts then tries the expression only where
 * the text has one of them, instead of at every position: the rule expressions open with
 * lookbehinds and long alternatives, which V8 cannot skip through quickly, so trying them at every
 * character was most of the time of the pattern rules.
 *
 * The reader follows the syntax the rule files use: literal characters, small classes and `\d`,
 * groups, alternatives, quantifiers; assertions (lookarounds, `\b`, `^`, `$`) consume nothing and
 * are passed over (they only narrow the matches further). Anything else (`\s`, `\p{L}`, `.`,
 * negated or large classes, back-references) ends a start string where it is. When some match
 * could begin with anything, there is no set and the rule is tried everywhere, as before.
 * test/optimisation-equivalence.test.ts compares the hits with and without the start sets.
 */
import { regex } from '../regexes.js';
import { ESCAPES_WITH_ARGUMENT, readQuantifier, skipEscapeArgument, type SourceCursor } from './regex-source.js';

// Created through regex() (regexes.ts), which records them for the linearity test.
/**
 * Characters a start string may hold: those whose `toLowerCase` agrees with the case-insensitive
 * Unicode matching of the expressions (the micro sign and the long s do not; see `trustedText`).
 */
const SAFE = regex('starts.safe', /^[a-z0-9 à-öø-ÿ'’&,.;:!?%€$£@#=<>~"/()+±*_\-–—]$/u);

/** Start strings stop growing at this length: longer ones would select hardly better. */
const ENOUGH = 6;
/** More partial strings than this and the reader stops extending them (number words × digits). */
const MAX_PARTIALS = 400;
/** A class of at most this many characters is enumerated; a larger one ends the strings. */
const MAX_CLASS = 16;

interface Partial {
  text: string;
  /** Whether what follows in the expression is still appended. */
  open: boolean;
}

type Parser = SourceCursor;

/** What one atom can match first. */
type Atom =
  | { kind: 'chars'; chars: string[] }
  | { kind: 'group'; partials: Partial[] }
  | { kind: 'assertion' }
  | { kind: 'other' };

function alternatives(p: Parser): Partial[] {
  const out = sequence(p);
  while (p.source[p.at] === '|') {
    p.at++;
    out.push(...sequence(p));
  }
  return out;
}

function sequence(p: Parser): Partial[] {
  let partials: Partial[] = [{ text: '', open: true }];
  while (p.at < p.source.length && p.source[p.at] !== '|' && p.source[p.at] !== ')') {
    const atom = readAtom(p);
    if (p.lost) return [];
    const quantifier = readQuantifier(p);
    if (p.lost) return [];
    if (atom.kind === 'assertion') continue;
    const next: Partial[] = [];
    for (const partial of partials) {
      if (!partial.open) {
        next.push(partial);
        continue;
      }
      if (atom.kind === 'other') {
        next.push({ text: partial.text, open: false });
        continue;
      }
      const once: Partial[] = atom.kind === 'chars' ? atom.chars.map((c) => ({ text: c, open: true })) : atom.partials;
      const min = quantifier?.min ?? 1;
      const max = quantifier?.max ?? 1;
      // Skipped (a minimum of 0): the strings so far, and what follows may still be appended.
      if (min === 0) next.push(partial);
      // Taken once: appended; when it may repeat, what comes after it is not known.
      for (const first of once) {
        const text = partial.text + first.text;
        next.push({ text, open: first.open && max === 1 && text.length < ENOUGH });
      }
    }
    partials = next.length > MAX_PARTIALS ? next.map((x) => ({ text: x.text, open: false })) : next;
    if (!partials.some((x) => x.open)) {
      // Nothing more to learn here; the rest of the sequence is still read (to find its end).
      skipSequence(p);
      break;
    }
  }
  return partials;
}

/** Moves past the rest of a sequence, keeping track of groups and classes. */
function skipSequence(p: Parser): void {
  let depth = 0;
  while (p.at < p.source.length) {
    const c = p.source[p.at]!;
    if (c === '\\') p.at += 2;
    else if (c === '[') {
      p.at++;
      if (p.source[p.at] === '^') p.at++;
      while (p.at < p.source.length && p.source[p.at] !== ']') p.at += p.source[p.at] === '\\' ? 2 : 1;
      p.at++;
    } else if (c === '(') {
      depth++;
      p.at++;
    } else if (c === ')') {
      if (depth === 0) return;
      depth--;
      p.at++;
    } else if (c === '|' && depth === 0) return;
    else p.at++;
  }
  if (depth > 0) p.lost = true;
}

function readAtom(p: Parser): Atom {
  const c = p.source[p.at]!;
  if (c === '(') {
    p.at++;
    let assertion = false;
    if (p.source.startsWith('?:', p.at)) p.at += 2;
    else if (p.source.startsWith('?=', p.at) || p.source.startsWith('?!', p.at)) {
      p.at += 2;
      assertion = true;
    } else if (p.source.startsWith('?<=', p.at) || p.source.startsWith('?<!', p.at)) {
      p.at += 3;
      assertion = true;
    } else if (p.source[p.at] === '?') {
      // Named groups and anything newer: not followed.
      p.lost = true;
      return { kind: 'other' };
    }
    const partials = alternatives(p);
    if (p.source[p.at] !== ')') {
      p.lost = true;
      return { kind: 'other' };
    }
    p.at++;
    return assertion ? { kind: 'assertion' } : { kind: 'group', partials };
  }
  if (c === '[') return readClass(p);
  if (c === '\\') {
    const next = p.source[p.at + 1];
    if (next === undefined) {
      p.lost = true;
      return { kind: 'other' };
    }
    p.at += 2;
    if (next === 'b' || next === 'B') return { kind: 'assertion' };
    if (next === 'd') return { kind: 'chars', chars: [...'0123456789'] };
    if (ESCAPES_WITH_ARGUMENT.has(next)) {
      // Skipped whole, standing for "anything".
      skipEscapeArgument(p, next);
      return { kind: 'other' };
    }
    // An escaped mark stands for itself; letters and digits (\s, \w, \1, \n) for something else.
    return isWordChar(next) ? { kind: 'other' } : literal(next);
  }
  p.at++;
  if (c === '^' || c === '$') return { kind: 'assertion' };
  if (c === '.') return { kind: 'other' };
  if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') {
    p.lost = true;
    return { kind: 'other' };
  }
  return literal(c);
}

function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || c === '_';
}

/** A literal character (the `i` flag makes upper and lower case one); an unsafe one ends the strings. */
function literal(c: string): Atom {
  const lower = c.toLowerCase();
  return lower.length === 1 && SAFE.test(lower) ? { kind: 'chars', chars: [lower] } : { kind: 'other' };
}

/** A class: its characters when it is small, plain and not negated. */
function readClass(p: Parser): Atom {
  p.at++;
  const negated = p.source[p.at] === '^';
  if (negated) p.at++;
  const chars = new Set<string>();
  let plain = !negated;
  let previous: string | undefined;
  while (p.at < p.source.length && p.source[p.at] !== ']') {
    let c = p.source[p.at]!;
    p.at++;
    if (c === '\\') {
      const next = p.source[p.at];
      p.at++;
      if (next === undefined) break;
      if (next === 'd') {
        for (const d of '0123456789') chars.add(d);
        previous = undefined;
        continue;
      }
      if (isWordChar(next)) {
        // \s, \w, \p{…} and the like inside a class.
        plain = false;
        if ((next === 'p' || next === 'P' || next === 'u') && p.source[p.at] === '{') p.at = p.source.indexOf('}', p.at) + 1;
        previous = undefined;
        continue;
      }
      c = next;
    } else if (c === '-' && previous !== undefined && p.source[p.at] !== ']') {
      // A range: every character from the previous one to the next.
      let end = p.source[p.at]!;
      p.at++;
      if (end === '\\') {
        end = p.source[p.at] ?? '';
        p.at++;
        if (isWordChar(end)) plain = false;
      }
      const from = previous.charCodeAt(0);
      const to = end.charCodeAt(0);
      if (to - from > MAX_CLASS) plain = false;
      else for (let code = from + 1; code <= to; code++) chars.add(String.fromCharCode(code));
      previous = undefined;
      continue;
    }
    chars.add(c);
    previous = c;
  }
  if (p.at >= p.source.length) {
    p.lost = true;
    return { kind: 'other' };
  }
  p.at++;
  if (!plain || chars.size > MAX_CLASS) return { kind: 'other' };
  const lower = new Set<string>();
  for (const c of chars) {
    const l = c.toLowerCase();
    if (l.length !== 1 || !SAFE.test(l)) return { kind: 'other' };
    lower.add(l);
  }
  return { kind: 'chars', chars: [...lower] };
}

/**
 * Lower-case strings one of which every match of `expression` starts with, shortest first and
 * none starting with another; undefined when some match could start with anything. Only for
 * case-insensitive Unicode expressions (the rule files' are).
 */
export function startStrings(expression: RegExp): string[] | undefined {
  return startStringsOf(expression.source, expression.flags);
}

/** `startStrings` from an expression's source and flags, for a source not yet made into an expression. */
export function startStringsOf(source: string, flags: string): string[] | undefined {
  if (!flags.includes('i') || !flags.includes('u')) return undefined;
  const p: Parser = { source, at: 0, lost: false };
  const partials = alternatives(p);
  if (p.lost || p.at !== p.source.length || partials.length === 0) return undefined;
  const texts = [...new Set(partials.map((x) => x.text))].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  if (texts[0] === '') return undefined;
  // "a" covers "an": a string that starts with a shorter one adds no start.
  const kept: string[] = [];
  for (const text of texts) if (!kept.some((k) => text.startsWith(k))) kept.push(text);
  return kept;
}
