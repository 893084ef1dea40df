/**
 * The built web editor (packages/web/dist, made by `npm run build`): small enough, relative URLs
 * only (it works from any folder of any static host), no way to send anything out (its Content-
 * Security-Policy allows no connections), and an engine bundle that never touches `document`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WEB_DIST } from './fixtures/web/browser.js';

const BUDGET_GZIP_BYTES = 500 * 1024;

describe('web editor build', () => {
  if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error(`${WEB_DIST}index.html not found: run npm run build first`);
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const assets = readdirSync(join(WEB_DIST, 'assets'));
  const scripts = assets.filter((f) => f.endsWith('.js'));

  it(`keeps all JavaScript within ${BUDGET_GZIP_BYTES / 1024} KB gzipped`, () => {
    const sizes = scripts.map((f) => ({ file: f, gzip: gzipSync(readFileSync(join(WEB_DIST, 'assets', f)), { level: 9 }).length }));
    const total = sizes.reduce((n, s) => n + s.gzip, 0);
    console.log(`web editor JavaScript, gzipped: ${sizes.map((s) => `${s.file} ${(s.gzip / 1024).toFixed(1)} KB`).join(', ')}; total ${(total / 1024).toFixed(1)} KB`);
    expect(scripts.some((f) => f.startsWith('worker-'))).toBe(true);
    expect(total).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('refers to its files by relative URLs only', () => {
    const urls = [...html.matchAll(/\s(?:src|href)="([^"]*)"/gu)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) expect(url, url).toMatch(/^(\.\/|data:|#)/u);
    const main = readFileSync(join(WEB_DIST, 'assets', scripts.find((f) => f.startsWith('index-'))!), 'utf8');
    // The worker is found next to the page's script, wherever that is.
    expect(main).toMatch(/new URL\(["'`](\.\/|\/assets\/)?worker-[\w-]+\.js["'`],\s*import\.meta\.url\)/u);
  });

  it('allows no connections, so nothing typed can leave the browser', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/u.exec(html)?.[1]?.replaceAll('&#39;', "'");
    expect(csp).toBeDefined();
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("form-action 'none'");
  });

  it("bundles the engine with the worker's export conditions (no DOM in a worker)", () => {
    const worker = readFileSync(join(WEB_DIST, 'assets', scripts.find((f) => f.startsWith('worker-'))!), 'utf8');
    expect(worker).not.toMatch(/document\.createElement/u);
    // And the engine is only in the worker: the page's own bundle has no rule data.
    const main = readFileSync(join(WEB_DIST, 'assets', scripts.find((f) => f.startsWith('index-'))!), 'utf8');
    expect(main).not.toContain('nl.age.jong-team');
    expect(worker).toContain('nl.age.jong-team');
  });
});
