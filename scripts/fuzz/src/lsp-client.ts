/**
 * A language-server client that writes its own frames, so it can also send what a well-behaved
 * library would refuse to: bodies that are not JSON, JSON that is not JSON-RPC, wrong ids. (The tests'
 * client, test/fixtures/lsp/client.ts, speaks through vscode-jsonrpc and cannot.)
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Violation } from './invariants.js';

export const SERVER_BIN = fileURLToPath(new URL('../../../packages/language-server/bin/vacancy-lint-language-server.js', import.meta.url));

export interface Publish {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: string | number; message: string }[];
}

type Message = { id?: number | string | null; method?: string; params?: unknown; result?: unknown; error?: { code: number; message: string } };

export class RawLspClient {
  readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1_000_000;
  private readonly pending = new Map<number, (m: Message) => void>();
  private readonly publishWaiters = new Set<() => void>();
  /** Latest publish per document. */
  readonly latest = new Map<string, Publish>();
  /** Messages the server logged that mean an error escaped its handlers. */
  readonly escaped: string[] = [];
  /** Frames from the server that break the protocol. */
  readonly protocolErrors: string[] = [];
  stderr = '';
  exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;

  constructor(readonly rootDir: string) {
    // No pause after a change: the harness waits for every check anyway.
    this.child = spawn(process.execPath, [SERVER_BIN, '--stdio'], { cwd: rootDir, env: { ...process.env, VACANCY_LINT_DEBOUNCE_MS: '0', HOME: rootDir, XDG_CONFIG_HOME: rootDir }, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-20_000)));
    this.child.stdin.on('error', () => undefined);
    this.child.on('exit', (code, signal) => {
      this.exited = { code, signal };
      for (const w of [...this.publishWaiters]) w();
      for (const [, settle] of this.pending) settle({ error: { code: -1, message: 'server exited' } });
      this.pending.clear();
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Resident memory of the server process in bytes (Linux), or undefined elsewhere. */
  rss(): number | undefined {
    try {
      const kb = /VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'))?.[1];
      return kb ? Number(kb) * 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/iu.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (!Number.isFinite(length)) {
        this.protocolErrors.push(`a frame without Content-Length: ${this.buffer.subarray(0, 200).toString()}`);
        this.buffer = Buffer.alloc(0);
        return;
      }
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      try {
        this.dispatch(JSON.parse(body) as Message);
      } catch (error) {
        this.protocolErrors.push(`a frame that is not JSON (${String(error)}): ${body.slice(0, 200)}`);
      }
    }
  }

  private dispatch(message: Message): void {
    if (message.method === undefined) {
      if (typeof message.id === 'number') {
        this.pending.get(message.id)?.(message);
        this.pending.delete(message.id);
      }
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const p = message.params as Publish;
      this.latest.set(p.uri, p);
      for (const w of [...this.publishWaiters]) w();
    } else if (message.method === 'window/logMessage' || message.method === 'window/showMessage') {
      const text = (message.params as { message?: string }).message ?? '';
      if (/^(uncaught|unhandled)/u.test(text)) this.escaped.push(text);
    }
    // Requests from the server (configuration, registration, refresh): answer so it never waits.
    if (message.id !== undefined && message.id !== null) {
      const result = message.method === 'workspace/configuration' ? ((message.params as { items?: unknown[] }).items ?? []).map(() => null) : null;
      this.writeJson({ jsonrpc: '2.0', id: message.id, result });
    }
  }

  /** A frame with exactly this body (which need not be JSON). */
  writeRaw(body: string): void {
    const bytes = Buffer.from(body, 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]));
  }

  writeJson(message: unknown): void {
    this.writeRaw(JSON.stringify(message));
  }

  notify(method: string, params?: unknown): void {
    this.writeJson({ jsonrpc: '2.0', method, ...(params === undefined ? {} : { params }) });
  }

  /** Sends a request; resolves with the whole response (result or error), or fails after the deadline. */
  request(method: string, params: unknown, timeoutMs: number): Promise<Message> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.exited) return reject(new Violation(`crash: the server has exited (${JSON.stringify(this.exited)}); stderr: ${this.stderr.slice(-500)}`));
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Violation(`hang: no answer to ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, (m) => {
        clearTimeout(timer);
        resolve(m);
      });
      this.writeJson({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** Waits for a publish for `uri` that `accept` takes. */
  waitForPublish(uri: string, accept: (p: Publish) => boolean, timeoutMs: number, what: string): Promise<Publish> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const p = this.latest.get(uri);
        if (p && accept(p)) {
          done();
          resolve(p);
          return true;
        }
        if (this.exited) {
          done();
          reject(new Violation(`crash: the server exited (${JSON.stringify(this.exited)}) during ${what}; stderr: ${this.stderr.slice(-500)}`));
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        done();
        reject(new Violation(`hang: no diagnostics for ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.publishWaiters.delete(check);
      };
      if (!check()) this.publishWaiters.add(check);
    });
  }

  async initialize(timeoutMs: number): Promise<void> {
    const uri = pathToFileURL(this.rootDir).href;
    const answer = await this.request(
      'initialize',
      {
        processId: process.pid,
        rootUri: uri,
        workspaceFolders: [{ uri, name: 'fuzz' }],
        capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      },
      timeoutMs,
    );
    if (answer.error) throw new Violation(`initialize failed: ${answer.error.message}`);
    this.notify('initialized', {});
  }

  async close(): Promise<void> {
    if (!this.exited) {
      await this.request('shutdown', null, 5000).catch(() => undefined);
      this.notify('exit');
    }
    await new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL');
        resolve();
      }, 5000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
