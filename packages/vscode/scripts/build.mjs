// Bundles the extension and the language server to CommonJS: VS Code loads extensions with
// require(), and unified/retext (used by the core) are ESM-only.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: here,
  // import.meta does not exist in CommonJS; give modules that use it the bundle's own URL.
  define: { 'import.meta.url': '__bundleImportMetaUrl' },
  banner: { js: 'const __bundleImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
};

await Promise.all([
  build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({
    ...common,
    entryPoints: [require.resolve('@vacancy-lint/language-server/main')],
    outfile: 'dist/server.js',
    // jsonc-parser's `main` is a UMD build whose dynamic requires esbuild cannot follow; its ESM build bundles.
    mainFields: ['module', 'main'],
  }),
  // Long documents are checked in a worker thread; the server starts it from ./lint-worker.js beside itself.
  build({
    ...common,
    entryPoints: [require.resolve('@vacancy-lint/language-server/lint-worker')],
    outfile: 'dist/lint-worker.js',
  }),
]);
