/**
 * A real LanguageTool client that this project did not write drives the server: Gramma
 * (npm `gramma`, a command-line grammar checker for LanguageTool servers; its `api_url` setting
 * points it at any server). Its library sends plain text and, for Markdown, LanguageTool's
 * annotated `data`; its command line prints the finding with the word it cuts from the context.
 * Both must show the right finding at the right place after accented letters and an emoji.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startServer, type Running } from './fixtures/server/process.js';

const require = createRequire(import.meta.url);
interface GrammaMatch {
  offset: number;
  length: number;
  word: string;
  replacements: { value: string }[];
  rule: { id: string; category: { id: string } };
}
const gramma = require('gramma') as {
  check(text: string, options: Record<string, unknown>): Promise<{ language: { name: string }; matches: GrammaMatch[] }>;
  replaceAll(text: string, changes: { change: string; offset: number; length: number }[]): string;
};
const GRAMMA_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules/gramma/package.json'), 'utf8')) as { version: string }).version;

const TEXT = 'Café 😀 ñandú — wij zoeken een verpleegster voor de nacht.';

describe(`Gramma ${GRAMMA_VERSION} (a LanguageTool client) against the server`, () => {
  let server: Running;
  let api: string;
  beforeAll(async () => {
    server = await startServer(['--log-level', 'silent']);
    api = `${server.url}/v2/check`;
  });
  afterAll(() => server.stop());

  it('finds the word and applies the fix at the right place after accents and an emoji', async () => {
    const result = await gramma.check(TEXT, { api_url: api, language: 'nl' });
    expect(result.language.name).toBe('Dutch');
    expect(result.matches).toHaveLength(1);
    const [m] = result.matches;
    expect(m!.word).toBe('verpleegster');
    expect(m!.rule.id).toBe('nl.gender.functietitel-verpleegster');
    const fixed = gramma.replaceAll(TEXT, [{ change: m!.replacements[0]!.value, offset: m!.offset, length: m!.length }]);
    expect(fixed).toBe('Café 😀 ñandú — wij zoeken een verpleegkundige voor de nacht.');
  });

  it('sends Markdown as annotated data; the offsets land in the Markdown source', async () => {
    const markdown = '# Vacature 😀\n\n**Café** ñandú zoekt een _verpleegster_ voor [ons team](https://example.org).\n';
    const result = await gramma.check(markdown, { api_url: api, language: 'nl', markdown: true });
    const m = result.matches.find((x) => x.rule.id === 'nl.gender.functietitel-verpleegster');
    expect(m, JSON.stringify(result.matches)).toBeDefined();
    expect(markdown.slice(m!.offset, m!.offset + m!.length)).toBe('verpleegster');
    const fixed = gramma.replaceAll(markdown, [{ change: m!.replacements[0]!.value, offset: m!.offset, length: m!.length }]);
    expect(fixed).toBe('# Vacature 😀\n\n**Café** ñandú zoekt een _verpleegkundige_ voor [ons team](https://example.org).\n');
  });

  it("language 'auto' works through the client too", async () => {
    const result = await gramma.check('We are looking for a young and dynamic salesman.', { api_url: api, language: 'auto' });
    expect(result.matches.some((m) => m.word === 'salesman')).toBe(true);
  });

  it("its command line prints the finding, the word and the fix (gramma listen -p)", () => {
    const home = mkdtempSync(join(tmpdir(), 'vl-gramma-'));
    try {
      // Gramma reads .gramma.json from the current folder up; HOME keeps its global config out of ours.
      writeFileSync(join(home, '.gramma.json'), JSON.stringify({ api_url: api, language: 'nl' }));
      const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/gramma/src/cli.js'), 'listen', TEXT, '-p', '-n'], {
        cwd: home,
        env: { ...process.env, HOME: home },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.stdout).toContain('Found 1 potential mistake');
      expect(run.stdout).toContain('Word: verpleegster');
      expect(run.stdout).toContain('Suggested fix: 1) verpleegkundige');
      expect(run.stdout).toContain(`Context: ${TEXT}`);
      // Gramma exits with 1 when it found mistakes.
      expect(run.status).toBe(1);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
