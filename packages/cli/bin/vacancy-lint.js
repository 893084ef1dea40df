#!/usr/bin/env node
// The bundle (scripts/bundle.mjs, built by `npm run build`) starts in about half the time: one
// file to load instead of some 300 modules. The compiled modules run instead when there is no
// bundle, or when a `tsc -b` compiled this package, the core or the config loader after it was
// made, or when `npm run rules:check` rewrote the core's rule data after it (a stale bundle would run
// yesterday's code and rules).
import { statSync } from 'node:fs';

const mtime = (path) => {
  try {
    return statSync(new URL(path, import.meta.url)).mtimeMs;
  } catch {
    return NaN;
  }
};
const compiled = Math.max(...['../dist/.tsbuildinfo', '../../core/dist/.tsbuildinfo', '../../config/dist/.tsbuildinfo', '../../core/dist/generated/rules.js'].map(mtime).filter(Number.isFinite));
const { main } = mtime('../dist/bundle/cli.js') >= compiled ? await import('../dist/bundle/cli.js') : await import('../dist/main.js');

process.exitCode = await main(process.argv.slice(2));
