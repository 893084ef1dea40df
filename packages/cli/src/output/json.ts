/** ESLint's JSON result shape: an array with one entry per file. */
import type { FileResult } from './types.js';

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(results, null, 2) + '\n';
}
