// Bundles the compiled CLI (dist/main.js) and its batch worker into two ES module files, so a run
// reads two files instead of resolving and loading some 300 modules: about half of the cold start
// of `vacancy-lint one-file.md` was Node's module loader. bin/vacancy-lint.js uses the bundle when
// it is there and dist/main.js otherwise.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * Modules that read a JSON file beside them with createRequire(import.meta.url) (the config schema,
 * package.json for the version) would look for it beside the bundle: inline the JSON instead.
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
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // Less to parse at every start; names are kept, so stack traces (--debug) still read.
  minifyWhitespace: true,
  minifySyntax: true,
  absWorkingDir: here,
  plugins: [inlineJsonRequires],
  // jsonc-parser's `main` is a UMD build whose dynamic requires esbuild cannot follow; its ESM build bundles.
  mainFields: ['module', 'main'],
  // CommonJS dependencies (commander, ajv) call require() for Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

await Promise.all([
  build({ ...common, entryPoints: ['dist/main.js'], outfile: join('dist', 'bundle', 'cli.js') }),
  // The batch pool starts ./worker.js beside itself: beside the bundle, the bundled worker.
  build({ ...common, entryPoints: ['dist/batch/worker.js'], outfile: join('dist', 'bundle', 'worker.js') }),
]);
