/**
 * The web editor's worker protocol (packages/web/src/lint-client.ts and the worker itself): the
 * page waits for a pause in typing, keeps one request in flight, and drops answers to old texts.
 * The client is driven with a fake worker and fake timers; the worker module runs for real.
 */
import { lint } from '@vacancy-lint/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LintClient, type Delivered, type WorkerPort } from '../packages/web/src/lint-client.js';
import { isLintRequest, isWorkerMessage, type LintRequest, type WorkerMessage } from '../packages/web/src/protocol.js';

class FakeWorker implements WorkerPort {
  readonly sent: LintRequest[] = [];
  private listener: ((event: { data: unknown }) => void) | undefined;
  postMessage(message: LintRequest): void {
    this.sent.push(message);
  }
  addEventListener(_type: 'message', listener: (event: { data: unknown }) => void): void {
    this.listener = listener;
  }
  /** Answers request `id` as the real worker would, with the engine's result. */
  async answer(id: number): Promise<void> {
    const request = this.sent.find((r) => r.id === id)!;
    const result = await lint(request.text, request.options);
    this.listener?.({ data: { type: 'result', id, result, rules: {}, ms: 1 } satisfies WorkerMessage });
  }
  emit(data: unknown): void {
    this.listener?.({ data });
  }
}

function setup() {
  vi.useFakeTimers();
  const worker = new FakeWorker();
  const delivered: Delivered[] = [];
  const errors: string[] = [];
  const client = new LintClient(worker, { debounceMs: 200, onResult: (r) => delivered.push(r), onError: (e) => errors.push(e) });
  return { worker, delivered, errors, client };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('web editor: lint client', () => {
  it('waits for a pause in typing and sends only the last text', () => {
    const { worker, client } = setup();
    client.update('W', 1, {});
    vi.advanceTimersByTime(100);
    client.update('Wij', 2, {});
    vi.advanceTimersByTime(199);
    expect(worker.sent).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(worker.sent.map((r) => r.text)).toEqual(['Wij']);
  });

  it('sends at once when asked (settings changed, first load)', () => {
    const { worker, client } = setup();
    client.update('Wij zoeken', 1, { language: 'nl' }, true);
    expect(worker.sent).toEqual([{ type: 'lint', id: 1, text: 'Wij zoeken', options: { language: 'nl' } }]);
  });

  it('delivers the answer with the text and version it belongs to', async () => {
    const { worker, client, delivered } = setup();
    client.update('Wij zoeken een verpleegster.', 7, {}, true);
    await worker.answer(1);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.version).toBe(7);
    expect(delivered[0]!.text).toBe('Wij zoeken een verpleegster.');
    expect(delivered[0]!.result.findings.map((f) => f.actual)).toContain('verpleegster');
  });

  it('keeps one request in flight and drops the answer to a text that changed meanwhile', async () => {
    const { worker, client, delivered } = setup();
    client.update('Wij zoeken een verpleegster.', 1, {}, true);
    client.update('Wij zoeken een verpleegkundige.', 2, {}, true);
    // The second text waits for the first answer rather than racing it.
    expect(worker.sent).toHaveLength(1);
    await worker.answer(1);
    expect(delivered).toHaveLength(0);
    expect(client.dropped).toEqual([1]);
    expect(worker.sent.map((r) => r.text)).toEqual(['Wij zoeken een verpleegster.', 'Wij zoeken een verpleegkundige.']);
    await worker.answer(2);
    expect(delivered.map((d) => d.version)).toEqual([2]);
    expect(delivered[0]!.result.findings).toEqual([]);
  });

  it('ignores answers it did not ask for and messages of the wrong shape', async () => {
    const { worker, client, delivered, errors } = setup();
    client.update('Wij zoeken een verpleegster.', 1, {}, true);
    worker.emit({ type: 'result', id: 99, result: {}, rules: {}, ms: 0 });
    worker.emit('hello');
    worker.emit({ type: 'result' });
    expect(delivered).toHaveLength(0);
    expect(errors).toHaveLength(0);
    await worker.answer(1);
    expect(delivered).toHaveLength(1);
  });

  it('reports an engine error for the current text', () => {
    const { worker, client, errors } = setup();
    client.update('x', 1, {}, true);
    worker.emit({ type: 'error', id: 1, message: 'boom' });
    expect(errors).toEqual(['boom']);
  });
});

describe('web editor: protocol guards', () => {
  it('accept only well-formed messages', () => {
    expect(isLintRequest({ type: 'lint', id: 1, text: 'x', options: {} })).toBe(true);
    expect(isLintRequest({ type: 'lint', id: '1', text: 'x', options: {} })).toBe(false);
    expect(isLintRequest({ type: 'lint', id: 1, text: 'x', options: null })).toBe(false);
    expect(isWorkerMessage({ type: 'ready' })).toBe(true);
    expect(isWorkerMessage({ type: 'error', id: 3, message: 'm' })).toBe(true);
    expect(isWorkerMessage({ type: 'result' })).toBe(false);
    expect(isWorkerMessage(null)).toBe(false);
  });
});

describe('web editor: the worker module', () => {
  it('answers a lint request with the result and the registry facts of its rules', async () => {
    const posted: WorkerMessage[] = [];
    const listeners: ((event: { data: unknown }) => void)[] = [];
    const scope = globalThis as unknown as Record<string, unknown>;
    const saved = { postMessage: scope['postMessage'], addEventListener: scope['addEventListener'] };
    scope['postMessage'] = (m: WorkerMessage) => posted.push(m);
    scope['addEventListener'] = (_t: string, l: (event: { data: unknown }) => void) => listeners.push(l);
    try {
      await import('../packages/web/src/worker.js');
      expect(posted[0]).toEqual({ type: 'ready' });
      listeners[0]!({ data: { type: 'lint', id: 5, text: 'Wij zoeken een verpleegster (m/v) voor ons jonge team.', options: { format: 'markdown' } } });
      listeners[0]!({ data: { type: 'something else' } });
      await vi.waitFor(() => expect(posted).toHaveLength(2));
      const answer = posted[1]!;
      if (answer.type !== 'result') throw new Error(JSON.stringify(answer));
      expect(answer.id).toBe(5);
      expect(answer.result.findings.map((f) => f.ruleId)).toContain('nl.age.jong-team');
      expect(answer.rules['nl.age.jong-team']).toEqual({ kind: 'phrase', docsUrl: expect.stringContaining('nlagejong-team') });
    } finally {
      scope['postMessage'] = saved.postMessage;
      scope['addEventListener'] = saved.addEventListener;
    }
  });
});
