#!/usr/bin/env node
// The bundle (scripts/bundle.mjs, built by `npm run build`) starts in about half the time: one
// file to load instead of some 300 modules. The compiled modules run instead when there is no
// bundle, or when a `tsc -b` compiled this package, the core or the config loader after it was
// made, or when `npm run rules:check` rewrote the core's rule data after it (a stale bundle would run
// yesterday's code and rules).
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

// V8 allocates the objects made at one place in the code straight in the old generation once enough
// of them outlive a young-generation collection ("allocation-site pretenuring"). A lint makes short-lived
// trees; in about a third of processes the heuristic fires on them, and from then on every lint takes
// about twice as long, most of it in garbage collection (docs/performance.md, round 6). Off for this
// process and its worker threads; the language server and the HTTP server do the same.
setFlagsFromString('--no-allocation-site-pretenuring');

const mtime = (path) => {
  try {
    return statSync(new URL(path, import.meta.url)).mtimeMs;
  } catch {
    return NaN;
  }
};
const bundleFile = fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url));
let bundleStat;
try {
  bundleStat = statSync(bundleFile, { bigint: true });
} catch {
  bundleStat = undefined;
}
const compiled = Math.max(...['../dist/.tsbuildinfo', '../../core/dist/.tsbuildinfo', '../../config/dist/.tsbuildinfo', '../../core/dist/generated/rules.js'].map(mtime).filter(Number.isFinite));

/**
 * V8's code cache for the bundle, kept in a folder of this user's own (never in a project, where
 * anyone who can write a file could hand us code to run): `$XDG_CACHE_HOME/vacancy-lint/v8`, by
 * default `~/.cache/vacancy-lint/v8`. Node 20 offers no code cache for ES modules, hence the
 * CommonJS bundle run through `vm.Script`. The key is the bundle file's identity (device, inode,
 * size, modification and change times in nanoseconds: a rebuilt or replaced bundle changes at least
 * one) and the Node and V8 build, not a hash of the bundle's text: hashing 1.3 MB, and loading
 * node:crypto to do it, was some 10 ms of a 100 ms start. The whole key heads the cache file and must
 * match byte for byte (the file name is only a short hash of it), and V8 itself refuses data of
 * another build or source length. Files are written whole (a temporary file renamed), so a reader
 * never sees half of one. Anything odd (no home folder, a folder of another user or writable by
 * others, a read or write error) means no cache, never a failed run. VACANCY_LINT_CODE_CACHE=0 turns
 * it off. A `--jsonl` run goes without: it lints a stream of documents, so start-up is a small part
 * of it, while code read from the cache stayed resident (about 12 MB more peak memory over the whole
 * English corpus, measured with one worker).
 */
function codeCache(stat) {
  if (process.env.VACANCY_LINT_CODE_CACHE === '0') return undefined;
  if (process.argv.some((arg) => arg === '--jsonl' || arg.startsWith('--jsonl='))) return undefined;
  try {
    const base = process.env.XDG_CACHE_HOME || (process.platform === 'win32' ? process.env.LOCALAPPDATA : undefined) || join(homedir(), '.cache');
    const dir = join(base, 'vacancy-lint', 'v8');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (process.platform !== 'win32') {
      const own = statSync(dir);
      if (own.uid !== process.getuid() || (own.mode & 0o022) !== 0) return undefined;
    }
    const key = Buffer.from(`vacancy-lint code cache 1 ${process.version} ${process.arch} ${process.versions.v8} ${stat.dev} ${stat.ino} ${stat.size} ${stat.mtimeNs} ${stat.ctimeNs}\n`, 'latin1');
    // FNV-1a of the key: a file name per bundle, not a safeguard (the key itself is compared).
    let hash = 0x811c9dc5;
    for (const byte of key) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
    const file = join(dir, `cli-${hash.toString(16).padStart(8, '0')}.bin`);
    let data;
    try {
      const bytes = readFileSync(file);
      if (bytes.length > key.length && key.equals(bytes.subarray(0, key.length))) data = bytes.subarray(key.length);
    } catch {
      data = undefined;
    }
    const save = (bytes) => {
      try {
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, Buffer.concat([key, bytes]), { mode: 0o600 });
        renameSync(temporary, file);
        // One bundle's cache at a time: older builds' entries would only pile up.
        for (const old of readdirSync(dir)) if (old.startsWith('cli-') && old.endsWith('.bin') && old !== basename(file)) rmSync(join(dir, old), { force: true });
      } catch {
        // A cache that cannot be written is no cache.
      }
    };
    return { data, save };
  } catch {
    return undefined;
  }
}

let afterRun = () => {};

/**
 * The bundle's text wrapped as a function of a CommonJS module's variables (and `__import`). The
 * build writes the bundle so wrapped already (scripts/bundle.mjs): wrapping it here would copy
 * 1.3 MB once more at every start.
 */
const WRAPPER = "(function (exports, require, module, __filename, __dirname, __import) { 'use strict'; ";

/** Runs the CommonJS bundle as Node would run a CommonJS module, with V8's code cache when there is one. */
function loadBundle(file, stat) {
  // The bundle is ASCII only (scripts/bundle.mjs), so reading it as Latin-1 is exact and quick.
  const source = readFileSync(file, 'latin1');
  const cache = codeCache(stat);
  const wrapped = source.startsWith(WRAPPER) ? source : `${WRAPPER}${source}\n})`;
  const script = new Script(wrapped, { filename: file, cachedData: cache?.data });
  const module = { exports: {} };
  // The bundle's `import()` calls are `__import` calls (scripts/bundle.mjs): a script run by vm
  // cannot import by itself on Node 20 without an experimental flag.
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), (specifier) => import(specifier));
  // Made after the run, the cache also holds the functions the run compiled.
  if (cache && (cache.data === undefined || script.cachedDataRejected)) afterRun = () => cache.save(script.createCachedData());
  return module.exports;
}

const { main } = bundleStat && Number(bundleStat.mtimeNs) / 1e6 >= compiled ? loadBundle(bundleFile, bundleStat) : await import('../dist/main.js');

process.exitCode = await main(process.argv.slice(2));
afterRun();
