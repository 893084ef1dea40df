/**
 * Atomic write, shared by `--fix` and the editor's config edits: the new content goes to a temporary
 * file in the same folder (same file system, so rename is atomic), is flushed to disk, gets the
 * original's mode and owner, and then replaces the original in one rename. A reader sees the old
 * file or the new file, never half of one.
 */
import { chmodSync, chownSync, closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export class ConcurrentChangeError extends Error {
  constructor(readonly file: string) {
    super(`${file}: changed on disk while it was being fixed; left as it is`);
    this.name = 'ConcurrentChangeError';
  }
}

/**
 * Replaces `file` with `data`. With `expected`, the file must still hold exactly those bytes just
 * before the rename, so an edit made meanwhile (an editor saving) is not overwritten.
 */
export function writeFileAtomic(file: string, data: Uint8Array, expected?: Uint8Array): void {
  // Write through symlinks to the real file instead of replacing the link with a plain file.
  const target = realpathSync(file);
  const stat = statSync(target);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.vacancy-lint.tmp`);
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    try {
      let written = 0;
      while (written < data.length) written += writeSync(fd, data, written, data.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // openSync's mode is reduced by the umask; set the original's mode exactly.
    chmodSync(tmp, stat.mode & 0o7777);
    try {
      chownSync(tmp, stat.uid, stat.gid);
    } catch {
      // Only root may give a file away; for everyone else the owner is already theirs.
    }
    if (expected && !readFileSync(target).equals(expected)) throw new ConcurrentChangeError(file);
    renameSync(tmp, target);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already renamed or never created.
    }
    throw error;
  }
}
