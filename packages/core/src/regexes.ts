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

/** Every regular expression recorded so far (rule patterns appear once their language's table is built). */
export function recordedRegexes(): ReadonlyMap<string, RegExp> {
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
