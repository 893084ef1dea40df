/** Runs a child process with a deadline and a cap on what it may print, and never throws. */
import { spawn } from 'node:child_process';

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
  timedOut: boolean;
  /** It printed more than the cap; the rest was dropped. */
  overflow: boolean;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  input?: Uint8Array;
  timeoutMs: number;
  maxOutputBytes?: number;
}

export function runProcess(command: string, args: string[], options: RunOptions): Promise<Ran> {
  const cap = options.maxOutputBytes ?? 64 * 1024 * 1024;
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let outBytes = 0;
    let err = '';
    let overflow = false;
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (outBytes + chunk.length > cap) overflow = true;
      else {
        out.push(chunk);
        outBytes += chunk.length;
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (err.length < cap) err += chunk.toString();
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    // A process that exits before reading all of its input is not our failure to report here.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? new Uint8Array());
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out), stderr: err, timedOut, overflow });
    });
  });
}
