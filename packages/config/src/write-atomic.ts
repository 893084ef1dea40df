/**
 * Writing a file safely, shared by `--fix` and the language server's config edits. Normally atomic: the new content goes to a temporary file in the same
 * folder (same file system, so rename is atomic), is flushed to disk, gets the original's mode and
 * owner, and then replaces the original in one rename. A reader sees the old file or the new
 * file, never half of one. Just before the rename the original is checked once more (identity,
 * size, modification time and content): if anything changed since it was read, nothing is written.
 *
 * Hard-linked files (only with --fix-hard-links) are rewritten in place instead, so every name of
 * the file sees the fix; that write is not atomic.
 */
import {
  chmodSync, chownSync, closeSync, constants, fstatSync, fsyncSync, ftruncateSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** What identifies a file as it was read: any difference just before a write means it changed. */
export interface FileIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  mode: number;
  uid: number;
  gid: number;
  nlink: number;
}

export function identityOf(stat: Stats): FileIdentity {
  return { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs, mode: stat.mode, uid: stat.uid, gid: stat.gid, nlink: stat.nlink };
}

/** The file changed on disk between reading and writing: writing now would lose that change. */
export class ConcurrentChangeError extends Error {
  constructor(readonly file: string) {
    super(`${file}: changed on disk while it was being fixed; not written, the fix would be unsafe`);
    this.name = 'ConcurrentChangeError';
  }
}

/** The fix could be written only by changing something the user did not ask to change. */
export class FixRefusedError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: not fixed: ${reason}`);
    this.name = 'FixRefusedError';
  }
}

export interface WriteOptions {
  /** The file as it was read: any difference just before the write stops it. */
  identity?: FileIdentity;
  /** Rewrite the file itself (keeps hard links) instead of replacing it. */
  inPlace?: boolean;
}

const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function unchanged(stat: Stats, identity: FileIdentity | undefined): boolean {
  if (!identity) return true;
  return stat.isFile() && stat.dev === identity.dev && stat.ino === identity.ino && stat.size === identity.size && stat.mtimeMs === identity.mtimeMs;
}

/** The current bytes of `target`, or undefined when it is no longer a regular file. */
function currentBytes(target: string): Buffer | undefined {
  const fd = openSync(target, READ_FLAGS);
  try {
    if (!fstatSync(fd).isFile()) return undefined;
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

function assertUnchanged(file: string, target: string, expected: Uint8Array | undefined, identity: FileIdentity | undefined): void {
  if (!unchanged(statSync(target), identity)) throw new ConcurrentChangeError(file);
  if (expected) {
    const now = currentBytes(target);
    if (!now || !now.equals(expected)) throw new ConcurrentChangeError(file);
  }
}

function writeAll(fd: number, data: Uint8Array): void {
  let written = 0;
  while (written < data.length) written += writeSync(fd, data, written, data.length - written, written);
}

function writeInPlace(file: string, target: string, data: Uint8Array, expected: Uint8Array | undefined, identity: FileIdentity | undefined): void {
  const fd = openSync(target, constants.O_RDWR | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!unchanged(stat, identity)) throw new ConcurrentChangeError(file);
    if (expected && !readFileSync(fd).equals(expected)) throw new ConcurrentChangeError(file);
    writeAll(fd, data);
    ftruncateSync(fd, data.length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes the folder entry of a rename to disk where the platform allows it. */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not supported everywhere (Windows); the rename itself is already atomic.
  }
}

/**
 * Replaces `file` with `data`. With `expected`, the file must still hold exactly those bytes just
 * before the rename, so an edit made meanwhile (an editor saving) is not overwritten.
 */
export function writeFileAtomic(file: string, data: Uint8Array, expected?: Uint8Array, options: WriteOptions = {}): void {
  // Write through symlinks to the real file instead of replacing the link with a plain file.
  const target = realpathSync(file);
  if (options.inPlace) return writeInPlace(file, target, data, expected, options.identity);
  const stat = statSync(target);
  if (!unchanged(stat, options.identity)) throw new ConcurrentChangeError(file);
  const folder = dirname(target);
  const tmp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.vacancy-lint.tmp`);
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    try {
      writeAll(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      chownSync(tmp, stat.uid, stat.gid);
    } catch {
      // Only root may give a file away, and only a member may set a group; checked below.
    }
    // After chown, which clears set-id bits; openSync's mode was reduced by the umask.
    chmodSync(tmp, stat.mode & 0o7777);
    const made = statSync(tmp);
    if (made.uid !== stat.uid || made.gid !== stat.gid) {
      throw new FixRefusedError(file, `its owner or group (${stat.uid}:${stat.gid}) could not be kept`);
    }
    assertUnchanged(file, target, expected, options.identity);
    renameSync(tmp, target);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already renamed or never created.
    }
    throw error;
  }
  syncFolder(folder);
}
