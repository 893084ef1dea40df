/**
 * JSON Lines input: one vacancy per line. Lines are read a chunk at a time as they are asked for,
 * so memory stays bounded however large the dump is; a bad line becomes an error record, never a
 * crash.
 */
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import type { Language } from '@vacancy-lint/core';
import type { InputFormat } from '@vacancy-lint/core';

export interface JsonlFields {
  id: string;
  text: string;
  lang: string;
  format: string;
}

export const DEFAULT_FIELDS: JsonlFields = { id: 'id', text: 'text', lang: 'lang', format: 'format' };

export interface JsonlRecord {
  kind: 'record';
  line: number;
  id: unknown;
  text: string;
  lang?: Language | 'auto';
  format?: InputFormat;
}

export interface JsonlProblem {
  kind: 'error';
  line: number;
  id?: unknown;
  error: string;
}

/** Reads `a.b.c` from nested objects, so exports with `{"posting": {"body": …}}` work too. */
function pick(record: Record<string, unknown>, path: string): unknown {
  if (path in record) return record[path];
  let value: unknown = record;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

const LANGS = new Set(['nl', 'en', 'auto']);
const FORMATS = new Set(['text', 'markdown', 'html']);

export function parseJsonlLine(raw: string, line: number, fields: JsonlFields, maxChars: number): JsonlRecord | JsonlProblem | undefined {
  if (raw.trim() === '') return undefined;
  if (raw.length > maxChars) return { kind: 'error', line, error: `line is longer than ${maxChars} characters; skipped` };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { kind: 'error', line, error: `not valid JSON: ${(error as Error).message}` };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { kind: 'error', line, error: 'expected a JSON object' };
  const record = data as Record<string, unknown>;
  const id = pick(record, fields.id);
  const text = pick(record, fields.text);
  const base = id === undefined ? {} : { id };
  if (typeof text !== 'string') return { kind: 'error', line, ...base, error: `field '${fields.text}' must be a string` };
  const lang = pick(record, fields.lang);
  if (lang !== undefined && lang !== null && !(typeof lang === 'string' && LANGS.has(lang))) {
    return { kind: 'error', line, ...base, error: `field '${fields.lang}' must be one of: nl, en, auto` };
  }
  const format = pick(record, fields.format);
  if (format !== undefined && format !== null && !(typeof format === 'string' && FORMATS.has(format))) {
    return { kind: 'error', line, ...base, error: `field '${fields.format}' must be one of: text, markdown, html` };
  }
  return {
    kind: 'record',
    line,
    id: id ?? line,
    text,
    ...(typeof lang === 'string' ? { lang: lang as Language | 'auto' } : {}),
    ...(typeof format === 'string' ? { format: format as InputFormat } : {}),
  };
}

/**
 * The lines of a stream, split as readline splits them (at `\n`, `\r\n` or a lone `\r`, also when
 * a `\r\n` falls across two chunks; a last line without an end counts; the bytes of a character cut
 * off at the very end do not), read only as the consumer asks for them, and each decoded on its own.
 * readline decoded every 64 KB chunk into one string (128 KB for a chunk with a character beyond
 * Latin-1, large enough for V8's large-object space) and its async iterator read ahead until 1,024
 * lines waited. Those strings lived while their lines were linted, so a collection nearly always
 * found them alive and moved them to the old generation, where they stayed until a full collection:
 * some 15 MB more peak memory for the English corpus. Line ends are found in the bytes: in UTF-8 no
 * byte of a longer character is a `\r` or `\n`.
 */
export async function* readLines(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  // The start of a line that began in an earlier chunk.
  let pending = '';
  let sawReturn = false;
  for await (const data of input) {
    const chunk = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    // A stream gives readline no empty chunk either.
    if (chunk.length === 0) continue;
    let start = 0;
    // A `\r` ended the last chunk: a `\n` starting this one belongs to it.
    if (sawReturn && chunk[0] === 10) start = 1;
    let cr = chunk.indexOf(13, start);
    let lf = chunk.indexOf(10, start);
    while (cr !== -1 || lf !== -1) {
      const end = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
      // end(): a character cut off by the line end is one U+FFFD, as decoding the whole chunk gave.
      const line = pending + decoder.write(chunk.subarray(start, end)) + decoder.end();
      pending = '';
      start = end + 1;
      if (end === cr && chunk[start] === 10) start++;
      if (cr !== -1 && cr < start) cr = chunk.indexOf(13, start);
      if (lf !== -1 && lf < start) lf = chunk.indexOf(10, start);
      yield line;
    }
    if (start < chunk.length) pending += decoder.write(chunk.subarray(start));
    sawReturn = chunk[chunk.length - 1] === 13;
  }
  if (pending.length > 0) yield pending;
}

/** Yields parsed records in input order; the input is read no further ahead than the consumer. */
export async function* readJsonl(input: Readable, fields: JsonlFields, maxChars: number): AsyncGenerator<JsonlRecord | JsonlProblem> {
  let line = 0;
  for await (const raw of readLines(input)) {
    line++;
    // A byte-order mark (editors on Windows add one) is not part of the first record.
    const parsed = parseJsonlLine(line === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw, line, fields, maxChars);
    if (parsed) yield parsed;
  }
}
