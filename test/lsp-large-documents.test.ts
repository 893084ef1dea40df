/**
 * Language server over stdio with long documents: a size limit like the CLI's, and long checks
 * in a worker thread so the server keeps answering and a newer edit replaces an older check.
 * Times are only compared with each other (ratios measured in the same run), never with a clock.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { BUNDLED_SERVER, fileUri, positionOf, startClient, tempWorkspace, removeTempWorkspaces, type Diagnostic, type Publish, type TestClient } from './fixtures/lsp/client.js';

afterAll(removeTempWorkspaces);

/** Ordinary ad text without findings; the flagged words are added where a test needs them. */
const FILLER =
  'Wij zoeken een collega voor onze afdeling in het centrum van de stad. Je werkt samen met klanten en leveranciers aan projecten die ertoe doen. Je krijgt ruimte om te leren en een laptop van de zaak.\n\n';

/** About `bytes` of filler with `phrase` once every `every` paragraphs. */
function largeAd(bytes: number, phrase: string, every = 200): { text: string; count: number } {
  const paragraphs = Math.ceil(bytes / FILLER.length);
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; i < paragraphs; i++) {
    if (i % every === 0) {
      parts.push(`Wij zoeken ${phrase}.\n\n`);
      count++;
    }
    parts.push(FILLER);
  }
  return { text: parts.join(''), count };
}

const MB = 1024 * 1024;
const NURSE = 'nl.gender.functietitel-verpleegster';
const TEAM = 'nl.age.jong-team';

let client: TestClient;
let dir: string;

beforeAll(async () => {
  dir = await tempWorkspace();
  client = await startClient({ rootDir: dir });
});
afterAll(async () => {
  await client?.close();
});

async function openAndWait(c: TestClient, name: string, text: string, timeoutMs = 10_000): Promise<{ uri: string; publish: Publish }> {
  const uri = fileUri(join(dir, name));
  const since = c.mark();
  c.open(uri, 'markdown', text);
  return { uri, publish: await c.diagnostics(uri, since, () => true, timeoutMs) };
}

describe('size limit', () => {
  test('a document over the default limit (the CLI\'s 5 MB) gets one diagnostic on top instead of a check', async () => {
    const { text } = largeAd(5.5 * MB, 'een verpleegster');
    const { publish } = await openAndWait(client, 'huge.md', text, 20_000);
    expect(publish.diagnostics).toHaveLength(1);
    expect(publish.diagnostics[0]).toMatchObject({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 2,
      source: 'vacancy-lint',
      code: 'document-too-large',
    });
    expect(publish.diagnostics[0]!.message).toBe('This document is 5.5 MB, larger than the limit of 5.0 MB (setting vacancyLint.maxDocumentSizeMB), and is not checked.');
  });

  test('the limit is a setting; a document edited below it is checked again', async () => {
    const other = await startClient({ rootDir: dir, settings: { maxDocumentSizeMB: 0.0625 } });
    try {
      const { text } = largeAd(100 * 1024, 'een verpleegster');
      const { uri, publish } = await openAndWait(other, 'limit.md', text);
      expect(publish.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^This document is 10\d KB, larger than the limit of 64 KB/u)]);
      const since = other.mark();
      void other.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'Wij zoeken een verpleegster.' }] });
      const after = await other.diagnostics(uri, since, (p) => p.version === 2);
      expect(after.diagnostics.map((d) => d.code)).toContain(NURSE);
    } finally {
      await other.close();
    }
  });
});

describe('long documents are checked in a worker', () => {
  test('hover and code actions on a small document answer while a large one is being checked', async () => {
    const small = 'Een café zoekt een verpleegster.';
    const { uri: smallUri, publish: smallPublish } = await openAndWait(client, 'small.md', small);
    const nurse = smallPublish.diagnostics.find((d) => d.code === NURSE)!;
    const at = positionOf(small, 'verpleegster');

    const { text } = largeAd(2 * MB, 'een verpleegster');
    const largeUri = fileUri(join(dir, 'large.md'));
    const since = client.mark();
    const opened = performance.now();
    client.open(largeUri, 'markdown', text);
    let largeDone = 0;
    const largePublished = client.diagnostics(largeUri, since, () => true, 120_000).then((p) => {
      largeDone = performance.now();
      return p;
    });
    // Let the check start, then ask about the small document several times while it runs.
    await new Promise((r) => setTimeout(r, 300));
    const latencies: number[] = [];
    const answeredAt: number[] = [];
    for (let i = 0; i < 5; i++) {
      let start = performance.now();
      const hover: { contents: { value: string } } | null = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: smallUri }, position: at });
      latencies.push(performance.now() - start);
      expect(hover?.contents.value).toContain('verpleegkundige');
      start = performance.now();
      const actions: { title: string }[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: smallUri }, range: nurse.range, context: { diagnostics: [nurse] } });
      latencies.push(performance.now() - start);
      answeredAt.push(performance.now());
      expect(actions[0]!.title).toBe("Vervang door 'verpleegkundige'");
    }
    const large = await largePublished;
    const lintMs = largeDone - opened;
    expect(large.diagnostics.filter((d) => d.code === NURSE).length).toBeGreaterThan(10);
    // Every answer came while the large document was still being checked, and quickly relative to that check.
    expect(Math.max(...answeredAt)).toBeLessThan(largeDone);
    expect(Math.max(...latencies)).toBeLessThan(lintMs / 5);
  }, 180_000);

  test('an edit during a long check: only the final text gets diagnostics', async () => {
    const first = largeAd(2 * MB, 'ons jonge team');
    const final = largeAd(2 * MB, 'een verpleegster', 150);
    const uri = fileUri(join(dir, 'edited.md'));
    const since = client.mark();
    client.open(uri, 'markdown', first.text);
    await new Promise((r) => setTimeout(r, 300));
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: final.text }] });
    const publish = await client.diagnostics(uri, since, () => true, 120_000);
    expect(publish.version).toBe(2);
    const codes = publish.diagnostics.map((d: Diagnostic) => d.code);
    expect(codes.filter((c) => c === NURSE)).toHaveLength(final.count);
    expect(codes).not.toContain(TEAM);
    // The first text's check was dropped, not published late.
    await new Promise((r) => setTimeout(r, 500));
    expect(client.publishes.slice(since).filter((p) => p.uri === uri).map((p) => p.version)).toEqual([2]);
  }, 180_000);

  test('a request waiting on a long check can be cancelled', async () => {
    const { text, count } = largeAd(2 * MB, 'een verpleegster');
    const { uri, publish } = await openAndWait(client, 'cancel.md', text, 120_000);
    expect(publish.diagnostics.filter((d) => d.code === NURSE)).toHaveLength(count);
    // Ignoring a phrase re-checks the document before answering; the client stops waiting.
    const since = client.mark();
    const source = new CancellationTokenSource();
    const answer = client.connection.sendRequest('workspace/executeCommand', { command: 'vacancyLint.ignorePhrase', arguments: [{ uri, phrase: 'verpleegster' }] }, source.token);
    setTimeout(() => source.cancel(), 300);
    await expect(answer).rejects.toMatchObject({ code: -32800 });
    expect(client.publishes.slice(since).filter((p) => p.uri === uri)).toEqual([]);
    // The check itself goes on and its result still arrives.
    const after = await client.diagnostics(uri, since, () => true, 120_000);
    expect(after.diagnostics.map((d) => d.code)).not.toContain(NURSE);
  }, 180_000);

  test('the VS Code bundle starts the worker from its own folder', async () => {
    const bundled = await startClient({ rootDir: dir, server: BUNDLED_SERVER });
    try {
      // Over the worker threshold (64K characters), far under the size limit.
      const { text, count } = largeAd(200 * 1024, 'een verpleegster', 50);
      const { publish } = await openAndWait(bundled, 'bundled.md', text, 60_000);
      expect(publish.diagnostics.filter((d) => d.code === NURSE)).toHaveLength(count);
      expect(bundled.logs.filter((l) => /could not check/u.test(l))).toEqual([]);
    } finally {
      await bundled.close();
    }
  }, 120_000);

  test('nothing but protocol on stdout, and no errors logged', () => {
    expect(client.stderr()).toBe('');
    expect(client.logs.filter((l) => /could not check|check failed|uncaught/u.test(l))).toEqual([]);
  });
});
