/**
 * The native JSON API, OpenAPI, health, CORS, the web editor folder and the logs, through
 * Fastify's injection.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, type Server } from '@vacancy-lint/server';

let server: Server;
beforeAll(async () => {
  server = await buildServer({ logLevel: 'silent', threads: 1, config: { rules: { 'nl.age': 'off' } } });
});
afterAll(() => server.close());

describe('POST /api/lint', () => {
  it("returns core's LintResult", async () => {
    const res = await server.app.inject({ method: 'POST', url: '/api/lint', payload: { text: 'Wij zoeken een verpleegster.' } });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.language).toBe('nl');
    expect(body.findings[0]).toMatchObject({ ruleId: 'nl.gender.functietitel-verpleegster', offset: 15, endOffset: 27, actual: 'verpleegster', line: 1, column: 16 });
    expect(body.summary.words).toBe(4);
  });

  it("applies the server's config file, and a request's config on top of it", async () => {
    const text = 'Wij zoeken een verpleegster voor ons jonge team.';
    const plain = (await server.app.inject({ method: 'POST', url: '/api/lint', payload: { text } })).json();
    expect(plain.findings.some((f: { category: string }) => f.category === 'age')).toBe(false);
    const own = (await server.app.inject({ method: 'POST', url: '/api/lint', payload: { text, config: { rules: { 'nl.age': 'warning', gender: 'off' } } } })).json();
    expect(own.findings.some((f: { category: string }) => f.category === 'age')).toBe(true);
    expect(own.findings.some((f: { category: string }) => f.category === 'gender')).toBe(false);
  });

  it('takes format, language and region', async () => {
    const res = await server.app.inject({ method: 'POST', url: '/api/lint', payload: { text: '<p>Wij zoeken een <b>verpleegster</b>.</p>', format: 'html', language: 'nl', region: 'nl-BE' } });
    const body = res.json();
    expect(body.region).toBe('nl-BE');
    expect(body.findings[0].actual).toBe('verpleegster');
  });

  it('refuses bad requests with a 400 naming the problem', async () => {
    const cases: [unknown, RegExp][] = [
      [{}, /text/u],
      [{ text: 1 }, /text/u],
      [{ text: 'x', language: 'de' }, /language/u],
      [{ text: 'x', region: 'fr-FR' }, /region/u],
      [{ text: 'x', extra: true }, /additional/u],
      [{ text: 'x', config: { rules: { 'nl.age.jong-tem': 'off' } } }, /invalid config: .*nl\.age\.jong-tem/u],
    ];
    for (const [payload, message] of cases) {
      const res = await server.app.inject({ method: 'POST', url: '/api/lint', payload: payload as object });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().message, JSON.stringify(payload)).toMatch(message);
    }
    const broken = await server.app.inject({ method: 'POST', url: '/api/lint', payload: '{"text": ', headers: { 'content-type': 'application/json' } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().message).toBe('the body is not valid JSON');
  });
});

describe('GET /api/rules', () => {
  it('lists the rules, filtered by language and category', async () => {
    const all = (await server.app.inject({ url: '/api/rules' })).json() as { id: string; language: string; category: string; docsUrl: string }[];
    expect(all.length).toBeGreaterThan(100);
    const nlAge = (await server.app.inject({ url: '/api/rules?language=nl&category=age' })).json() as typeof all;
    expect(nlAge.length).toBeGreaterThan(0);
    expect(nlAge.every((r) => r.language === 'nl' && r.category === 'age')).toBe(true);
    expect((await server.app.inject({ url: '/api/rules?language=xx' })).statusCode).toBe(400);
  });

  it('gives one rule, or a 404 naming it', async () => {
    const rule = (await server.app.inject({ url: '/api/rules/nl.gender.functietitel-verpleegster' })).json();
    expect(rule).toMatchObject({ id: 'nl.gender.functietitel-verpleegster', category: 'gender', suggestions: ['verpleegkundige'] });
    expect(rule.explanation.length).toBeGreaterThan(10);
    const missing = await server.app.inject({ url: '/api/rules/nl.nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toMatch(/no rule 'nl\.nope'/u);
  });
});

describe('operations', () => {
  it('serves an OpenAPI document generated from the route schemas', async () => {
    const doc = (await server.app.inject({ url: '/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./u);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/lint', '/api/rules', '/api/rules/{id}', '/v2/check', '/v2/languages', '/healthz']));
    expect(doc.paths['/api/lint'].post.requestBody.content['application/json'].schema.required).toEqual(['text']);
  });

  it('answers unknown paths with a 404 that says where the APIs are (plain text under /v2, as LanguageTool)', async () => {
    const lt = await server.app.inject({ url: '/v2/nope?text=secret' });
    expect(lt.statusCode).toBe(404);
    expect(lt.body).toBe("Error: no GET /v2/nope here; the LanguageTool API is under /v2 (POST /v2/check, GET /v2/languages), the JSON API under /api (see /openapi.json)");
    const api = await server.app.inject({ method: 'DELETE', url: '/api/lint' });
    expect(api.statusCode).toBe(404);
    expect(api.json().message).toMatch(/^no DELETE \/api\/lint here/u);
  });

  it('answers /healthz', async () => {
    expect((await server.app.inject({ url: '/healthz' })).json()).toMatchObject({ status: 'ok' });
  });

  it('sends no CORS headers by default', async () => {
    const res = await server.app.inject({ url: '/v2/languages', headers: { origin: 'https://evil.example' } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows the origins given with cors, and only those', async () => {
    const withCors = await buildServer({ logLevel: 'silent', threads: 1, cors: ['https://intranet.example'] });
    try {
      const ok = await withCors.app.inject({ url: '/v2/languages', headers: { origin: 'https://intranet.example' } });
      expect(ok.headers['access-control-allow-origin']).toBe('https://intranet.example');
      const preflight = await withCors.app.inject({ method: 'OPTIONS', url: '/v2/check', headers: { origin: 'https://intranet.example', 'access-control-request-method': 'POST' } });
      expect(preflight.statusCode).toBe(204);
      const other = await withCors.app.inject({ url: '/v2/languages', headers: { origin: 'https://evil.example' } });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await withCors.close();
    }
    const any = await buildServer({ logLevel: 'silent', threads: 1, cors: ['*'] });
    try {
      const res = await any.app.inject({ url: '/v2/languages', headers: { origin: 'moz-extension://abc' } });
      expect(res.headers['access-control-allow-origin']).toBe('*');
    } finally {
      await any.close();
    }
  });

  it('limits requests per client address with rateLimit: 429 with a clear message', async () => {
    const limited = await buildServer({ logLevel: 'silent', threads: 1, rateLimit: 2 });
    try {
      for (let i = 0; i < 2; i++) expect((await limited.app.inject({ url: '/v2/languages' })).statusCode).toBe(200);
      const lt = await limited.app.inject({ method: 'POST', url: '/v2/check', payload: 'language=nl&text=x' });
      expect(lt.statusCode).toBe(429);
      expect(lt.body).toMatch(/^Error: more than 2 requests a minute from this address; try again in \d+ s$/u);
      const api = await limited.app.inject({ url: '/api/rules' });
      expect(api.statusCode).toBe(429);
      expect(api.json()).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    } finally {
      await limited.close();
    }
    // Without the option there is no limit.
    for (let i = 0; i < 5; i++) expect((await server.app.inject({ url: '/v2/languages' })).statusCode).toBe(200);
  });

  it('serves the web editor folder at / when there is one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vl-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>vacancy-lint editor</title>');
    writeFileSync(join(dir, 'app.js'), 'console.log(1)');
    const web = await buildServer({ logLevel: 'silent', threads: 1, webRoot: dir });
    try {
      const page = await web.app.inject({ url: '/' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/u);
      expect(page.body).toContain('vacancy-lint editor');
      expect((await web.app.inject({ url: '/app.js' })).statusCode).toBe(200);
      // The APIs stay where they are.
      expect((await web.app.inject({ url: '/healthz' })).statusCode).toBe(200);
      expect((await web.app.inject({ url: '/../package.json' })).statusCode).not.toBe(200);
    } finally {
      await web.close();
      rmSync(dir, { recursive: true, force: true });
    }
    // Without the folder, / says what the server offers.
    const none = await server.app.inject({ url: '/' });
    expect(none.body).toContain('/v2/check');
  });

  it('never writes the posted text to the log, not even from a GET query string or a failed request', async () => {
    let log = '';
    const sink = new Writable({
      write(chunk, _enc, done) {
        log += chunk.toString();
        done();
      },
    });
    const logged = await buildServer({ logLevel: 'trace', logStream: sink, threads: 1, bodyLimit: 200 });
    const secret = 'Geheimetekst Pietersen verpleegster';
    try {
      await logged.app.inject({ method: 'POST', url: '/v2/check', payload: new URLSearchParams({ language: 'nl', text: secret }).toString() });
      await logged.app.inject({ url: `/v2/check?${new URLSearchParams({ language: 'nl', text: secret })}` });
      await logged.app.inject({ method: 'POST', url: '/api/lint', payload: { text: secret } });
      await logged.app.inject({ method: 'POST', url: '/api/lint', payload: { text: secret.repeat(20) } });
      await logged.app.inject({ method: 'POST', url: '/v2/check', payload: `language=nl&data=${encodeURIComponent(`{"text": "${secret}`)}` });
    } finally {
      await logged.close();
    }
    expect(log).toContain('/v2/check');
    expect(log).toContain('"statusCode":413');
    expect(log).not.toContain('Geheimetekst');
    expect(log).not.toContain('Pietersen');
  });
});
