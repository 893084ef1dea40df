/**
 * JSON Lines input: one vacancy per line. Lines are read one at a time (readline), so memory
 * stays bounded however large the dump is; a bad line becomes an error record, never a crash.
 */
import { createInterface } from 'node:readline';
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

/** Yields parsed records in input order; readline pauses the input while the consumer is busy. */
export async function* readJsonl(input: Readable, fields: JsonlFields, maxChars: number): AsyncGenerator<JsonlRecord | JsonlProblem> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of rl) {
    line++;
    // A byte-order mark (editors on Windows add one) is not part of the first record.
    const parsed = parseJsonlLine(line === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw, line, fields, maxChars);
    if (parsed) yield parsed;
  }
}
