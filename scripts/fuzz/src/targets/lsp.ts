/**
 * (c) The language server over stdio. A document is opened, edited incrementally and probed with
 * hover and code-action requests at any position (also outside the text); after every step the
 * server's diagnostics must equal a fresh lint of the text the editor holds. Separately, random and
 * malformed JSON-RPC messages, after which the server must still answer and still check documents.
 */
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Doc } from '../classes.js';
import { lineStarts, positionAt, Violation } from '../invariants.js';
import { RawLspClient, type Publish } from '../lsp-client.js';
import { OFFENDERS } from '../offenders.js';
import type { LibraryRunner } from './library.js';

const LANGUAGE_ID = { text: 'plaintext', markdown: 'markdown', html: 'html' } as const;

/** An edit in terms of the text it applies to, so it stays valid whatever the text is. */
export interface Edit {
  /** Where it starts, as a fraction of the text's length. */
  at: number;
  /** How many UTF-16 units it replaces. */
  remove: number;
  insert: string;
  /** Sent in the same didChange notification as the edit before it. */
  together: boolean;
}

export interface Probe {
  line: number;
  character: number;
  kind: 'hover' | 'codeAction' | 'codeLens';
}

export const edits = fc.array(
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.nat({ max: 40 }),
    insert: fc.constantFrom<string>(...OFFENDERS, '', ' ', '\n', '\r\n', 'x', '\uD800', '<b>', '</b>', '```\n', '> ', '- ', '<!-- vacancy-lint-disable -->', '👩‍🍳'),
    together: fc.boolean(),
  }),
  { maxLength: 8 },
);

export const probes = fc.array(
  fc.record({
    line: fc.oneof(fc.nat({ max: 20 }), fc.integer({ min: -3, max: 2 ** 31 })),
    character: fc.oneof(fc.nat({ max: 200 }), fc.integer({ min: -3, max: 2 ** 31 })),
    kind: fc.constantFrom<Probe['kind']>('hover', 'codeAction', 'codeLens'),
  }),
  { maxLength: 4 },
);

/** Methods a random message may name (never shutdown, exit or initialize: those end a session by design). */
const METHODS = [
  'textDocument/hover', 'textDocument/codeAction', 'textDocument/codeLens', 'codeLens/resolve', 'workspace/executeCommand',
  'textDocument/didOpen', 'textDocument/didChange', 'textDocument/didClose', 'textDocument/didSave', 'workspace/didChangeConfiguration',
  'workspace/didChangeWatchedFiles', 'vacancyLint/explainRule', 'vacancyLint/listRules', '$/cancelRequest', '$/setTrace',
  'textDocument/completion', 'vacancyLint/nope', '$/unknown',
] as const;

/**
 * Commands a random message may run. Not `vacancyLint.disableRule`: it writes a configuration file
 * wherever its `uri` points (the server-side-edits part of issue 9); fuzzing it with random URIs would
 * write files outside the harness's folder.
 */
const COMMANDS = ['vacancyLint.ignorePhrase', 'vacancyLint.showSummary', 'vacancyLint.nope'] as const;

export type RpcMessage =
  | { kind: 'request'; method: string; params: unknown }
  | { kind: 'notification'; method: string; params: unknown }
  | { kind: 'command'; command: string; args: unknown[] }
  | { kind: 'raw'; body: string };

const json = fc.jsonValue({ maxDepth: 3 });
const LIFECYCLE = new Set(['initialize', 'shutdown', 'exit']);
const method = fc.oneof(fc.constantFrom<string>(...METHODS), fc.string({ maxLength: 30 }).filter((m) => !LIFECYCLE.has(m)));
export const rpcMessages = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('request' as const), method, params: json }),
    fc.record({ kind: fc.constant('notification' as const), method, params: json }),
    fc.record({ kind: fc.constant('command' as const), command: fc.constantFrom<string>(...COMMANDS), args: fc.array(json, { maxLength: 3 }) }),
    fc.record({
      kind: fc.constant('raw' as const),
      body: fc.oneof(
        fc.constantFrom('{', 'null', '[]', '42', '"x"', '{"jsonrpc":"2.0"}', '{"jsonrpc":"1.0","id":1,"method":"textDocument/hover"}', '{"jsonrpc":"2.0","id":{"a":1},"method":"vacancyLint/listRules"}', '{"jsonrpc":"2.0","id":987654,"result":null}', '[{"jsonrpc":"2.0","method":"x"}]', '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///x.md","version":"a"},"contentChanges":null}}'),
        fc.string({ maxLength: 80 }),
        json.map((v) => JSON.stringify(v)),
      ),
    }),
  ),
  { minLength: 1, maxLength: 25 },
);

export class LspRunner {
  private client: RawLspClient | undefined;
  private dir: string | undefined;
  private docs = 0;
  /** Incremental edits sent so far (for the run's summary). */
  edits = 0;

  constructor(
    private readonly library: LibraryRunner,
    private readonly timeoutMs: number,
  ) {}

  /** The running server, started (again, after a crash) when needed. */
  async server(): Promise<RawLspClient> {
    if (this.client && !this.client.exited) return this.client;
    this.dir ??= await mkdtemp(join(tmpdir(), 'vacancy-lint-fuzz-lsp-'));
    this.client = new RawLspClient(this.dir);
    await this.client.initialize(this.timeoutMs);
    return this.client;
  }

  private healthy(client: RawLspClient): void {
    if (client.escaped.length > 0) throw new Violation(`crash: an error escaped the server's handlers: ${client.escaped.splice(0).join(' | ').slice(0, 800)}`);
    if (client.protocolErrors.length > 0) throw new Violation(`the server broke the protocol: ${client.protocolErrors.splice(0).join(' | ').slice(0, 800)}`);
    if (client.exited) throw new Violation(`crash: the server exited (${JSON.stringify(client.exited)}); stderr: ${client.stderr.slice(-800)}`);
  }

  private uri(format: Doc['format']): string {
    return pathToFileURL(join(this.dir!, `doc-${++this.docs}.${format === 'text' ? 'txt' : format === 'markdown' ? 'md' : 'html'}`)).href;
  }

  /** The diagnostics the server must publish for `text`: the library's findings in LSP ranges, or its notice. */
  private async expected(text: string, format: Doc['format']): Promise<string[]> {
    const starts = lineStarts(text);
    const { findings, notice } = await this.library.result(text, format);
    const keys = findings.map((f) => diagnosticKey(positionAt(starts, f.offset), positionAt(starts, f.endOffset), f.ruleId, f.message));
    // A text in a language without rules gets one notice at the top instead of findings.
    if (notice) keys.push(diagnosticKey({ line: 0, character: 0 }, { line: 0, character: 0 }, 'unsupported-language', notice));
    return keys.sort();
  }

  private async compare(client: RawLspClient, uri: string, version: number, text: string, format: Doc['format'], step: string): Promise<void> {
    const publish = await client.waitForPublish(uri, (p) => p.version === version, this.timeoutMs, `${step} (version ${version})`);
    const seen = publishKeys(publish);
    const want = await this.expected(text, format);
    if (JSON.stringify(seen) !== JSON.stringify(want)) {
      const missing = want.filter((k) => !seen.includes(k));
      const extra = seen.filter((k) => !want.includes(k));
      throw new Violation(`after ${step}, the server's diagnostics differ from a fresh lint of the same text: missing ${JSON.stringify(missing.slice(0, 5))}, extra ${JSON.stringify(extra.slice(0, 5))}`);
    }
  }

  /**
   * After a failure the server may still be busy or broken; every later case (and every shrinking
   * step) gets a fresh one, so a failure is blamed on the input that caused it.
   */
  private async fresh<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      this.client?.child.kill('SIGKILL');
      this.client = undefined;
      throw error;
    }
  }

  checkDocument(doc: Doc, changes: Edit[], asks: Probe[]): Promise<void> {
    return this.fresh(() => this.document(doc, changes, asks));
  }

  checkMessages(messages: RpcMessage[]): Promise<void> {
    return this.fresh(() => this.messages(messages));
  }

  private async document(doc: Doc, changes: Edit[], asks: Probe[]): Promise<void> {
    const client = await this.server();
    const uri = this.uri(doc.format);
    let text = doc.text;
    let version = 1;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: LANGUAGE_ID[doc.format], version, text } });
    try {
      await this.compare(client, uri, version, text, doc.format, 'opening');
      let batch: { range: unknown; text: string }[] = [];
      for (const [i, edit] of changes.entries()) {
        const change = applyEdit(text, edit);
        text = change.text;
        this.edits++;
        batch.push(change.change);
        const last = i === changes.length - 1;
        if (last || !changes[i + 1]!.together) {
          client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: batch });
          batch = [];
        }
      }
      if (changes.length > 0) await this.compare(client, uri, version, text, doc.format, `${changes.length} incremental edits`);
      for (const probe of asks) {
        const position = { line: probe.line, character: probe.character };
        const params =
          probe.kind === 'hover'
            ? { textDocument: { uri }, position }
            : probe.kind === 'codeAction'
              ? { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: client.latest.get(uri)?.diagnostics ?? [] } }
              : { textDocument: { uri } };
        await client.request(`textDocument/${probe.kind}`, params, this.timeoutMs);
      }
      this.healthy(client);
    } finally {
      client.notify('textDocument/didClose', { textDocument: { uri } });
    }
  }

  private async messages(messages: RpcMessage[]): Promise<void> {
    const client = await this.server();
    const answers: Promise<unknown>[] = [];
    for (const m of messages) {
      if (m.kind === 'raw') client.writeRaw(m.body);
      else if (m.kind === 'notification') client.notify(m.method, m.params);
      // Every request must be answered (with a result or an error), whatever its method and params.
      else if (m.kind === 'request') answers.push(client.request(m.method, m.params, this.timeoutMs));
      else answers.push(client.request('workspace/executeCommand', { command: m.command, arguments: m.args }, this.timeoutMs));
    }
    await Promise.all(answers);
    // Still alive: it answers, and it still checks a new document.
    const listed = await client.request('vacancyLint/listRules', null, this.timeoutMs);
    if (listed.error) throw new Violation(`after random messages, vacancyLint/listRules fails: ${listed.error.message}`);
    await this.document({ text: 'Een verpleegster voor ons jonge team.', format: 'markdown' }, [], []);
    this.healthy(client);
  }

  async close(): Promise<void> {
    await this.client?.close();
    this.client = undefined;
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}

/** `edit` applied to `text`, and the LSP change that says the same. Never splits a CR LF pair. */
export function applyEdit(text: string, edit: Edit): { text: string; change: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string } } {
  const whole = (o: number) => (o > 0 && o < text.length && text[o - 1] === '\r' && text[o] === '\n' ? o - 1 : o);
  const start = whole(Math.min(text.length, Math.floor(edit.at * (text.length + 1))));
  const end = whole(Math.min(text.length, start + edit.remove));
  const starts = lineStarts(text);
  return {
    text: text.slice(0, start) + edit.insert + text.slice(Math.max(start, end)),
    change: { range: { start: positionAt(starts, start), end: positionAt(starts, Math.max(start, end)) }, text: edit.insert },
  };
}

const diagnosticKey = (start: { line: number; character: number }, end: { line: number; character: number }, code: unknown, message: string) =>
  `${start.line}:${start.character}-${end.line}:${end.character} ${String(code)} ${message}`;

const publishKeys = (p: Publish): string[] => p.diagnostics.map((d) => diagnosticKey(d.range.start, d.range.end, d.code, d.message)).sort();
