/**
 * Reads files as text and remembers how they were encoded, so `--fix` can write back the exact
 * same bytes everywhere except inside a fixed finding.
 */
import { readFileSync, statSync } from 'node:fs';
import { DEFAULT_MAX_BYTES } from '@vacancy-lint/config';
import type { InputFormat } from '../lint/lint-one.js';

export { DEFAULT_MAX_BYTES };

export type Encoding = 'utf8' | 'utf16le' | 'utf16be';

export class InputError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'InputError';
  }
}

export interface DecodedText {
  /** The text; a byte-order mark stays in it as U+FEFF so offsets match the file. */
  text: string;
  encoding: Encoding;
}

/** UTF-16 is only recognised by its byte-order mark: without one it cannot be told from binary. */
function sniffEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  return 'utf8';
}

export function decodeFile(bytes: Uint8Array, name: string, maxBytes = DEFAULT_MAX_BYTES): DecodedText {
  if (bytes.length > maxBytes) {
    throw new InputError(name, `is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, more than the limit of ${(maxBytes / 1024 / 1024).toFixed(1)} MB; skipped`);
  }
  const encoding = sniffEncoding(bytes);
  if (encoding === 'utf8' && bytes.subarray(0, 8000).includes(0)) {
    throw new InputError(name, 'looks like a binary file (it contains NUL bytes); skipped');
  }
  try {
    const label = encoding === 'utf8' ? 'utf-8' : encoding === 'utf16le' ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    throw new InputError(name, `is not valid ${encoding === 'utf8' ? 'UTF-8' : 'UTF-16'} text; skipped (save it as UTF-8)`);
  }
}

/** The inverse of decodeFile: for text it decoded, this gives back the very same bytes. */
export function encodeText(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  const le = Buffer.from(text, 'utf16le');
  return encoding === 'utf16le' ? le : le.swap16();
}

/** Kept for callers of the first CLI: decodes UTF-8/UTF-16 and returns only the text. */
export function decodeText(bytes: Uint8Array, name: string, maxBytes = DEFAULT_MAX_BYTES): string {
  return decodeFile(bytes, name, maxBytes).text;
}

export function readFileDecoded(file: string, maxBytes = DEFAULT_MAX_BYTES): DecodedText & { bytes: Buffer } {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > maxBytes) throw new InputError(file, `is ${(size / 1024 / 1024).toFixed(1)} MB, more than the limit of ${(maxBytes / 1024 / 1024).toFixed(1)} MB; skipped`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return { ...decodeFile(bytes, file, maxBytes), bytes };
}

export function readTextFile(file: string, maxBytes = DEFAULT_MAX_BYTES): string {
  return readFileDecoded(file, maxBytes).text;
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Markdown for .md/.markdown/.mdx names, HTML for .html/.htm, plain text otherwise. */
export function formatFor(name: string): InputFormat {
  if (/\.(?:md|markdown|mdx|mkd)$/iu.test(name)) return 'markdown';
  if (/\.(?:html?|xhtml)$/iu.test(name)) return 'html';
  return 'text';
}
