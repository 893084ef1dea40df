/**
 * Request parameters the way LanguageTool's server reads them: the body of a POST is always read
 * as `application/x-www-form-urlencoded`, whatever its Content-Type says (clients send it without
 * one), and parameters in the query string are added on top and win. A pair without `=` is
 * skipped; `+` is a space; a broken percent-escape is a 400, not a guess.
 */
import { BadRequest } from '../errors.js';

export type Params = Record<string, string>;

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replaceAll('+', ' '));
  } catch {
    throw new BadRequest('the request parameters are not valid form encoding (a % not followed by two hex digits, or bytes that are not UTF-8)');
  }
}

export function parseForm(encoded: string | undefined, into: Params = Object.create(null) as Params): Params {
  if (!encoded) return into;
  for (const pair of encoded.split('&')) {
    const eq = pair.indexOf('=');
    if (eq === -1) continue;
    into[decode(pair.slice(0, eq))] = decode(pair.slice(eq + 1));
  }
  return into;
}

/** Body first, then the query string (LanguageTool lets the query win). */
export function readParams(body: string | undefined, rawQuery: string | undefined): Params {
  return parseForm(rawQuery, parseForm(body));
}

/** A comma-separated list parameter; empty items dropped. */
export function list(params: Params, name: string): string[] {
  const value = params[name];
  return value ? value.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

/** `true`/`yes` as LanguageTool takes them. */
export function flag(params: Params, name: string): boolean {
  return params[name] === 'true' || params[name] === 'yes';
}
