// Bundles the extension and the language server to CommonJS: VS Code loads extensions with
// require(), and unified/retext (used by the core) are ESM-only.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);

/**
 * @vacancy-lint/config reads its JSON schema with createRequire(import.meta.url), which a
 * bundle cannot follow; turn such relative JSON requires into imports so the JSON is inlined.
 */
const inlineJsonRequires = {
  name: 'inline-json-requires',
  setup(b) {
    b.onLoad({ filter: /\.m?js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('createRequire(import.meta.url)')) return undefined;
      const imports = [];
      const contents = text.replace(/\brequire\((['"])(\.{1,2}\/[^'"]+\.json)\1\)/gu, (_, _quote, spec) => {
        const name = `__inlinedJson${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(spec)};`);
        return name;
      });
      if (imports.length === 0) return undefined;
      return { contents: `${imports.join('\n')}\n${contents}`, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

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
    plugins: [inlineJsonRequires],
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
