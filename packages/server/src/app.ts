/**
 * Builds the Fastify app: plugins (OpenAPI, CORS, static web editor), routes, error answers and
 * logs. Listening, signals and the command line are in serve.ts, so tests inject requests here.
 */
import { createServer, type RequestListener } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import type { VacancyLintConfig } from '@vacancy-lint/core';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';
import { Upstream } from './languagetool/upstream.js';
import { LintPool } from './pool.js';
import { apiRoutes } from './routes/api.js';
import { languageToolRoutes } from './routes/languagetool.js';

export interface ServerOptions {
  /** Configuration for every lint (the CLI's config file, loaded by serve.ts). */
  config?: VacancyLintConfig;
  /** Largest request body in bytes (default 1 MiB); larger ones get 413. */
  bodyLimit?: number;
  /** Per-request time limit for a lint, in milliseconds (default 20 s). */
  timeLimitMs?: number;
  /** A client that has not sent its whole request in this time gets 408 (default 30 s). */
  clientTimeoutMs?: number;
  /** Worker threads (default: number of cores). */
  threads?: number;
  /** Requests per minute one client address may make; unlimited when absent. */
  rateLimit?: number;
  /** Origins allowed by CORS; none (the default) sends no CORS headers. */
  cors?: string[];
  /** A LanguageTool server whose matches are merged into /v2/check. */
  upstream?: string;
  /** Folder with the built web editor, served at `/` when it exists. */
  webRoot?: string;
  /** pino level (default info); `silent` for none. */
  logLevel?: string;
  /** Where log lines go (default standard output). */
  logStream?: NodeJS.WritableStream;
}

export const DEFAULTS = { bodyLimit: 1024 * 1024, timeLimitMs: 20_000, clientTimeoutMs: 30_000 } as const;

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
export const VERSION = pkg.version;
const BUILD_DATE = (() => {
  try {
    return statSync(new URL('./app.js', import.meta.url)).mtime.toISOString().slice(0, 10);
  } catch {
    return '';
  }
})();

/** Path without the query string: a GET /v2/check carries the text there, and logs never hold it. */
function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

function bytes(n: number): string {
  return n >= 1024 * 1024 && n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MB` : `${n} bytes`;
}

/** One line for the client, never a stack trace. */
function errorMessage(error: FastifyError, bodyLimit: number): { status: number; message: string } {
  if (error instanceof HttpError) return { status: error.statusCode, message: error.message };
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, message: `the request body is larger than this server's limit of ${bytes(bodyLimit)}; send a shorter text` };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, message: 'the body is not valid JSON' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, message: 'send the body as application/json' };
  }
  if (error.validation) return { status: 400, message: `invalid request: ${error.message}` };
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return { status, message: error.message };
  return { status: 500, message: 'internal error; the server log has the details' };
}

const STATUS_NAMES: Record<number, string> = {
  404: 'Not Found',
  408: 'Request Timeout',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

export interface Server {
  app: FastifyInstance;
  pool: LintPool;
  /** Stops accepting, finishes requests in flight, then stops the workers. */
  close(): Promise<void>;
}

export async function buildServer(options: ServerOptions = {}): Promise<Server> {
  const bodyLimit = options.bodyLimit ?? DEFAULTS.bodyLimit;
  const timeLimitMs = options.timeLimitMs ?? DEFAULTS.timeLimitMs;
  const clientTimeoutMs = options.clientTimeoutMs ?? DEFAULTS.clientTimeoutMs;
  const pool = new LintPool({ timeLimitMs, ...(options.threads ? { threads: options.threads } : {}) });
  const app = Fastify({
    bodyLimit,
    // A wrong type or an unknown field is the client's mistake to hear about, not to be guessed.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false } },
    // Node's own slow-client guard: a request not fully received in time gets 408 and is closed.
    // The check runs every second (Node's default is 30 s) so the limit holds near its value.
    serverFactory: (handler: RequestListener) =>
      createServer({ requestTimeout: clientTimeoutMs, headersTimeout: Math.min(clientTimeoutMs, 60_000), connectionsCheckingInterval: 1000 }, handler),
    logger: {
      level: options.logLevel ?? 'info',
      ...(options.logStream ? { stream: options.logStream } : {}),
      serializers: {
        req: (req: FastifyRequest) => ({ method: req.method, url: pathOf(req.url), remoteAddress: req.ip }),
      },
    },
  });
  // The threads start once the server listens: see LintPool.start.
  app.addHook('onListen', async () => {
    pool.start();
  });

  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const { status, message } = errorMessage(error, bodyLimit);
    if (status >= 500) request.log.error({ err: { type: error.name, message: error.message, stack: error.stack } }, 'request failed');
    else request.log.info({ status, reason: message }, 'request refused');
    reply.code(status);
    if (request.url.startsWith('/v2/')) return reply.type('text/plain; charset=utf-8').send(`Error: ${message}`);
    return reply.send({ statusCode: status, error: STATUS_NAMES[status] ?? (status >= 500 ? 'Internal Server Error' : 'Bad Request'), message });
  });

  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request.url);
    const message = `no ${request.method} ${path.slice(0, 100)} here; the LanguageTool API is under /v2 (POST /v2/check, GET /v2/languages), the JSON API under /api (see /openapi.json)`;
    reply.code(404);
    if (path.startsWith('/v2/')) return reply.type('text/plain; charset=utf-8').send(`Error: ${message}`);
    return reply.send({ statusCode: 404, error: 'Not Found', message });
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'vacancy-lint server',
        version: VERSION,
        description: 'Lints job ads for exclusionary wording (Dutch and English). LanguageTool-compatible API under /v2, native JSON API under /api.',
      },
    },
  });
  if (options.rateLimit) {
    await app.register(fastifyRateLimit, {
      max: options.rateLimit,
      timeWindow: 60_000,
      errorResponseBuilder: (_request, context) =>
        Object.assign(new Error(`more than ${context.max} requests a minute from this address; try again in ${Math.ceil(context.ttl / 1000)} s`), { statusCode: 429 }),
    });
  }
  if (options.cors && options.cors.length > 0) {
    // `*` anywhere in the list means any origin (in a list, @fastify/cors would compare it literally).
    const origin = options.cors.includes('*') ? '*' : options.cors;
    await app.register(fastifyCors, { origin, methods: ['GET', 'POST', 'OPTIONS'] });
  }

  const config = options.config ?? {};
  const upstream = options.upstream ? new Upstream(options.upstream, timeLimitMs) : undefined;
  await app.register(async (scope) => languageToolRoutes(scope, { pool, config, software: { version: VERSION, buildDate: BUILD_DATE }, ...(upstream ? { upstream } : {}) }));
  await app.register(async (scope) => apiRoutes(scope, { pool, config }));

  app.get('/healthz', { schema: { summary: 'Liveness', tags: ['operations'], response: { 200: { type: 'object', properties: { status: { type: 'string' }, version: { type: 'string' } } } } } }, async () => ({
    status: 'ok',
    version: VERSION,
  }));
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const web = options.webRoot && existsSync(options.webRoot) && statSync(options.webRoot).isDirectory() ? options.webRoot : undefined;
  if (web) {
    await app.register(fastifyStatic, { root: web, prefix: '/' });
  } else {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send(
          'vacancy-lint server\n\nLanguageTool API: POST /v2/check, GET /v2/languages\nJSON API: POST /api/lint, GET /api/rules, GET /api/rules/:id (see /openapi.json)\nThe web editor is served here once packages/web has been built.\n',
        ),
    );
  }

  await app.ready();
  let closing: Promise<void> | undefined;
  return {
    app,
    pool,
    close: () => (closing ??= app.close().then(() => pool.close())),
  };
}
