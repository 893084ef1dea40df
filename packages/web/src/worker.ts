/**
 * The lint engine, off the page's main thread so typing never waits for it. Built with the
 * `worker` export condition (vite.config.ts): some dependencies' browser builds use `document`,
 * which a worker does not have.
 */
import { lint, listRules, ruleDocsUrl, type RuleInfo } from '@vacancy-lint/core';
import { isLintRequest, type RuleFacts, type WorkerMessage } from './protocol.js';

/** The worker's global scope, typed by what is used (the page's tsconfig has the DOM library). */
const scope = globalThis as unknown as {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
};

const post = (message: WorkerMessage) => scope.postMessage(message);

let rulesById: Map<string, RuleInfo> | undefined;
/** What the registry says about a rule (retext-equality's rules are not in it: plain phrases). */
function factsOf(ruleId: string): RuleFacts {
  rulesById ??= new Map(listRules().map((rule) => [rule.id, rule]));
  const info = rulesById.get(ruleId);
  return { kind: info?.kind ?? 'phrase', docsUrl: info?.docsUrl ?? ruleDocsUrl(ruleId) };
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (!isLintRequest(request)) return;
  const started = performance.now();
  lint(request.text, request.options).then(
    (result) => {
      const rules: Record<string, RuleFacts> = {};
      for (const f of result.findings) {
        rules[f.ruleId] ??= factsOf(f.ruleId);
      }
      post({ type: 'result', id: request.id, result, rules, ms: Math.round(performance.now() - started) });
    },
    (error: unknown) => post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) }),
  );
});

post({ type: 'ready' });
