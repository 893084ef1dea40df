/** Reads a file as text, refusing binary and oversized files with a clear reason. */
import { readFileSync, statSync } from 'node:fs';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export class InputError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'InputError';
  }
}

/** Decodes UTF-8 (a BOM is kept so offsets match the file); rejects binary and huge files. */
export function decodeText(bytes: Uint8Array, name: string, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new InputError(name, `is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, more than the limit of ${(maxBytes / 1024 / 1024).toFixed(1)} MB; skipped`);
  }
  const head = bytes.subarray(0, 8000);
  if (head.includes(0)) throw new InputError(name, 'looks like a binary file (it contains NUL bytes); skipped');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(name, 'is not valid UTF-8 text; skipped (save it as UTF-8)');
  }
}

export function readTextFile(file: string, maxBytes = DEFAULT_MAX_BYTES): string {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > maxBytes) return decodeText(new Uint8Array(size), file, maxBytes);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return decodeText(bytes, file, maxBytes);
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Markdown for .md/.markdown/.mdx names, plain text otherwise. */
export function formatFor(name: string): 'markdown' | 'text' {
  return /\.(?:md|markdown|mdx|mkd)$/iu.test(name) ? 'markdown' : 'text';
}
