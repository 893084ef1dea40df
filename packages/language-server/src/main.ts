/**
 * Process entry. The transport comes from argv (`--stdio`, `--node-ipc`, `--socket=N`); with
 * `--stdio` stdout carries the protocol, so everything else goes through `connection.console`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { setFlagsFromString } from 'node:v8';
import { startServer } from './server.js';

// Before any lint: V8's allocation-site pretenuring misfires on a lint's short-lived trees in about a
// third of processes and doubles every later lint (docs/performance.md, round 6). Process-wide, so
// the lint worker thread runs without it too.
setFlagsFromString('--no-allocation-site-pretenuring');

const connection = createConnection(ProposedFeatures.all);

// One bad document or request must not take the editor's checks down with it.
process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${error.stack ?? String(error)}`));
process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${String(reason)}`));

// For benchmarks and impatient users: the quiet time after a keystroke before a check.
const debounce = Number(process.env['VACANCY_LINT_DEBOUNCE_MS']);
startServer(connection, Number.isFinite(debounce) && debounce >= 0 ? { debounceMs: debounce } : {});
