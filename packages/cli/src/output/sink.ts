/**
 * Writing a report to a stream piece by piece: small pieces are gathered into blocks, a full pipe
 * is waited for (so memory stays bounded), and a reader that went away (`vacancy-lint … | head`,
 * EPIPE) ends the writing quietly instead of with a stack trace.
 */
import type { Writable } from 'node:stream';

const BLOCK = 64 * 1024;

/**
 * Standard output and error that failed. Node "undestroys" its stdio streams after an error (they
 * must stay usable), so neither `destroyed` nor `errored` stays set on them: remember it here.
 */
const broken = new WeakSet<Writable>();

/** True once the stream can take no more: its reader closed it, or it failed. */
export function isClosed(out: Writable): boolean {
  return broken.has(out) || out.destroyed || out.writableEnded || (out as Writable & { errored?: unknown }).errored != null;
}

/** Resolves when `out` wants more data, or when it can take none any more. */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      out.off('error', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
    out.on('error', done);
  });
}

/** Writes one piece and waits while the pipe is full. */
export async function writePiece(out: Writable, piece: string): Promise<void> {
  if (isClosed(out)) return;
  if (!out.write(piece)) await drained(out);
}

/** Writes every chunk, in blocks of about 64 KB; stops early when the reader has gone. */
export async function writeChunks(out: Writable, chunks: Iterable<string>): Promise<void> {
  let block = '';
  for (const chunk of chunks) {
    if (isClosed(out)) return;
    block += chunk;
    if (block.length >= BLOCK) {
      await writePiece(out, block);
      block = '';
    }
  }
  if (block) await writePiece(out, block);
}

/**
 * EPIPE on standard output or error means the reader stopped reading: not worth a message, and
 * never an uncaught exception. Other write errors get one line on standard error.
 */
let installed = false;

export function quietOnBrokenPipe(): void {
  if (installed) return;
  installed = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    const first = !broken.has(process.stdout);
    broken.add(process.stdout);
    if (first && error.code !== 'EPIPE' && !isClosed(process.stderr)) process.stderr.write(`vacancy-lint: cannot write to standard output (${error.code ?? error.message})\n`);
  });
  process.stderr.on('error', () => {
    // Nowhere left to say anything.
    broken.add(process.stderr);
  });
}
