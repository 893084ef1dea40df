/**
 * Request parameters the way LanguageTool's server reads them: the body of a POST is always read
 * as `application/x-www-form-urlencoded`, whatever its Content-Type says (clients send it without
 * one), and parameters in the query string are added on top and win. `+` is a space.
 *
 * LibreOffice 7.4 sends each paragraph without encoding it ("text=R&D: 100% korting"), so two
 * things are read as that client means them rather than refused: a `%` not followed by two hex
 * digits is a literal `%`, and a piece between `&`s that is not a `name=value` pair (no `=`, or
 * a name no parameter has) belongs to the value before it, `&` included. Encoded forms never
 * contain either, so their reading does not change. Escapes that decode to bytes that are not
 * UTF-8 are still a 400.
 */
import { BadRequest } from '../errors.js';

export type Params = Record<string, string>;

const STRAY_PERCENT = /%(?![0-9A-Fa-f]{2})/gu;
const PARAMETER_NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/u;

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replaceAll('+', ' ').replace(STRAY_PERCENT, '%25'));
  } catch {
    throw new BadRequest('the request parameters are not valid form encoding (escapes that decode to bytes that are not UTF-8)');
  }
}

export function parseForm(encoded: string | undefined, into: Params = Object.create(null) as Params): Params {
  if (!encoded) return into;
  let last: string | undefined;
  for (const piece of encoded.split('&')) {
    const eq = piece.indexOf('=');
    const name = eq === -1 ? undefined : decode(piece.slice(0, eq));
    if (name === undefined || !PARAMETER_NAME.test(name)) {
      // Part of the previous value, sent unencoded; before any pair there is nothing to join.
      if (last !== undefined) into[last] += '&' + decode(piece);
      continue;
    }
    into[name] = decode(piece.slice(eq + 1));
    last = name;
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
