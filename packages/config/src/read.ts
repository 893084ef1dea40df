/**
 * Reads a configuration file without ever blocking on something that is not a file: a FIFO or a
 * device named `.vacancylintrc.json` would make a plain read wait forever.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { ConfigError } from './errors.js';

/** O_NONBLOCK makes opening a FIFO return at once; Windows has no such flag (and no FIFOs by that name). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/** Follows symlinks (a linked shared config is fine) but only to a regular file. */
export function assertRegularFile(file: string): void {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (error) {
    throw new ConfigError(file, '', `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (!stats.isFile()) throw new ConfigError(file, '', `is ${kindOf(stats)}, not a regular file; not read`);
}

/** The file's text (a UTF-8 byte order mark removed). Checks the opened file itself, so a swap after a stat cannot slip through. */
export function readRegularFile(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    throw new ConfigError(file, '', `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new ConfigError(file, '', `is ${kindOf(stats)}, not a regular file; not read`);
    return readFileSync(fd, 'utf8').replace(/^\uFEFF/u, '');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(file, '', `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  } finally {
    closeSync(fd);
  }
}
