#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { serveCommand } from '../dist/serve.js';

// Before any lint: V8's allocation-site pretenuring misfires on a lint's short-lived trees in about a
// third of processes and doubles every later lint (docs/performance.md, round 6). Process-wide, so
// the worker threads run without it too.
setFlagsFromString('--no-allocation-site-pretenuring');

process.exitCode = await serveCommand(process.argv.slice(2), 'vacancy-lint-server');
