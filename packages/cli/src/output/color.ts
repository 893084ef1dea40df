/**
 * Colour only when a person reads it: the output goes to a terminal, and NO_COLOR
 * (https://no-color.org) is not set. FORCE_COLOR turns it on for CI logs that render ANSI.
 * (picocolors' own check also says yes whenever `CI` is set, even into a file.)
 */
export function shouldColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0' && env['FORCE_COLOR'] !== 'false') return true;
  if (env['TERM'] === 'dumb') return false;
  return stream.isTTY === true;
}
