/**
 * Colour only when a person reads it: the output goes to a terminal, and NO_COLOR
 * (https://no-color.org) is not set. FORCE_COLOR turns it on for CI logs that render ANSI, and
 * FORCE_COLOR=0 (or false) turns it off even on a terminal, as in Node and chalk.
 * (picocolors' own check also says yes whenever `CI` is set, even into a file.)
 */
export function shouldColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force === '0' || force === 'false') return false;
  if (force !== undefined) return true;
  if (env['TERM'] === 'dumb') return false;
  return stream.isTTY === true;
}
