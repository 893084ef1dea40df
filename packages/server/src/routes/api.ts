/**
 * The native JSON API: POST /api/lint returns @vacancy-lint/core's LintResult; GET /api/rules and
 * GET /api/rules/:id the rule metadata. The JSON schemas here validate the requests and are the
 * source of /openapi.json.
 */
import { CATEGORIES, REGIONS, getRule, listRules, type Category, type Language, type LintResult, type VacancyLintConfig } from '@vacancy-lint/core';
import { ConfigError, validateConfig } from '@vacancy-lint/config';
import type { FastifyInstance } from 'fastify';
import { BadRequest, HttpError } from '../errors.js';
import type { LintPool } from '../pool.js';

export interface ApiContext {
  pool: LintPool;
  config: VacancyLintConfig;
}

const finding = {
  type: 'object',
  additionalProperties: true,
  properties: {
    ruleId: { type: 'string' },
    category: { type: 'string', enum: [...CATEGORIES] },
    severity: { type: 'string', enum: ['error', 'warning', 'info'] },
    message: { type: 'string' },
    explanation: { type: 'string' },
    suggestions: { type: 'array', items: { type: 'string' } },
    fixable: { type: 'boolean' },
    spansMarkup: { type: 'boolean' },
    sources: { type: 'array', items: { type: 'string' } },
    actual: { type: 'string' },
    language: { type: 'string' },
    line: { type: 'integer' },
    column: { type: 'integer', description: '1-based, UTF-16 code units' },
    endLine: { type: 'integer' },
    endColumn: { type: 'integer' },
    offset: { type: 'integer', description: '0-based, UTF-16 code units' },
    endOffset: { type: 'integer' },
  },
} as const;

const lintResult = {
  type: 'object',
  additionalProperties: true,
  description: "@vacancy-lint/core's LintResult",
  properties: {
    language: { type: 'string', description: '`nl`, `en`, or `und` for a language without rules' },
    region: { type: 'string' },
    unsupported: { type: 'object', additionalProperties: true },
    findings: { type: 'array', items: finding },
    summary: { type: 'object', additionalProperties: true },
  },
} as const;

const ruleInfo = {
  type: 'object',
  additionalProperties: true,
  properties: {
    id: { type: 'string' },
    language: { type: 'string' },
    category: { type: 'string' },
    severity: { type: 'string' },
    message: { type: 'string' },
    explanation: { type: 'string' },
    suggestions: { type: 'array', items: { type: 'string' } },
    fixable: { type: 'boolean' },
    sources: { type: 'array', items: { type: 'string' } },
    docsUrl: { type: 'string' },
  },
} as const;

const error = {
  type: 'object',
  properties: { statusCode: { type: 'integer' }, error: { type: 'string' }, message: { type: 'string' } },
} as const;

interface LintBody {
  text: string;
  format?: 'text' | 'markdown' | 'html';
  language?: Language | 'auto';
  region?: (typeof REGIONS)[number];
  config?: Record<string, unknown>;
}

/** The server's config with the request's on top (rules merged key by key). */
function requestConfig(server: VacancyLintConfig, given: Record<string, unknown> | undefined): VacancyLintConfig {
  if (!given) return server;
  let own: VacancyLintConfig;
  try {
    own = validateConfig(given, 'request config') as VacancyLintConfig;
  } catch (e) {
    if (e instanceof ConfigError) throw new BadRequest(`invalid config: ${e.message}`);
    throw e;
  }
  return { ...server, ...own, rules: { ...server.rules, ...own.rules } };
}

export async function apiRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.post<{ Body: LintBody }>(
    '/api/lint',
    {
      schema: {
        summary: 'Lint a text',
        tags: ['vacancy-lint'],
        body: {
          type: 'object',
          required: ['text'],
          additionalProperties: false,
          properties: {
            text: { type: 'string' },
            format: { type: 'string', enum: ['text', 'markdown', 'html'], default: 'text' },
            language: { type: 'string', enum: ['auto', 'nl', 'en'], default: 'auto' },
            region: { type: 'string', enum: [...REGIONS] },
            config: { type: 'object', description: 'a vacancy-lint configuration (as in .vacancylintrc.json), over the server\'s own' },
          },
        },
        response: { 200: lintResult, 400: error, 413: error, 503: error },
      },
    },
    async (request): Promise<LintResult> => {
      const { text, format, language, region, config } = request.body;
      const options = { format, language, config: requestConfig(ctx.config, config), ...(region ? { region } : {}) };
      return (await ctx.pool.lint({ text, options })).result;
    },
  );

  app.get<{ Querystring: { language?: Language; category?: Category } }>(
    '/api/rules',
    {
      schema: {
        summary: 'List the rules',
        tags: ['vacancy-lint'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { language: { type: 'string', enum: ['nl', 'en'] }, category: { type: 'string', enum: [...CATEGORIES] } },
        },
        response: { 200: { type: 'array', items: ruleInfo } },
      },
    },
    async (request) => listRules({ ...request.query }),
  );

  app.get<{ Params: { id: string } }>(
    '/api/rules/:id',
    {
      schema: {
        summary: 'One rule: message, explanation, suggestions, sources, examples',
        tags: ['vacancy-lint'],
        params: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
        response: { 200: ruleInfo, 404: error },
      },
    },
    async (request) => {
      const rule = getRule(request.params.id);
      if (!rule) throw new HttpError(404, `no rule '${request.params.id.slice(0, 80)}'; GET /api/rules lists them`);
      return rule;
    },
  );
}
