/**
 * Any number of findings prints. The JSON and SARIF reports are streamed (a report larger than
 * the longest string V8 can build, about 2^29 characters, still comes out whole), and stylish has
 * no `Math.max(...list)` spread (which overflows the stack from about 150,000 findings).
 * The formatters are driven directly with 300,000 synthetic findings; a real process lints a
 * generated file with 200,000 findings.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { FileResult } from '@vacancy-lint/cli';
import { join } from 'node:path';
import type { Finding } from '@vacancy-lint/core';
import { cleanup, project } from './fixtures/cli/helpers.js';
import { runLimited } from './fixtures/cli/processes.js';

afterAll(cleanup);

const cli = await import('./fixtures/cli/internals.js');

const MAX_STRING = 2 ** 29 - 24;

function syntheticResult(count: number, explanation = 'Uitleg. '.repeat(225)) {
  const messages: Finding[] = [];
  for (let i = 0; i < count; i++) {
    messages.push({
      ruleId: 'nl.readability.reeds', category: 'readability', severity: 'info', message: "'reeds' is ouderwets. Schrijf 'al'.", explanation,
      suggestions: ['al'], fixable: true, sources: ['https://example.org/b1'], actual: 'reeds', language: 'nl',
      line: i + 1, column: 1, endLine: i + 1, endColumn: 6, offset: i * 7, endOffset: i * 7 + 5,
    });
  }
  // Only the summary fields the formatters read; the rest of a real summary does not matter here.
  return {
    filePath: 'big.txt', language: 'nl', messages, errorCount: 0, warningCount: 0, infoCount: count,
    summary: { errorCount: 0, warningCount: 0, infoCount: count, byCategory: { readability: count }, words: count, languages: ['nl'] },
  } as unknown as FileResult;
}

/** Consumes the chunks the CLI writes, keeping only their length and both ends. */
function measure(chunks: Iterable<string>) {
  let length = 0;
  let head = '';
  let tail = '';
  for (const chunk of chunks) {
    length += chunk.length;
    if (head.length < 200) head += chunk.slice(0, 200);
    tail = (tail + chunk).slice(-200);
  }
  return { length, head, tail };
}

describe('formatters with 300,000 findings', () => {
  const big = [syntheticResult(300_000)];

  it('json: streamed, larger than any single string could be, well-formed at both ends', () => {
    const { length, head, tail } = measure(cli.reportChunks('json', big, { color: false }));
    expect(length).toBeGreaterThan(MAX_STRING);
    expect(head).toMatch(/^\[\n {2}\{\n {4}"filePath": "big.txt"/u);
    expect(tail).toMatch(/"languages": \[\n {8}"nl"\n {6}\]\n {4}\}\n {2}\}\n\]\n$/u);
  });

  it('sarif: streamed, larger than any single string could be, well-formed at both ends', () => {
    const { length, head, tail } = measure(cli.reportChunks('sarif', big, { color: false }));
    expect(length).toBeGreaterThan(MAX_STRING);
    expect(head).toMatch(/^\{\n {2}"\$schema"/u);
    expect(tail).toMatch(/"genderCoded": \[\]\n {8}\}\n {6}\}\n {4}\}\n {2}\]\n\}\n$/u);
  });

  it('stylish, compact and github: every finding, no stack overflow', () => {
    const stylish = cli.formatStylish(big, false);
    expect(stylish).toContain('300000 findings (0 errors, 0 warnings, 300000 info) in 1 file');
    expect(stylish.split('\n').filter((l: string) => l.includes('nl.readability.reeds'))).toHaveLength(300_000);
    expect(measure(cli.reportChunks('compact', big, { color: false })).length).toBeGreaterThan(300_000 * 60);
    expect(cli.formatGithub(big).split('\n')).toHaveLength(300_001);
  });

  it('streamed JSON and SARIF are exactly what JSON.stringify gives for a small report', () => {
    const small = [syntheticResult(3, 'Kort.'), { ...syntheticResult(0), filePath: 'empty.txt' }];
    expect(cli.formatJson(small)).toBe(JSON.stringify(small, null, 2) + '\n');
    expect(cli.formatJson([])).toBe('[]\n');
    const sarif = cli.formatSarif(small);
    expect(sarif).toBe(JSON.stringify(JSON.parse(sarif), null, 2) + '\n');
    expect(JSON.parse(sarif).runs[0].results).toHaveLength(3);
  });
});

describe('a real process with 200,000 findings', () => {
  const dir = project({ 'big.txt': 'Reeds tevens. '.repeat(100_000) });

  it('stylish prints every finding and the summary (it crashed at 150,000)', async () => {
    const r = await runLimited(['--lang', 'nl', '--concurrency', '1', 'big.txt'], { cwd: dir, deadline: 110_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/⚠ 200001 findings \(0 errors, 0 warnings, 200001 info\) in 1 file/u);
    expect(r.code).toBe(0);
  }, 120_000);

  it('json and sarif from one smaller real run parse and agree', async () => {
    const small = project({ 'ad.txt': 'Reeds tevens. '.repeat(500) });
    const j = await runLimited(['--lang', 'nl', '-f', 'json', 'ad.txt'], { cwd: small });
    const s = await runLimited(['--lang', 'nl', '-f', 'sarif', 'ad.txt'], { cwd: small });
    const messages = JSON.parse(j.stdout)[0].messages;
    expect(messages.length).toBeGreaterThanOrEqual(1000);
    expect(JSON.parse(s.stdout).runs[0].results).toHaveLength(messages.length);
  });
});
