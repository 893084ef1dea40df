/**
 * Static site: relative asset URLs (base './') so the page works from any folder of any static
 * host, one bundle per entry (no chunks loaded later, so it keeps working offline once loaded),
 * and the engine's dependencies resolved with the `worker` condition first: some have a browser
 * build that uses `document`, which does not exist in the worker the engine runs in.
 */
import { defineConfig, type Plugin } from 'vite';

/**
 * A Content-Security-Policy in the built page: no connections at all (`connect-src 'none'`), so
 * even a future dependency could not send the text anywhere. Scripts and the worker only from the
 * page's own folder; inline styles are allowed because CodeMirror writes its theme at run time.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'vacancy-lint-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

/**
 * The core's prebuilt rule tables (generated/tables.js, about 770 KB of JSON) would take the page past
 * its 500 KB budget of gzipped JavaScript. The page's worker starts once per visit, so it builds its
 * tables from the rule data on the first check instead, as the core does without prebuilt tables.
 */
function withoutPrebuiltTables(): Plugin {
  return {
    name: 'vacancy-lint-without-prebuilt-tables',
    load: (id) => (/[\\/]core[\\/](?:dist|src)[\\/]generated[\\/]tables\.[jt]s$/u.test(id) ? 'export const prebuiltTables = {};\n' : null),
  };
}

const conditions = ['worker', 'module', 'browser', 'production'];

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy(), withoutPrebuiltTables()],
  resolve: { conditions },
  worker: { format: 'es', plugins: () => [withoutPrebuiltTables()] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    reportCompressedSize: true,
    // The worker carries the engine and all rule data in one file on purpose (no chunk fetched
    // later, so the page works offline); the real budget, 500 KB gzipped for all JavaScript, is
    // checked by test/web-build.test.ts.
    chunkSizeWarningLimit: 1200,
  },
  preview: { port: 4173 },
});
