/**
 * The one place where the engine's regular expressions come into being. Every regular expression
 * in the core, from code or from rule data, is created through `regex()`, which records it under
 * a name. test/regex-linear.test.ts runs every recorded expression against adversarial input and
 * checks that its cost per kilobyte stays flat, and it fails when a source file creates a regular
 * expression outside this function, so "every regex is linear" cannot silently go stale.
 */

const recorded = new Map<string, RegExp>();

/**
 * Records and returns a regular expression. `name` says where it lives (`input.directive`,
 * `rule:nl.age.student`); a later registration under the same name replaces the earlier one.
 */
export function regex(name: string, pattern: RegExp | string, flags?: string): RegExp {
  const compiled = typeof pattern === 'string' ? new RegExp(pattern, flags) : pattern;
  recorded.set(name, compiled);
  return compiled;
}

/** Expressions named but not yet made (`lazyRegex`), by name. */
const pending = new Map<string, () => RegExp>();

/**
 * A regular expression made and recorded on first use. A rule table read back at start-up
 * (rules/prebuilt.ts) holds some 30 pattern expressions of several KB each; making one parses it,
 * a third of reading the table back, while a small text needs one or two of them, if any.
 * `recordedRegexes()` makes every one still pending, so the linearity test sees them all.
 */
export function lazyRegex(name: string, source: string, flags: string): () => RegExp {
  let made: RegExp | undefined;
  const make = (): RegExp => {
    if (!made) {
      made = regex(name, source, flags);
      if (pending.get(name) === make) pending.delete(name);
    }
    return made;
  };
  pending.set(name, make);
  return make;
}

/** Every regular expression recorded so far (rule patterns appear once their language's table is built). */
export function recordedRegexes(): ReadonlyMap<string, RegExp> {
  for (const make of [...pending.values()]) make();
  return recorded;
}

const twins = new WeakMap<RegExp, RegExp>();

/**
 * The sticky twin of a recorded expression (same source, `y` instead of `g`), for trying it at
 * chosen positions only. Not recorded again: it is the same expression, and where it is tried
 * is a subset of where the recorded one is tried, so its cost stays linear too.
 */
export function stickyTwin(expression: RegExp): RegExp {
  let twin = twins.get(expression);
  if (!twin) {
    twin = new RegExp(expression.source, expression.flags.replace('g', '') + 'y');
    twins.set(expression, twin);
  }
  return twin;
}

// Escapes whose letters say nothing about the text's case (\d, \S, \u00e9, \x41, a group's name,
// a property every case of a letter has or lacks alike: \p{L}, \p{N}, a script).
const CASE_NEUTRAL_ESCAPES = regex('regexes.case-neutral-escapes', /\\u\{[0-9A-Fa-f]+\}|\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2}|\\c[A-Za-z]|\\k<[^>]*>|\(\?<[A-Za-z_$][\w$]*>|\\[pP]\{(?:L|Letter|N|Number|Nd|P|Punctuation|P[cdefios]|S|Symbol|Z|Zs|M|Mark|Alphabetic|White_Space|(?:Script|Script_Extensions|sc|scx)=[A-Za-z_]+)\}|\\[^pP]/gu);
const CASE_SENSITIVE_PARTS = regex('regexes.case-sensitive-parts', /\p{Lu}|\p{Lt}|\\[pP]\{/u);
const lowerTwins = new WeakMap<RegExp, RegExp | null>();

function lowerCaseSafe(source: string, flags: string): boolean {
  return flags.includes('i') && !flags.includes('v') && !CASE_SENSITIVE_PARTS.test(source.replace(CASE_NEUTRAL_ESCAPES, ''));
}

/**
 * A twin of a case-insensitive expression that matches the lower-cased text the same way without
 * the `i` flag, or undefined when its source cannot promise that (a capital letter, a Unicode
 * property). Compiling with `iu` makes V8 expand every letter to its case class: for the large
 * Dutch pattern rules that is most of their first-run cost. Sticky, like `stickyTwin`, when asked.
 * Only for text lower-cased by `String#toLowerCase` with its length unchanged, where a letter and
 * its lower case are the same for a case-insensitive match.
 */
export function lowerCaseTwin(expression: RegExp, sticky: boolean): RegExp | undefined {
  const key = sticky ? stickyTwin(expression) : expression;
  let twin = lowerTwins.get(key);
  if (twin === undefined) {
    twin = lowerCaseSafe(key.source, key.flags) ? new RegExp(key.source, key.flags.replace('i', '')) : null;
    lowerTwins.set(key, twin);
  }
  return twin ?? undefined;
}

/**
 * The sticky twin of a recorded expression, or of a branch of one (match/branches.ts), made
 * straight from its source (one parse, where `lowerCaseTwin(expression, true)` took three): for
 * the lower-cased text when the source allows (`lowerCaseTwin`; `lower` is then true), else as
 * written. Not recorded: it is tried only where the whole expression would be, doing there the
 * whole's work or the part of it its branch does, so it is as linear as the recorded whole.
 */
export function stickyPart(source: string, flags: string): { expression: RegExp; lower: boolean } {
  const sticky = flags.replace('g', '') + 'y';
  const lower = lowerCaseSafe(source, sticky);
  return { expression: new RegExp(source, lower ? sticky.replace('i', '') : sticky), lower };
}
