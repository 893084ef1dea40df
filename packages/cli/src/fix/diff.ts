/** `--fix-dry-run`: what `--fix` would change, as a unified diff (patch-compatible). */
import { createTwoFilesPatch } from 'diff';

export function unifiedDiff(name: string, before: string, after: string): string | undefined {
  if (before === after) return undefined;
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 });
}
