/**
 * Request parameters the way LanguageTool's server reads them: the body of a POST is always read
 * as `application/x-www-form-urlencoded`, whatever its Content-Type says (clients send it without
 * one), and parameters in the query string are added on top and win. `+` is a space.
 *
 * LibreOffice 7.4 sends each paragraph without encoding it ("text=R&D: 100% korting"), so two
 * things are read as that client means them rather than refused: a `%` not followed by two hex
 * digits is a literal `%`, and a piece between `&`s that is not a `name=value` pair belongs to the
 * value before it, `&` included. When the form shows it was sent unencoded (a raw space, line
 * break, quote or non-ASCII letter, which an encoder always escapes), a pair whose name is not one
 * of LanguageTool's parameters belongs to the value before it too: "Q&A=vragen" in a paragraph is
 * text, not a parameter "A". Encoded forms never contain any of these, so their reading does not
 * change. Escapes that decode to bytes that are not UTF-8 are still a 400.
 */
import { BadRequest } from '../errors.js';

export type Params = Record<string, string>;

const STRAY_PERCENT = /%(?![0-9A-Fa-f]{2})/gu;
const PARAMETER_NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/u;
// Characters a form encoder never leaves raw: their presence means the sender did not encode.
const RAW_TEXT = /[\s"<>\u0080-\uffff]/u;

/**
 * The parameters LanguageTool's /v2/check reads (its server's ApiV2 and V2TextChecker), and the
 * v1 names this server answers with a message, so an unencoded paragraph cannot hide any of them.
 */
const KNOWN_PARAMETERS: ReadonlySet<string> = new Set([
  'text', 'data', 'language', 'altLanguages', 'motherTongue', 'preferredVariants', 'enabledRules', 'disabledRules',
  'enabledCategories', 'disabledCategories', 'enabledOnly', 'level', 'mode', 'allowIncompleteResults', 'username',
  'apiKey', 'tokenV2', 'useragent', 'textSessionId', 'noopLanguages', 'abtest', 'ruleValues', 'enableHiddenRules',
  'enableTempOffRules', 'callback', 'instanceId', 'enabled', 'disabled', 'preferredvariants', 'autodetect',
]);

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replaceAll('+', ' ').replace(STRAY_PERCENT, '%25'));
  } catch {
    throw new BadRequest('the request parameters are not valid form encoding (escapes that decode to bytes that are not UTF-8)');
  }
}

export function parseForm(encoded: string | undefined, into: Params = Object.create(null) as Params): Params {
  if (!encoded) return into;
  const unencoded = RAW_TEXT.test(encoded);
  let last: string | undefined;
  for (const piece of encoded.split('&')) {
    const eq = piece.indexOf('=');
    const name = eq === -1 ? undefined : decode(piece.slice(0, eq));
    if (name === undefined || !PARAMETER_NAME.test(name) || (unencoded && last !== undefined && !KNOWN_PARAMETERS.has(name))) {
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
