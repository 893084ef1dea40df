/**
 * (b) The CLI as a process: a file, standard input, JSON Lines, `--fix` on a copy, and every output
 * format. Each run must end within the deadline with exit code 0, 1 or 2, print no stack trace, and
 * report findings whose positions are exact in the file as read.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../classes.js';
import { checkChangedOnlyInside, checkPositions, hasStackTrace, Violation, type Positioned } from '../invariants.js';
import { runProcess, type Ran } from '../process.js';

export const CLI_BIN = fileURLToPath(new URL('../../../../packages/cli/bin/vacancy-lint.js', import.meta.url));
export const CLI_MODES = ['file', 'stdin', 'jsonl', 'fix', 'format'] as const;
export type CliMode = (typeof CLI_MODES)[number];
const FORMATS = ['stylish', 'json', 'sarif', 'github', 'compact'] as const;
const EXTENSION = { text: 'txt', markdown: 'md', html: 'html' } as const;

interface JsonMessage extends Positioned {
  fixable: boolean;
}

const fail = (message: string): never => {
  throw new Violation(message);
};

/** Input the CLI is right to refuse (exit 2): not UTF-8, or binary. */
const refusable = (doc: Doc): boolean => doc.bytes !== undefined || doc.text.includes('\u0000');
const bytesOf = (doc: Doc): Uint8Array => doc.bytes ?? new TextEncoder().encode(doc.text);
/** The file as the CLI decodes it: UTF-8, a byte-order mark kept as a character (positions count it). */
const decoded = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

export class CliRunner {
  constructor(private readonly timeoutMs: number) {}

  private async cli(args: string[], cwd: string, input?: Uint8Array): Promise<Ran> {
    // HOME and XDG_CONFIG_HOME point into the case's folder: no configuration of the user applies.
    const env = { ...process.env, HOME: cwd, XDG_CONFIG_HOME: cwd, NO_COLOR: '1' };
    const ran = await runProcess(process.execPath, [CLI_BIN, ...args], { cwd, env, timeoutMs: this.timeoutMs, ...(input ? { input } : {}) });
    const what = `vacancy-lint ${args.join(' ')}`;
    if (ran.timedOut) fail(`hang: ${what} did not end within ${this.timeoutMs} ms`);
    if (ran.signal) fail(`crash: ${what} was killed by ${ran.signal}; stderr: ${ran.stderr.slice(0, 500)}`);
    if (ran.code !== 0 && ran.code !== 1 && ran.code !== 2) fail(`crash: ${what} exited with ${ran.code}; stderr: ${ran.stderr.slice(0, 500)}`);
    if (hasStackTrace(ran.stderr)) fail(`stack trace: ${what} printed a stack trace: ${ran.stderr.slice(0, 800)}`);
    if (ran.overflow) fail(`${what} printed more than the output cap`);
    return ran;
  }

  private expectExit(ran: Ran, doc: Doc, what: string): void {
    if (ran.code === 2 && !refusable(doc)) fail(`${what}: exit 2 on an ordinary UTF-8 text: ${ran.stderr.slice(0, 300)}`);
    if (ran.code === 2 && ran.stderr.trim() === '') fail(`${what}: exit 2 without a message`);
  }

  private json(ran: Ran, what: string): unknown {
    try {
      return JSON.parse(ran.stdout.toString('utf8'));
    } catch (error) {
      return fail(`${what}: the output is not JSON (${String(error)}): ${ran.stdout.toString('utf8').slice(0, 200)}`);
    }
  }

  private messages(report: unknown, text: string, what: string): JsonMessage[] {
    const files = report as { messages: JsonMessage[] }[];
    if (!Array.isArray(files)) fail(`${what}: the JSON report is not an array`);
    const messages = files.flatMap((f) => f.messages);
    checkPositions(text, messages, `${what}: `);
    return messages;
  }

  async check(doc: Doc, mode: CliMode, pick: number): Promise<void> {
    const dir = await mkdtemp(join(tmpdir(), 'vacancy-lint-fuzz-'));
    try {
      const name = `case.${EXTENSION[doc.format]}`;
      const bytes = bytesOf(doc);
      const text = decoded(bytes);
      await writeFile(join(dir, name), bytes);
      if (mode === 'file' || mode === 'stdin') {
        const args = ['--format', 'json', '--concurrency', '1', ...(mode === 'file' ? [name] : ['-', '--stdin-filename', name])];
        const ran = await this.cli(args, dir, mode === 'stdin' ? bytes : undefined);
        this.expectExit(ran, doc, mode);
        if (ran.code !== 2) this.messages(this.json(ran, mode), text, mode);
      } else if (mode === 'format') {
        const format = FORMATS[pick % FORMATS.length]!;
        const ran = await this.cli(['--format', format, name], dir);
        this.expectExit(ran, doc, `--format ${format}`);
        const out = ran.stdout.toString('utf8');
        if (ran.code === 2 && out.includes('✔')) fail(`--format ${format}: prints "✔" although the run failed (exit 2): ${out.trim().slice(0, 200)}`);
        if (ran.code !== 2 && (format === 'json' || format === 'sarif')) this.json(ran, `--format ${format}`);
      } else if (mode === 'jsonl') {
        await this.checkJsonl(doc, dir, pick);
      } else {
        await this.checkFix(doc, dir, name, text);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** One record of the document between two ordinary ones (and, sometimes, a broken line). */
  private async checkJsonl(doc: Doc, dir: string, pick: number): Promise<void> {
    const records = [{ id: 'first', text: 'Een verpleegster.' }, { id: 'case', text: doc.text, format: doc.format }, { id: 'last', text: 'A salesman.' }];
    const lines = records.map((r) => JSON.stringify(r));
    if (pick % 3 === 0) lines.splice(2, 0, '{"id": broken');
    // The 'bom' class puts a byte-order mark before the first record, as Windows tools write it.
    const bom = doc.text.startsWith('\uFEFF') ? '\uFEFF' : '';
    await writeFile(join(dir, 'in.jsonl'), bom + lines.join('\n') + '\n');
    const ran = await this.cli(['--jsonl', 'in.jsonl', '--concurrency', '1'], dir);
    const out = ran.stdout.toString('utf8').split('\n').filter((l) => l !== '');
    if (out.length !== lines.length) fail(`--jsonl: ${lines.length} lines in, ${out.length} records out (exit ${ran.code}): ${ran.stderr.slice(0, 300)}`);
    out.forEach((line, i) => {
      let record: { id?: string; error?: string; stack?: string; findings?: Positioned[] };
      try {
        record = JSON.parse(line) as typeof record;
      } catch {
        return fail(`--jsonl: output line ${i + 1} is not JSON: ${line.slice(0, 200)}`);
      }
      if (record.stack !== undefined || (record.error !== undefined && hasStackTrace(record.error))) fail(`--jsonl: an error record carries a stack trace: ${line.slice(0, 300)}`);
      const source = records.find((r) => r.id === record.id);
      if (source && record.findings) checkPositions(source.text, record.findings, `--jsonl record ${record.id}: `);
      if (source && !record.findings) fail(`--jsonl: record ${record.id} has no findings array: ${line.slice(0, 300)}`);
    });
    // Nothing lost: every record comes back with its findings, whatever is around it.
    for (const r of records) {
      const back = out.find((line) => line.startsWith(`{"id":${JSON.stringify(r.id)},`));
      if (!back || !back.includes('"findings":')) fail(`--jsonl: record '${r.id}' did not come back with findings: ${(back ?? out.join(' | ')).slice(0, 300)}`);
    }
    if (ran.code === 0 && lines.length > records.length) fail('--jsonl: exit 0 although a line could not be read');
  }

  /** `--fix` on a copy changes nothing outside the findings of the original. */
  private async checkFix(doc: Doc, dir: string, name: string, text: string): Promise<void> {
    const before = await this.cli(['--format', 'json', '--concurrency', '1', name], dir);
    this.expectExit(before, doc, '--fix (first lint)');
    const original = await readFile(join(dir, name));
    const fixed = await this.cli(['--fix', '--format', 'json', '--concurrency', '1', name], dir);
    this.expectExit(fixed, doc, '--fix');
    const after = await readFile(join(dir, name));
    if (before.code === 2) {
      if (!after.equals(original)) fail('--fix changed a file it refused to lint');
      return;
    }
    const findings = this.messages(this.json(before, '--fix (first lint)'), text, '--fix (first lint)');
    checkChangedOnlyInside(text, decoded(after), findings);
    if (original.subarray(0, 3).toString('latin1') === '\xef\xbb\xbf' && after.subarray(0, 3).toString('latin1') !== '\xef\xbb\xbf') fail('--fix dropped the byte-order mark');
  }
}
