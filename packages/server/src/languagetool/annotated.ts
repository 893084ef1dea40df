/**
 * LanguageTool's annotated text (the `data` parameter): `{"text": "..."}` or
 * `{"annotation": [{"text": "..."}, {"markup": "<b>"}, {"markup": "<br/>", "interpretAs": "\n"}]}`.
 * Only the text parts (and `interpretAs`) are checked; offsets in the answer are in the original,
 * markup included, as LanguageTool's server gives them. All offsets are UTF-16 code units.
 */
import { BadRequest } from '../errors.js';

interface Piece {
  /** Range in the checked (plain) text. */
  plainStart: number;
  plainEnd: number;
  /** Range in the original (text and markup). */
  origStart: number;
  origEnd: number;
  /** Markup read as `interpretAs`: a match inside it covers the whole markup. */
  markup: boolean;
}

export interface AnnotatedText {
  /** What is checked. */
  plain: string;
  /** Text and markup as sent; contexts are cut from it. */
  original: string;
  /** Offset in `original` for an offset in `plain` (`end`: an exclusive end). */
  toOriginal(offset: number, end: boolean): number;
}

export function plainText(text: string): AnnotatedText {
  return { plain: text, original: text, toOriginal: (offset) => offset };
}

function describe(node: unknown): string {
  const json = JSON.stringify(node) ?? String(node);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

export function parseData(data: string): AnnotatedText {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    throw new BadRequest("could not parse JSON from 'data' parameter");
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new BadRequest("'data' must be a JSON object with a 'text' or an 'annotation' key");
  }
  const object = parsed as { text?: unknown; annotation?: unknown };
  if (object.text !== undefined && object.annotation !== undefined) {
    throw new BadRequest("'data' key in JSON requires either 'text' or 'annotation' key, not both");
  }
  if (object.text !== undefined) {
    if (typeof object.text !== 'string') throw new BadRequest("'text' in 'data' must be a string");
    return plainText(object.text);
  }
  if (object.annotation === undefined) throw new BadRequest("'data' key in JSON requires 'text' or 'annotation' key");
  if (!Array.isArray(object.annotation)) throw new BadRequest("'annotation' in 'data' must be a list");
  return fromAnnotation(object.annotation);
}

function fromAnnotation(nodes: unknown[]): AnnotatedText {
  const pieces: Piece[] = [];
  let plain = '';
  let original = '';
  for (const node of nodes) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      throw new BadRequest(`only 'text' and 'markup' objects are supported in 'annotation' list: ${describe(node)}`);
    }
    const { text, markup, interpretAs } = node as { text?: unknown; markup?: unknown; interpretAs?: unknown };
    if (text !== undefined && markup !== undefined) {
      throw new BadRequest(`only either 'text' or 'markup' are supported in an object in 'annotation' list, not both: ${describe(node)}`);
    }
    if (text !== undefined && interpretAs !== undefined) {
      throw new BadRequest(`'text' cannot be used with 'interpretAs' (only 'markup' can): ${describe(node)}`);
    }
    if (text !== undefined) {
      if (typeof text !== 'string') throw new BadRequest(`'text' must be a string: ${describe(node)}`);
      pieces.push({ plainStart: plain.length, plainEnd: plain.length + text.length, origStart: original.length, origEnd: original.length + text.length, markup: false });
      plain += text;
      original += text;
    } else if (markup !== undefined) {
      if (typeof markup !== 'string') throw new BadRequest(`'markup' must be a string: ${describe(node)}`);
      if (interpretAs !== undefined && typeof interpretAs !== 'string') throw new BadRequest(`'interpretAs' must be a string: ${describe(node)}`);
      const as = interpretAs ?? '';
      pieces.push({ plainStart: plain.length, plainEnd: plain.length + as.length, origStart: original.length, origEnd: original.length + markup.length, markup: true });
      plain += as;
      original += markup;
    } else {
      throw new BadRequest(`only 'text' and 'markup' are supported in 'annotation' list: ${describe(node)}`);
    }
  }
  // Markup without interpretAs adds no checked character: only the others are looked up.
  const holding = pieces.filter((p) => p.plainEnd > p.plainStart);
  return { plain, original, toOriginal: (offset, end) => mapOffset(holding, offset, end, original.length) };
}

/**
 * A start maps to the character it points at, an exclusive end to the character before it, so a
 * finding never takes in the markup around it. A character produced by `interpretAs` stands for
 * its whole markup.
 */
function mapOffset(pieces: Piece[], offset: number, end: boolean, originalLength: number): number {
  const char = end ? offset - 1 : offset;
  if (char < 0) return 0;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid]!;
    if (char < p.plainStart) hi = mid - 1;
    else if (char >= p.plainEnd) lo = mid + 1;
    else if (p.markup) return end ? p.origEnd : p.origStart;
    else return p.origStart + (offset - p.plainStart);
  }
  return originalLength;
}
