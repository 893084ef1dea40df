/** ESLint's JSON result shape: an array with one entry per file. */
import type { FileResult } from './types.js';
import { PLACEHOLDER, streamJson } from './stream-json.js';

/** The report in pieces (same text as `formatJson`), for reports too large for one string. */
export function* jsonChunks(results: readonly FileResult[]): Generator<string> {
  if (results.length === 0) {
    yield '[]\n';
    return;
  }
  for (let i = 0; i < results.length; i++) {
    const result = results[i]!;
    yield i === 0 ? '[\n' : ',\n';
    yield* streamJson({ ...result, messages: PLACEHOLDER }, result.messages, true, 1);
  }
  yield '\n]\n';
}

export function formatJson(results: readonly FileResult[]): string {
  return [...jsonChunks(results)].join('');
}
