#!/usr/bin/env node
// Language server latency: time from `textDocument/didChange` to the `publishDiagnostics` for that
// version, for generated Dutch and English job ads of 500, 2,000 and 10,000 words. Prints the median
// and 95th percentile, once with the server's own debounce and once without it (the check itself).
// `npm run bench` imports benchLsp(); run alone it prints a table.
// Usage: node scripts/bench-lsp.mjs [--runs N] [--server path/to/server.js]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { syntheticAd } from './synthetic-ad.mjs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(option('--runs', '50'));
const SERVER = option('--server', `${root}packages/language-server/bin/vacancy-lint-language-server.js`);
if (!existsSync(SERVER)) {
  console.error(`${SERVER} not found: run npm run build first`);
  process.exit(1);
}

// Ordinary job-ad vocabulary, with a few flagged phrases mixed in so the rules have work to do.
const WORDS = {
  nl: {
    plain: `wij zoeken een collega voor onze afdeling in het centrum van de stad je werkt samen met klanten en leveranciers
      aan projecten die ertoe doen je krijgt ruimte om te leren een goed salaris pensioen en een laptop van de zaak
      wat ga je doen je plant het werk maakt afspraken en bewaakt de kwaliteit van onze dienstverlening
      wat vragen wij een afgeronde opleiding op mbo of hbo niveau ervaring met planning en goede communicatie
      reageer via het formulier op onze website of bel voor meer informatie met de afdeling personeelszaken`.split(/\s+/u),
    flagged: ['verpleegster', 'jonge team', 'ervaren', 'daadkrachtig', 'moedertaal Nederlands', 'stressbestendig'],
  },
  en: {
    plain: `we are looking for a colleague to join our department in the city centre you will work with customers and suppliers
      on projects that matter you get room to learn a good salary pension and a laptop from the company
      what you will do you plan the work make arrangements and look after the quality of our service
      what we ask a degree or equivalent experience with planning and good communication skills
      apply through the form on our website or call the people team for more information`.split(/\s+/u),
    flagged: ['salesman', 'young team', 'digital native', 'rockstar', 'native speaker', 'chairman'],
  },
};

/** A deterministic ad of `count` words in `language` (scripts/synthetic-ad.mjs). */
export const generate = (language, count) => syntheticAd(WORDS[language], count);

async function startServer(debounceMs) {
  const child = spawn(process.execPath, [SERVER, '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    // Without a fixed pause the server's own (adaptive) debounce applies.
    env: Object.fromEntries(Object.entries({ ...process.env, VACANCY_LINT_DEBOUNCE_MS: debounceMs === undefined ? undefined : String(debounceMs) }).filter(([, v]) => v !== undefined)),
  });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const key = `${p.uri}@${p.version}`;
    waiting.get(key)?.(p);
    waiting.delete(key);
  });
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/codeLens/refresh', () => null);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  await connection.sendNotification('initialized', {});
  const published = (uri, version) => new Promise((resolve) => waiting.set(`${uri}@${version}`, resolve));
  return {
    connection,
    published,
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

async function measure(server, language, words, runs) {
  const text = generate(language, words);
  const uri = `untitled:bench-${language}-${words}`;
  let version = 1;
  const opened = server.published(uri, version);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  const first = await opened;
  const times = [];
  for (let i = 0; i < runs; i++) {
    version++;
    // Type a word in the middle of the document, as a recruiter editing the ad would.
    const line = Math.floor(text.split('\n').length / 2);
    const done = server.published(uri, version);
    const start = process.hrtime.bigint();
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: i % 2 ? 'verpleegster ' : 'team ' }],
    });
    await done;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return { findings: first.diagnostics.length, median: median(times), p95: percentile(times, 95) };
}

/**
 * Median and 95th percentile of `runs` edits per document size, with the server's own (adaptive)
 * debounce (what a user waits for after typing) and with none (the check itself).
 */
export async function benchLsp({ runs = RUNS, languages = ['nl', 'en'], sizes = [500, 2000, 10000], settings = [['as typed (adaptive debounce)', undefined], ['lint only (no debounce)', 0]] } = {}) {
  const rows = [];
  for (const [label, debounce] of settings) {
    const server = await startServer(debounce);
    for (const language of languages) {
      for (const words of sizes) {
        const { median: ms, p95, findings } = await measure(server, language, words, runs);
        rows.push({ setting: label, language, words, findings, edits: runs, medianMs: Math.round(ms * 10) / 10, p95Ms: Math.round(p95 * 10) / 10 });
      }
    }
    await server.stop();
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = await benchLsp();
  console.log(`didChange → publishDiagnostics over stdio, ${RUNS} edits per row (${pathToFileURL(SERVER).pathname.replace(root, '')})`);
  console.table(rows);
}
