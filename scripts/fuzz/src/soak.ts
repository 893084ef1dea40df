/**
 * Memory over a long editing session: `cycles` times open a new document, change it, wait for its
 * diagnostics and close it. The server's resident memory after a warm-up is compared with the
 * memory at the end; what a closed document leaves behind would add up here.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Violation } from './invariants.js';
import { RawLspClient } from './lsp-client.js';
import { OFFENDERS } from './offenders.js';
import type { Rng } from './prng.js';

export interface SoakResult {
  cycles: number;
  warmRss: number | undefined;
  endRss: number | undefined;
  allowedGrowth: number | undefined;
}

const MB = 1024 * 1024;

export async function soak(cycles: number, r: Rng, timeoutMs: number, log: (line: string) => void): Promise<SoakResult> {
  const dir = await mkdtemp(join(tmpdir(), 'vacancy-lint-fuzz-soak-'));
  const client = new RawLspClient(dir);
  try {
    await client.initialize(timeoutMs);
    const warmUpAt = Math.max(100, Math.floor(cycles / 10));
    let warmRss: number | undefined;
    for (let i = 1; i <= cycles; i++) {
      // A new name every time, as a user opening many files: per-document state must go on close.
      const uri = pathToFileURL(join(dir, `soak-${i}.md`)).href;
      const text = `${r.pick(OFFENDERS)} en ${r.pick(OFFENDERS)}.\n\n${'Wij zoeken een collega. '.repeat(r.below(20))}`;
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const insert = `${r.pick(OFFENDERS)} `;
      client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: insert }] });
      await client.waitForPublish(uri, (p) => p.version === 2, timeoutMs, `soak cycle ${i}`);
      client.notify('textDocument/didClose', { textDocument: { uri } });
      if (client.escaped.length > 0) throw new Violation(`crash: an error escaped the server's handlers in soak cycle ${i}: ${client.escaped.join(' | ').slice(0, 800)}`);
      if (i === warmUpAt) warmRss = client.rss();
      if (i % 1000 === 0) log(`  soak: ${i}/${cycles} cycles, server RSS ${((client.rss() ?? 0) / MB).toFixed(1)} MB`);
    }
    // Let the last closes land before measuring.
    await client.request('vacancyLint/listRules', null, timeoutMs);
    const endRss = client.rss();
    // Generous: the heap may grow to its next step before a collection; a leak grows without bound.
    const allowedGrowth = warmRss === undefined ? undefined : Math.max(64 * MB, warmRss * 0.5);
    if (warmRss !== undefined && endRss !== undefined && endRss - warmRss > allowedGrowth!) {
      throw new Violation(`memory: the server grew from ${(warmRss / MB).toFixed(1)} MB after ${warmUpAt} cycles to ${(endRss / MB).toFixed(1)} MB after ${cycles} (allowed growth ${(allowedGrowth! / MB).toFixed(0)} MB)`);
    }
    return { cycles, warmRss, endRss, allowedGrowth };
  } finally {
    await client.close();
    await rm(dir, { recursive: true, force: true });
  }
}
