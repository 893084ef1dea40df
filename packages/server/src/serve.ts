/**
 * `vacancy-lint serve` and `vacancy-lint-server`: reads the command line, loads the config, starts
 * the server, and stops it gracefully on SIGTERM or SIGINT (requests in flight are finished).
 * Exit codes: 0 stopped normally, 2 usage, configuration or start-up problems.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError } from '@vacancy-lint/config';
import { buildServer, DEFAULTS, VERSION, type ServerOptions } from './app.js';

const HELP = `Usage: {prog} [options]

Starts the vacancy-lint HTTP server: LanguageTool's API (POST /v2/check, GET /v2/languages) for the
LanguageTool browser add-on, LibreOffice and editors; a JSON API (POST /api/lint, GET /api/rules,
/openapi.json); GET /healthz; and the web editor at / when packages/web has been built.

Options:
  --port <n>            port (default 8081, LanguageTool's usual one; 0 picks a free port)
  --host <address>      address to bind (default 127.0.0.1: this machine only; 0.0.0.0 for everyone)
  --cors <origin>       allow browser pages from this origin (repeat for more; '*' for any); off by default
  --upstream <url>      also ask this LanguageTool server and merge its matches into /v2/check
  -c, --config <file>   use this configuration file instead of searching from the current folder
  --no-js-config        never run JavaScript config files
  --body-limit <size>   largest request body, e.g. 1mb, 512kb, 200000 (default 1mb); larger gets 413
  --time-limit <sec>    longest time one check may take, waiting included (default 20)
  --client-timeout <sec> a client must have sent its whole request within this time (default 30)
  --rate-limit <n>      at most n requests a minute from one client address (default: no limit)
  --threads <n>         worker threads for linting (default: number of cores)
  --web <folder>        web editor to serve at / (default: packages/web/dist when built)
  --log-level <level>   fatal, error, warn, info (default), debug, trace or silent
  -h, --help            show this help
  -v, --version         show the version
`;

class UsageError extends Error {}

function positiveNumber(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw new UsageError(`${name} expects a number of ${min} or more, not '${value}'`);
  return n;
}

/** `1mb`, `512kb`, `2000000` → bytes. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m)?$/iu.exec(value.trim());
  if (!m) throw new UsageError(`--body-limit expects a size such as 1mb, 512kb or 200000, not '${value}'`);
  const unit = (m[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1;
  const n = Math.floor(Number(m[1]) * factor);
  if (n < 1) throw new UsageError('--body-limit must be at least 1 byte');
  return n;
}

/** packages/web/dist: from an installed @vacancy-lint/web, or beside this package in the repository. */
export function defaultWebRoot(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const dist = join(dirname(require.resolve('@vacancy-lint/web/package.json')), 'dist');
    if (existsSync(dist)) return dist;
  } catch {
    // not installed: try the repository layout
  }
  const sibling = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');
  return existsSync(sibling) ? sibling : undefined;
}

export interface ServeIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export async function serveCommand(argv: readonly string[], prog = 'vacancy-lint-server', io: ServeIo = process): Promise<number> {
  const say = (line: string) => io.stderr.write(`${prog}: ${line}\n`);
  let port: number;
  let host: string;
  let options: ServerOptions;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      allowNegative: true,
      options: {
        port: { type: 'string', default: '8081' },
        host: { type: 'string', default: '127.0.0.1' },
        cors: { type: 'string', multiple: true },
        upstream: { type: 'string' },
        config: { type: 'string', short: 'c' },
        'js-config': { type: 'boolean', default: true },
        'body-limit': { type: 'string' },
        'time-limit': { type: 'string' },
        'client-timeout': { type: 'string' },
        threads: { type: 'string' },
        'rate-limit': { type: 'string' },
        web: { type: 'string' },
        'log-level': { type: 'string', default: 'info' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    if (values.help) {
      io.stdout.write(HELP.replace('{prog}', prog));
      return 0;
    }
    if (values.version) {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'; see --help`);
    port = positiveNumber('--port', values.port, 0)!;
    if (!Number.isInteger(port) || port > 65535) throw new UsageError(`--port expects a port number (0-65535), not '${values.port}'`);
    host = values.host!;
    if (values.upstream) {
      let url: URL;
      try {
        url = new URL(values.upstream);
      } catch {
        throw new UsageError(`--upstream expects a URL such as http://localhost:8010, not '${values.upstream}'`);
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError('--upstream must be an http or https URL');
    }
    const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
    if (!levels.includes(values['log-level']!)) throw new UsageError(`--log-level must be one of ${levels.join(', ')}`);
    const time = positiveNumber('--time-limit', values['time-limit'], 0.001);
    const client = positiveNumber('--client-timeout', values['client-timeout'], 0.001);
    const threads = positiveNumber('--threads', values.threads, 1);
    const rateLimit = positiveNumber('--rate-limit', values['rate-limit'], 1);
    const { loadServerConfig } = await import('./config.js');
    const loaded = await loadServerConfig({ allowJavaScript: values['js-config'] !== false, ...(values.config ? { configFile: values.config } : {}) });
    for (const notice of loaded.notices) say(`warning: ${notice}`);
    const web = values.web ? resolve(values.web) : defaultWebRoot();
    if (values.web && !existsSync(web!)) throw new UsageError(`--web: ${values.web} does not exist`);
    options = {
      config: loaded.config,
      logLevel: values['log-level']!,
      logStream: io.stdout,
      ...(values['body-limit'] ? { bodyLimit: parseSize(values['body-limit']) } : {}),
      ...(time ? { timeLimitMs: Math.round(time * 1000) } : {}),
      ...(client ? { clientTimeoutMs: Math.round(client * 1000) } : {}),
      ...(threads ? { threads: Math.floor(threads) } : {}),
      ...(rateLimit ? { rateLimit: Math.floor(rateLimit) } : {}),
      ...(values.cors ? { cors: values.cors } : {}),
      ...(values.upstream ? { upstream: values.upstream } : {}),
      ...(web ? { webRoot: web } : {}),
    };
    if (loaded.file) say(`config: ${loaded.file}`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      say(error instanceof ConfigError ? `invalid configuration: ${error.message}` : error.message);
      return 2;
    }
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      say(`${(error as Error).message.split('\n')[0]!.split('. ')[0]}; see --help`);
      return 2;
    }
    throw error;
  }

  const server = await buildServer(options);
  let address: string;
  try {
    address = await server.app.listen({ port, host });
  } catch (error) {
    await server.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') say(`port ${port} on ${host} is in use; choose another with --port`);
    else if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') say(`cannot listen on ${host}: no such address on this machine`);
    else if (code === 'EACCES') say(`not allowed to listen on port ${port}; use a port above 1023`);
    else say(`cannot listen on ${host}:${port}: ${(error as Error).message}`);
    return 2;
  }
  say(`listening on ${address} (LanguageTool API: ${address}/v2/check, JSON API: ${address}/api, OpenAPI: ${address}/openapi.json${options.webRoot ? `, web editor: ${address}/` : ''})`);

  return new Promise<number>((done) => {
    const stop = (signal: string) => {
      say(`${signal}: finishing requests in flight, then stopping`);
      server.close().then(
        () => done(0),
        (error: unknown) => {
          say(`error while stopping: ${(error as Error).message}`);
          done(1);
        },
      );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
