/**
 * Messages between the page and the lint worker. The page sends the whole text with an id that
 * only grows; the worker answers with the same id, so the page can drop an answer to a text that
 * has changed since (see lint-client.ts).
 */
import type { LintOptions, LintResult, RuleInfo } from '@vacancy-lint/core';

export interface LintRequest {
  type: 'lint';
  id: number;
  text: string;
  options: LintOptions;
}

/** Facts about the rules behind the findings, from the engine's own registry. */
export interface RuleFacts {
  /** `document`: a check of the whole ad (pay, long lists, readability, gender-coded balance). */
  kind: RuleInfo['kind'];
  docsUrl: string;
}

export type LintResponse =
  | { type: 'result'; id: number; result: LintResult; rules: Record<string, RuleFacts>; ms: number }
  | { type: 'error'; id: number; message: string };

/** Sent once when the worker has loaded, so the page knows the engine is there. */
export interface ReadyMessage {
  type: 'ready';
}

export type WorkerMessage = LintResponse | ReadyMessage;

export function isWorkerMessage(data: unknown): data is WorkerMessage {
  if (typeof data !== 'object' || data === null) return false;
  const type = (data as { type?: unknown }).type;
  if (type === 'ready') return true;
  return (type === 'result' || type === 'error') && typeof (data as { id?: unknown }).id === 'number';
}

export function isLintRequest(data: unknown): data is LintRequest {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Partial<LintRequest>;
  return d.type === 'lint' && typeof d.id === 'number' && typeof d.text === 'string' && typeof d.options === 'object' && d.options !== null;
}
