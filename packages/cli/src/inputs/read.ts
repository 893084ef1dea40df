/**
 * Reads files as text and remembers how they were encoded, so `--fix` can write back the exact
 * same bytes everywhere except inside a fixed finding.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { DEFAULT_MAX_BYTES, identityOf, type FileIdentity } from '@vacancy-lint/config';
import type { InputFormat } from '@vacancy-lint/core';

export { DEFAULT_MAX_BYTES, identityOf, type FileIdentity };

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

export type FileKind = Pick<Stats, 'isFile' | 'isDirectory' | 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket'>;

/** What a non-regular file is, in words; undefined for a regular file. (Stats and Dirent both fit.) */
export function specialKind(stat: FileKind): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The facts about a file that --fix checks before and after it writes. */


// Opening a FIFO for reading blocks until a writer appears; O_NONBLOCK makes the open return at
// once, so a FIFO swapped in after the stat below is caught by the fstat instead of hanging the run.
// (Windows has no FIFOs and no O_NONBLOCK.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function cannotRead(file: string, error: unknown): InputError {
  return new InputError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
}

/**
 * Reads a regular file. FIFOs, devices and sockets are refused from a stat, before any open: a
 * FIFO would block forever and opening some devices has side effects.
 */
export function readFileBytes(file: string, maxBytes = DEFAULT_MAX_BYTES): { bytes: Buffer; stat: Stats } {
  let before: Stats;
  try {
    before = statSync(file);
  } catch (error) {
    throw cannotRead(file, error);
  }
  const special = specialKind(before);
  if (special) throw new InputError(file, `is ${special}, not a regular file; skipped`);
  const tooBig = (size: number) => new InputError(file, `is ${(size / 1024 / 1024).toFixed(1)} MB, more than the limit of ${(maxBytes / 1024 / 1024).toFixed(1)} MB; skipped`);
  if (before.size > maxBytes) throw tooBig(before.size);
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    throw cannotRead(file, error);
  }
  try {
    const stat = fstatSync(fd);
    const swapped = specialKind(stat);
    if (swapped) throw new InputError(file, `is ${swapped}, not a regular file; skipped`);
    if (stat.size > maxBytes) throw tooBig(stat.size);
    return { bytes: readFileSync(fd), stat };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw cannotRead(file, error);
  } finally {
    closeSync(fd);
  }
}

export function readFileDecoded(file: string, maxBytes = DEFAULT_MAX_BYTES): DecodedText & { bytes: Buffer; stat: Stats } {
  const { bytes, stat } = readFileBytes(file, maxBytes);
  return { ...decodeFile(bytes, file, maxBytes), bytes, stat };
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
