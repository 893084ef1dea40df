// Bundles the compiled CLI (dist/main.js) and its batch worker into two ES module files, so a run
// reads two files instead of resolving and loading some 300 modules: about half of the cold start
// of `vacancy-lint one-file.md` was Node's module loader. bin/vacancy-lint.js uses the bundle when
// it is there and dist/main.js otherwise.
import { build } from 'esbuild';
import { parse } from 'acorn';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

/**
 * The core's prebuilt rule tables (generated/tables.js, one JSON string per language, about 400 KB
 * each) would make up a third of the bundle, parsed at every start though a run needs one language
 * at most. In the bundle they are files beside it instead (tables-<language>.json), each read when
 * its language's table is first needed. A missing or unreadable file gives no prebuilt table, and
 * the core then builds that table from the rule data as it would without a build.
 */
const tablesModule = join(here, '..', 'core', 'dist', 'generated', 'tables.js');
const { prebuiltTables } = await import(pathToFileURL(tablesModule).href);
const tableFiles = {
  name: 'table-files',
  setup(b) {
    b.onLoad({ filter: /[\\/]core[\\/]dist[\\/]generated[\\/]tables\.js$/ }, () => ({
      loader: 'js',
      contents: [
        "import { readFileSync } from 'node:fs';",
        'const read = (language) => {',
        '  try {',
        '    return readFileSync(new URL(`./tables-${language}.json`, import.meta.url), "utf8");',
        '  } catch {',
        '    return undefined;',
        '  }',
        '};',
        `export const prebuiltTables = { ${Object.keys(prebuiltTables).map((l) => `get ${l}() { return read(${JSON.stringify(l)}); }`).join(', ')} };`,
      ].join('\n'),
    }));
  },
};

/**
 * franc-min turns the letter trigrams of every language it knows (some 80, as `|`-joined strings)
 * into lookup objects when it is loaded: tens of thousands of properties made and collected at every
 * start, though the engine asks franc only about the rare unclear passage (language/detect.ts), and
 * then mostly about Dutch and English alone. In the bundle each language's object is made on first
 * use instead: a getter per language that replaces itself with the object. franc reads the objects
 * only through `for…in` over a script's languages (which still lists every language) and by name
 * after filtering them, so it computes the same as before. A changed franc-min stops the build.
 */
const FRANC_EAGER = `for (script in data) {
  if (own.call(data, script)) {
    const languages = data[script]
    /** @type {string} */
    let name

    numericData[script] = {}

    for (name in languages) {
      if (own.call(languages, name)) {
        const model = languages[name].split('|')
        /** @type {Record<string, number>} */
        const trigrams = {}
        let weight = model.length

        while (weight--) {
          trigrams[model[weight]] = weight
        }

        numericData[script][name] = trigrams
      }
    }
  }
}`;
const FRANC_LAZY = `for (script in data) {
  if (own.call(data, script)) {
    const languages = data[script]
    const lazy = {}
    for (const name in languages) {
      if (own.call(languages, name)) {
        Object.defineProperty(lazy, name, {
          configurable: true,
          enumerable: true,
          get() {
            const model = languages[name].split('|')
            const trigrams = {}
            let weight = model.length
            while (weight--) {
              trigrams[model[weight]] = weight
            }
            Object.defineProperty(lazy, name, { value: trigrams, configurable: true, enumerable: true, writable: true })
            return trigrams
          }
        })
      }
    }
    numericData[script] = lazy
  }
}`;
const lazyFranc = {
  name: 'lazy-franc',
  setup(b) {
    b.onLoad({ filter: /[\\/]franc-min[\\/]index\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes(FRANC_EAGER)) throw new Error(`${args.path}: franc-min builds its trigram tables in another way now; update lazyFranc in scripts/bundle.mjs`);
      return { contents: text.replace(FRANC_EAGER, FRANC_LAZY), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/**
 * fdir looks for picomatch in node_modules when it is loaded, for its `glob()`, which tinyglobby (our
 * only user of fdir) never calls: a module search and several files read and compiled at every
 * start for nothing. The bundle leaves that out; a changed fdir stops the build.
 */
const FDIR_PICOMATCH = `try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}`;
const noFdirPicomatch = {
  name: 'no-fdir-picomatch',
  setup(b) {
    b.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes(FDIR_PICOMATCH)) throw new Error(`${args.path}: fdir loads picomatch in another way now; update noFdirPicomatch in scripts/bundle.mjs`);
      return { contents: text.replace(FDIR_PICOMATCH, ''), loader: 'js', resolveDir: dirname(args.path) };
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
  plugins: [inlineJsonRequires, tableFiles, lazyFranc, noFdirPicomatch],
  // jsonc-parser's `main` is a UMD build whose dynamic requires esbuild cannot follow; its ESM build bundles.
  mainFields: ['module', 'main'],
  // CommonJS dependencies (commander, ajv) call require() for Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

/**
 * esbuild leaves non-ASCII characters in regular expression literals as they are ("’", "–", "à-ö").
 * One such character makes Node decode the whole bundle into a two-byte string, which is slower to
 * decode and to parse at every start than a one-byte one; as `\uXXXX` escapes they mean the same (in
 * strings, regular expressions with and without the `u` flag, identifiers and comments alike).
 */
function asciiOnly(text, file) {
  return text.replace(/[^\x00-\x7f]/gu, (char) => {
    const code = char.codePointAt(0);
    // Outside the BMP a `\u` escape would be two halves, which means something else in a class of a
    // regular expression without the `u` flag: none occur, and a new one stops the build.
    if (code > 0xffff) throw new Error(`${file}: character U+${code.toString(16)} outside the BMP; escape it by hand`);
    return `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * The command as CommonJS (cli.cjs), which bin/vacancy-lint.js runs through `vm.Script` with V8's
 * code cache: Node 20 has no code cache for ES modules, and compiling the bundle was a fifth of a
 * cold start. `import.meta.url` (the worker's place, the version file) becomes the bundle's own URL.
 * The batch worker stays an ES module: it starts once per batch, not per run.
 */
const commonJs = {
  format: 'cjs',
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/**
 * `import()` in code run by `vm.Script` needs a callback that Node 20 allows only with
 * --experimental-vm-modules (and loses when the code comes from the code cache). The few dynamic
 * imports of the command (a configuration module, the optional server package, node:fs) call
 * `__import` instead, which the bin hands in: its own `import()`. Found with a parser, not a text
 * search, so a string that says "import(" is left alone.
 */
function routeDynamicImports(text) {
  const starts = [];
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (node === null || typeof node !== 'object' || typeof node.type !== 'string') return;
    if (node.type === 'ImportExpression') starts.push(node.start);
    for (const key of Object.keys(node)) if (key !== 'type' && key !== 'start' && key !== 'end') visit(node[key]);
  };
  visit(parse(text, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true }));
  let out = text;
  for (const start of starts.sort((a, b) => b - a)) {
    if (!out.startsWith('import', start)) throw new Error(`bundle: no import() at ${start}`);
    out = `${out.slice(0, start)}__import${out.slice(start + 'import'.length)}`;
  }
  return out;
}
/**
 * Node modules that only some commands use, required where the bundle's top level would load them
 * at every start: child_process (commander, for subcommands run as programs; it brings net and dgram),
 * crypto (the config writer's temporary names), worker_threads (the batch pool) and string_decoder (JSON
 * Lines input), a few dozen of Node's internal modules in all. Each becomes an object that requires the
 * module on the first property read: the bundle uses them only as `module.name` (checked here: any
 * other use stops the build).
 */
function lazyModules(text) {
  let out = text;
  const replaceOnce = (from, to) => {
    const at = out.indexOf(from);
    if (at < 0 || out.indexOf(from, at + 1) >= 0) throw new Error(`bundle: expected ${from} once`);
    out = out.slice(0, at) + to + out.slice(at + from.length);
  };
  for (const [id, uses] of [
    ['node:child_process', /\bchildProcess\b/g],
    ['node:crypto', /\bimport_node_crypto\b/g],
    ['node:worker_threads', /\bimport_node_worker_threads\b/g],
    ['node:string_decoder', /\bimport_node_string_decoder\b/g],
  ]) {
    replaceOnce(`require("${id}")`, `__lazyModule("${id}")`);
    // Every other mention must read a property (`x.name`), the one thing the lazy object does.
    for (const m of out.matchAll(uses)) {
      const after = out.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (!/^\.[A-Za-z_$]/.test(after) && !/^\s*=\s*__lazyModule\(/.test(after)) throw new Error(`bundle: ${m[0]} is used other than by reading a property`);
    }
  }
  return `const __lazyModule = (id) => { let loaded; return new Proxy({}, { get: (_, key) => (loaded ??= require(id))[key] }); };\n${out}`;
}

/**
 * The CommonJS bundle is written wrapped as the function bin/vacancy-lint.js calls with a module's
 * variables (its WRAPPER, which must stay the same text): wrapping it at every start copied the
 * whole text once more.
 */
const WRAPPER = "(function (exports, require, module, __filename, __dirname, __import) { 'use strict'; ";
const wrapped = (text) => `${WRAPPER}${lazyModules(routeDynamicImports(text))}\n})`;
const outputs = { 'cli.cjs': ['dist/main.js', commonJs, wrapped], 'worker.js': ['dist/batch/worker.js', {}, (text) => text] };
await mkdir(join(here, 'dist', 'bundle'), { recursive: true });
for (const [language, json] of Object.entries(prebuiltTables)) await writeFile(join(here, 'dist', 'bundle', `tables-${language}.json`), json);
await Promise.all(
  // The batch pool starts ./worker.js beside itself: beside the bundle, the bundled worker.
  Object.entries(outputs).map(async ([name, [entry, options, finish]]) => {
    const result = await build({ ...common, ...options, entryPoints: [entry], outfile: join('dist', 'bundle', name), write: false });
    for (const file of result.outputFiles) await writeFile(file.path, finish(asciiOnly(file.text, file.path)));
  }),
);
