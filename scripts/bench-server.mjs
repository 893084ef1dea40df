#!/usr/bin/env node
// HTTP server under load (never asserted in tests): 200 concurrent clients posting job ads of
// 2,000 words to the LanguageTool-compatible POST /v2/check for 30 s (autocannon against
// 127.0.0.1), then the same for the JSON API. Prints requests per second, latency percentiles,
// errors and non-2xx answers, and the server's memory (resident set, sampled every 250 ms).
// Usage: node scripts/bench-server.mjs [--connections 200] [--duration 30] [--words 2000] [--threads N]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { syntheticAd } from './synthetic-ad.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SERVER = `${root}packages/server/bin/vacancy-lint-server.js`;
const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '200' },
    duration: { type: 'string', default: '30' },
    words: { type: 'string', default: '2000' },
    threads: { type: 'string' },
    api: { type: 'string', default: 'both' },
  },
});
if (!existsSync(`${root}packages/server/dist/serve.js`)) {
  console.error('packages/server is not built: run npm run build first');
  process.exit(1);
}

// Ordinary job-ad vocabulary with flagged phrases mixed in, so the rules have work to do.
const WORDS = {
  nl: {
    plain: 'wij zoeken een collega voor onze afdeling in het centrum van de stad je werkt samen met klanten en leveranciers aan projecten die ertoe doen je krijgt ruimte om te leren een goed salaris pensioen en een laptop wat ga je doen je plant het werk maakt afspraken en bewaakt de kwaliteit van onze dienstverlening reageer via het formulier op onze website'.split(' '),
    flagged: ['verpleegster', 'jonge team', 'daadkrachtig', 'moedertaal Nederlands', 'stressbestendig', 'Café', 'één', '😀'],
  },
  en: {
    plain: 'we are looking for a colleague to join our department in the city centre you will work with customers and suppliers on projects that matter you get room to learn a good salary pension and a laptop what you will do you plan the work and look after the quality of our service apply through the form on our website'.split(' '),
    flagged: ['salesman', 'young team', 'digital native', 'rockstar', 'native speaker', 'chairman', 'café', '😀'],
  },
};

const generate = (language, count, seed) => syntheticAd(WORDS[language], count, seed);

const count = Number(values.words);
const ads = [generate('nl', count, 1), generate('en', count, 2), generate('nl', count, 3), generate('en', count, 4)];

function rssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/u.exec(status)[1]) / 1024;
  } catch {
    return NaN;
  }
}

async function start() {
  const args = ['--port', '0', '--log-level', 'info', ...(values.threads ? ['--threads', values.threads] : [])];
  const child = spawn(process.execPath, [SERVER, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  const url = await new Promise((done, fail) => {
    child.stderr.on('data', (d) => {
      err += d;
      const m = /listening on (http:\/\/\S+) /u.exec(err);
      if (m) done(m[1]);
    });
    child.on('exit', (code) => fail(new Error(`server exited with ${code}: ${err}`)));
  });
  return { child, url };
}

async function run(name, url, requests) {
  const { child } = server;
  const samples = [];
  const timer = setInterval(() => samples.push(rssMb(child.pid)), 250);
  const before = rssMb(child.pid);
  const result = await autocannon({
    url,
    connections: Number(values.connections),
    duration: Number(values.duration),
    requests,
    timeout: 30,
  });
  clearInterval(timer);
  const after = rssMb(child.pid);
  const ok = result['2xx'];
  console.log(`| ${name} | ${result.requests.average.toFixed(1)} | ${result.latency.p50} | ${result.latency.p99} | ${result.latency.max} | ${ok} | ${result.errors} | ${result.timeouts} | ${result.non2xx} | ${before.toFixed(0)} | ${Math.max(...samples).toFixed(0)} | ${after.toFixed(0)} |`);
}

const server = await start();
console.log(`${values.connections} connections, ${values.duration} s each, ads of ${count} words (Dutch and English, flagged phrases, accents and emoji); server with ${values.threads ?? availableParallelism()} worker threads on a machine with ${availableParallelism()} cores\n`);
console.log('| endpoint | requests/s | p50 ms | p99 ms | max ms | 2xx | errors | timeouts | non-2xx | RSS before MB | RSS peak MB | RSS after MB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
try {
  // Warm up: every worker builds its rule tables at start; one request each way makes sure.
  for (const text of ads) await fetch(`${server.url}/v2/check`, { method: 'POST', body: new URLSearchParams({ language: 'auto', text }) });
  let i = 0;
  if (values.api !== 'api') {
    const forms = ads.map((text) => new URLSearchParams({ language: 'auto', text }).toString());
    await run('POST /v2/check (form)', `${server.url}/v2/check`, [
      { method: 'POST', path: '/v2/check', headers: { 'content-type': 'application/x-www-form-urlencoded' }, setupRequest: (req) => ({ ...req, body: forms[i++ % forms.length] }) },
    ]);
  }
  if (values.api !== 'lt') {
    const bodies = ads.map((text) => JSON.stringify({ text }));
    await run('POST /api/lint (JSON)', `${server.url}/api/lint`, [
      { method: 'POST', path: '/api/lint', headers: { 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }) },
    ]);
  }
} finally {
  server.child.kill('SIGTERM');
}
