/**
 * Words a pattern rule cannot match without: read from its regular expression, so a document that
 * has none of them is not scanned by that rule at all (most documents have no "older than", no
 * "class of", no "hij" after "kandidaat"). Finding the words is cheap (`includes` on the lower-cased
 * text); running a regular expression with lookbehinds at every position is not.
 *
 * The reader understands the plain part of the syntax the rule files use: literal letters,
 * groups, alternatives, quantifiers and lookarounds. Anything else (classes, escapes like \s or
 * \p{L}, backreferences) matches no known word, so it never adds a requirement: when in doubt
 * the rule runs. test/optimisation-equivalence.test.ts compares every rule's hits with and
 * without this filter.
 */

import { regex } from '../regexes.js';
import { ESCAPES_WITH_ARGUMENT, readQuantifier, skipEscapeArgument, type SourceCursor } from './regex-source.js';

// Created through regex() (regexes.ts), which records them for the linearity test.
/** Characters compared literally: lower-case letters of Latin-1, digits, space and plain marks. */
const LITERAL = regex('literals.literal', /^[a-z0-9 à-öø-ÿ'’&,;:!%€$£@#=<>~"/-]$/u);
/** Escapes that stand for one literal character. */
const ESCAPED_LITERAL = regex('literals.escaped-literal', /^[./\-()[\]{}?+*|\\^$,:;!'"&%#@=<>~]$/u);


/**
 * Any of these strings (lower case) must occur in the text for the pattern to match, with the
 * length of the shortest (a set is as selective as its shortest member); undefined when the
 * reader finds no such set.
 */
type Need = { words: string[]; shortest: number } | undefined;

type Parser = SourceCursor;

function better(a: Need, b: Need): Need {
  return (b?.shortest ?? 0) > (a?.shortest ?? 0) ? b : a;
}

/** Alternatives: each must have a need, then the text needs one of all of them. */
function alternatives(p: Parser): Need {
  const branches: Need[] = [sequence(p)];
  while (p.source[p.at] === '|') {
    p.at++;
    branches.push(sequence(p));
  }
  if (branches.some((b) => !b)) return undefined;
  if (branches.length === 1) return branches[0];
  const words = new Set<string>();
  let shortest = Infinity;
  for (const branch of branches) {
    for (const word of branch!.words) words.add(word);
    shortest = Math.min(shortest, branch!.shortest);
  }
  return { words: [...words], shortest };
}

/** A sequence: runs of literal characters and atoms; the most selective one is its need. */
function sequence(p: Parser): Need {
  let best: Need;
  let run = '';
  const endRun = () => {
    if (run) best = better(best, { words: [run], shortest: run.length });
    run = '';
  };
  while (p.at < p.source.length && p.source[p.at] !== '|' && p.source[p.at] !== ')') {
    const atom = readAtom(p);
    if (p.lost) return undefined;
    const quantifier = readQuantifier(p)?.min;
    if (p.lost) return undefined;
    const required = quantifier === undefined || quantifier >= 1;
    if (atom.char !== undefined && quantifier === undefined) {
      run += atom.char;
      continue;
    }
    endRun();
    if (required) best = better(best, atom.char !== undefined ? { words: [atom.char], shortest: 1 } : atom.need);
  }
  endRun();
  return best;
}

/** One atom: a literal character, a group, or something that matches no known word. */
function readAtom(p: Parser): { char?: string; need: Need } {
  const c = p.source[p.at]!;
  if (c === '(') {
    p.at++;
    let positive = true;
    if (p.source.startsWith('?:', p.at)) p.at += 2;
    else if (p.source.startsWith('?=', p.at) || p.source.startsWith('?<=', p.at)) p.at += p.source[p.at + 1] === '<' ? 3 : 2;
    else if (p.source.startsWith('?!', p.at) || p.source.startsWith('?<!', p.at)) {
      p.at += p.source[p.at + 1] === '<' ? 3 : 2;
      positive = false;
    } else if (p.source[p.at] === '?') {
      p.lost = true;
      return { need: undefined };
    }
    const need = alternatives(p);
    if (p.source[p.at] !== ')') {
      p.lost = true;
      return { need: undefined };
    }
    p.at++;
    // A negative lookaround needs the absence of its words: nothing to look for.
    return { need: positive ? need : undefined };
  }
  if (c === '[') {
    // A class: skipped to its closing bracket (escapes inside included).
    p.at++;
    // With the `u` flag `[]` is an empty class and `]` always ends one.
    if (p.source[p.at] === '^') p.at++;
    while (p.at < p.source.length && p.source[p.at] !== ']') p.at += p.source[p.at] === '\\' ? 2 : 1;
    if (p.at >= p.source.length) p.lost = true;
    p.at++;
    return { need: undefined };
  }
  if (c === '\\') {
    const next = p.source[p.at + 1];
    if (next === undefined) {
      p.lost = true;
      return { need: undefined };
    }
    if (ESCAPES_WITH_ARGUMENT.has(next)) {
      // They stand for characters; skipped whole.
      p.at += 2;
      skipEscapeArgument(p, next);
      return { need: undefined };
    }
    p.at += 2;
    if (ESCAPED_LITERAL.test(next)) return { char: next, need: undefined };
    return { need: undefined };
  }
  if (c === '.' || c === '^' || c === '$') {
    p.at++;
    return { need: undefined };
  }
  if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') {
    // A quantifier without an atom, or a brace read as a character: not followed.
    p.lost = true;
    return { need: undefined };
  }
  p.at++;
  // With the `i` flag an upper-case letter in the pattern matches its lower case too.
  const lower = c.toLowerCase();
  if (LITERAL.test(lower) && lower.length === 1) return { char: lower, need: undefined };
  return { need: undefined };
}

/**
 * Strings (lower case) one of which a text must contain for `expression` to match in it, or undefined
 * when there is no such set. Only for case-insensitive Unicode expressions (the rule files' are).
 */
export function requiredLiterals(expression: RegExp): string[] | undefined {
  return requiredLiteralsOf(expression.source, expression.flags);
}

/** `requiredLiterals` from an expression's source and flags, for a source not yet made into an expression. */
export function requiredLiteralsOf(source: string, flags: string): string[] | undefined {
  if (!flags.includes('i') || !flags.includes('u')) return undefined;
  const p: Parser = { source, at: 0, lost: false };
  const need = alternatives(p);
  if (p.lost || p.at !== p.source.length || !need || need.shortest === 0) return undefined;
  return need.words;
}

/**
 * Characters that match a Latin letter under Unicode case folding but are not its lower case in
 * `toLowerCase`: the long s (U+017F), which folds to "s". A text with one is scanned by every rule.
 * Written as an escape: the class once held a plain "K" where the Kelvin sign (U+212A) was meant,
 * which sent every text with a capital K past the filter (the Kelvin sign needs no guard:
 * `toLowerCase` makes it "k", as folding does). Checked against every code point: only the long s
 * and the micro sign (no rule words have a µ) fold unlike their lower case.
 */
const FOLDS_UNLIKE_LOWER_CASE = regex('literals.folds-unlike-lower-case', /\u017F/u);

/** The lower-cased text the needs are looked up in, or undefined when it cannot be trusted. */
export function searchableText(text: string): string | undefined {
  // The pattern rules and the pay check both ask for the same document's text, one after the
  // other: lower-case it once.
  if (last?.text !== text) last = { text, searchable: FOLDS_UNLIKE_LOWER_CASE.test(text) ? undefined : lowerCased(text) };
  return last.searchable;
}

/**
 * The text in lower case, character for character. The capital I with a dot (U+0130, Turkish "İ")
 * is the one character whose lower case is longer ("i" and a combining dot): it is kept as it is,
 * so the lower-cased text still lines up with the text and the start strings and lower-case
 * expressions can read it (one Dutch posting with "İ" made every Dutch pattern compile whole).
 * Kept, it reads as the rules read it: it has no simple case folding, so a case-insensitive
 * expression takes it for no "i", and for a letter, not a word character, like the text's own.
 */
function lowerCased(text: string): string {
  return text.includes('\u0130') ? text.split('\u0130').map((part) => part.toLowerCase()).join('\u0130') : text.toLowerCase();
}

let last: { text: string; searchable: string | undefined } | undefined;
