/**
 * LanguageTool's HTTP API, v2: POST (or GET) /v2/check, GET /v2/languages, GET /v2/healthcheck.
 * The body is read as a string whatever its Content-Type (LanguageTool does the same, and some
 * clients send none), then parsed as a form (languagetool/params.ts). Errors are plain text
 * starting with `Error: `, as LanguageTool's server sends them.
 */
import type { FastifyInstance } from 'fastify';
import { checkText, type CheckContext } from '../languagetool/check.js';
import { LANGUAGES, type LtLanguage } from '../languagetool/languages.js';
import { readParams } from '../languagetool/params.js';

function rawQuery(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? '' : url.slice(q + 1);
}

export async function languageToolRoutes(app: FastifyInstance, ctx: CheckContext): Promise<void> {
  // This plugin's own body parsing: every body is text (a form), Content-Type or not.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  const check = async (body: unknown, url: string) => {
    const form = typeof body === 'string' ? body : '';
    const query = rawQuery(url);
    const params = readParams(form, query);
    // The upstream server gets the same parameters: the form with the query string after it.
    return checkText(params, [form, query].filter(Boolean).join('&'), ctx);
  };
  const checkSchema = {
    summary: 'LanguageTool-compatible check',
    description:
      "LanguageTool's POST /v2/check: form parameters (in the body, with or without Content-Type, or in the query string) `text` or `data`, `language` (auto, nl, nl-NL, nl-BE, en, en-US, en-GB, …), `enabledRules`, `disabledRules`, `enabledCategories`, `disabledCategories`, `enabledOnly`, `level`, `preferredVariants`. Answers with LanguageTool's JSON.",
    tags: ['LanguageTool'],
  };
  app.post('/v2/check', { schema: checkSchema }, (request) => check(request.body, request.url));
  app.get('/v2/check', { schema: { ...checkSchema, summary: 'LanguageTool-compatible check (parameters in the query string)' } }, (request) =>
    check(undefined, request.url),
  );

  app.get('/v2/languages', { schema: { summary: 'Languages, in LanguageTool\'s shape', tags: ['LanguageTool'] } }, async () => {
    if (!ctx.upstream) return LANGUAGES;
    const answer = await ctx.upstream.languages();
    if (!answer.ok || !Array.isArray(answer.body)) return LANGUAGES;
    // With an upstream server, everything it checks is offered too.
    const all = new Map<string, LtLanguage>();
    for (const entry of [...LANGUAGES, ...(answer.body as LtLanguage[])]) if (entry && typeof entry.longCode === 'string' && !all.has(entry.longCode)) all.set(entry.longCode, entry);
    return [...all.values()].sort((a, b) => a.name.localeCompare(b.name));
  });

  app.get('/v2/healthcheck', { schema: { hide: true } }, async (_request, reply) => reply.type('text/plain').send('OK'));
}
