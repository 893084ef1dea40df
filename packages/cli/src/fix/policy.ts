/**
 * Which files `--fix` leaves alone, and why. A fix replaces the file (write a temporary file, then
 * rename it over the original), so it must not be used where that replacement would do something
 * the user did not ask for: write a file they protected, take over a file of someone else, or
 * split a hard link so the other names keep the old text. Each refusal is a one-line reason; the
 * file is still linted and its findings reported.
 */
import { accessSync, constants, realpathSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';

export interface FixPolicy {
  /** `--fix-hard-links`: rewrite hard-linked files in place, so every link sees the fix. */
  fixHardLinks?: boolean;
}

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** The reason `--fix` must not write `file` (whose stat is `stat`), or undefined when it may. */
export function fixRefusal(file: string, stat: Stats, policy: FixPolicy = {}): string | undefined {
  // process.getuid is absent on Windows, where ownership works differently: no check there.
  const uid = process.getuid?.();
  if (uid !== undefined && stat.uid !== uid) return `it belongs to another user (uid ${stat.uid}), so it is not replaced`;
  // The owner's write bit off means someone made it read-only on purpose (root could still write it).
  if ((stat.mode & 0o200) === 0) return 'it is read-only';
  try {
    accessSync(file, constants.W_OK);
  } catch (error) {
    return `you cannot write it (${code(error)})`;
  }
  try {
    // The temporary file and the rename need a writable folder (the real one, behind a link).
    accessSync(dirname(realpathSync(file)), constants.W_OK | constants.X_OK);
  } catch (error) {
    return `its folder is not writable (${code(error)}), so it cannot be replaced safely`;
  }
  if (stat.nlink > 1 && !policy.fixHardLinks) {
    return `it has ${stat.nlink} hard links and a fix would split them (use --fix-hard-links to fix it for every link)`;
  }
  return undefined;
}
