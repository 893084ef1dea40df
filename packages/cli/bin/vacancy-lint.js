#!/usr/bin/env node
// The bundle (scripts/bundle.mjs, built by `npm run build`) starts in about half the time: one
// file to load instead of some 300 modules. The compiled modules run instead when there is no
// bundle, or when a `tsc -b` compiled this package, the core or the config loader after it was
// made, or when `npm run rules:check` rewrote the core's rule data after it (a stale bundle would run
// yesterday's code and rules).
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const mtime = (path) => {
  try {
    return statSync(new URL(path, import.meta.url)).mtimeMs;
  } catch {
    return NaN;
  }
};
const compiled = Math.max(...['../dist/.tsbuildinfo', '../../core/dist/.tsbuildinfo', '../../config/dist/.tsbuildinfo', '../../core/dist/generated/rules.js'].map(mtime).filter(Number.isFinite));

/**
 * V8's code cache for the bundle, kept in a folder of this user's own (never in a project, where
 * anyone who can write a file could hand us code to run): `$XDG_CACHE_HOME/vacancy-lint/v8`, by
 * default `~/.cache/vacancy-lint/v8`. Node 20 offers no code cache for ES modules, hence the
 * CommonJS bundle run through `vm.Script`. The key is the bundle's text and the Node and V8 build;
 * V8 itself refuses data of another build or source length. Files are written whole (a temporary
 * file renamed), so a reader never sees half of one. Anything odd (no home folder, a folder of
 * another user or writable by others, a read or write error) means no cache, never a failed run.
 * VACANCY_LINT_CODE_CACHE=0 turns it off. A `--jsonl` run goes without: it lints a stream of
 * documents, so start-up is a small part of it, while code read from the cache stayed resident
 * (about 12 MB more peak memory over the whole English corpus, measured with one worker).
 */
function codeCache(source) {
  if (process.env.VACANCY_LINT_CODE_CACHE === '0') return undefined;
  if (process.argv.some((arg) => arg === '--jsonl' || arg.startsWith('--jsonl='))) return undefined;
  try {
    const base = process.env.XDG_CACHE_HOME || (process.platform === 'win32' ? process.env.LOCALAPPDATA : undefined) || join(homedir(), '.cache');
    const dir = join(base, 'vacancy-lint', 'v8');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (process.platform !== 'win32') {
      const stat = statSync(dir);
      if (stat.uid !== process.getuid() || (stat.mode & 0o022) !== 0) return undefined;
    }
    const key = createHash('sha256').update(`${process.version} ${process.arch} ${process.versions.v8}\n`).update(source).digest('hex').slice(0, 32);
    const file = join(dir, `cli-${key}.bin`);
    let data;
    try {
      data = readFileSync(file);
    } catch {
      data = undefined;
    }
    const save = (bytes) => {
      try {
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, bytes, { mode: 0o600 });
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

/** Runs the CommonJS bundle as Node would run a CommonJS module, with V8's code cache when there is one. */
function loadBundle(file) {
  // The bundle is ASCII only (scripts/bundle.mjs), so reading it as Latin-1 is exact and quick.
  const source = readFileSync(file, 'latin1');
  const cache = codeCache(source);
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __import) { 'use strict'; ${source}\n})`, { filename: file, cachedData: cache?.data });
  const module = { exports: {} };
  // The bundle's `import()` calls are `__import` calls (scripts/bundle.mjs): a script run by vm
  // cannot import by itself on Node 20 without an experimental flag.
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), (specifier) => import(specifier));
  // Made after the run, the cache also holds the functions the run compiled.
  if (cache && (cache.data === undefined || script.cachedDataRejected)) afterRun = () => cache.save(script.createCachedData());
  return module.exports;
}

const { main } = mtime('../dist/bundle/cli.cjs') >= compiled ? loadBundle(fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url))) : await import('../dist/main.js');

process.exitCode = await main(process.argv.slice(2));
afterRun();
