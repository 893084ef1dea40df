#!/usr/bin/env node
import { serveCommand } from '../dist/serve.js';

process.exitCode = await serveCommand(process.argv.slice(2), 'vacancy-lint-server');
