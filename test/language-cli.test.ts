/**
 * The command line and the language server with a text in a language without rules, and with a
 * region from the configuration: real processes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cleanup, project, run } from './fixtures/cli/helpers.js';
import { fileUri, removeTempWorkspaces, startClient, tempWorkspace } from './fixtures/lsp/client.js';

afterAll(() => {
  cleanup();
  removeTempWorkspaces();
});

const GERMAN = 'Wir suchen eine Krankenschwester für unser junges Team. Sie haben Erfahrung in der Pflege und sind flexibel.\n';
const NOTICE = 'This text looks German; vacancy-lint checks Dutch and English, so it was not checked.';

describe('CLI: a German ad', () => {
  it('stylish says it was not checked and why, exit 0', async () => {
    const dir = project({ 'stelle.txt': GERMAN });
    const r = await run(['stelle.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('stelle.txt  (de)');
    expect(r.stdout).toContain(NOTICE);
    expect(r.stdout).toContain('not checked (language without rules): 1 file');
    expect(r.stderr).toBe('');
  });

  it('json has language und, no messages and the notice', async () => {
    const dir = project({ 'stelle.txt': GERMAN });
    const r = await run(['--format', 'json', 'stelle.txt'], { cwd: dir });
    const [file] = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(file).toMatchObject({ language: 'und', messages: [], unsupported: { language: 'de', name: 'German', message: NOTICE } });
  });
});

describe('CLI: region from the configuration', () => {
  const ad = 'Wij zoeken een verpleegster voor ons jonge team.\n';
  const sources = (stdout: string) => (JSON.parse(stdout) as Array<{ region?: string; messages: Array<{ ruleId: string; sources: string[] }> }>)[0]!;

  it('region nl-BE in .vacancylintrc.json makes the findings cite Belgian law', async () => {
    const dir = project({ '.vacancylintrc.json': JSON.stringify({ region: 'nl-BE' }), 'vacature.txt': ad });
    const r = await run(['--format', 'json', 'vacature.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    const file = sources(r.stdout);
    expect(file.region).toBe('nl-BE');
    const cited = file.messages.flatMap((m) => m.sources).join('\n');
    expect(cited).toContain('Genderwet');
    expect(cited).toContain('Antidiscriminatiewet');
    expect(cited).not.toMatch(/WGBL|WGB m\/v/u);
  });

  it('without a region the same ad cites the Dutch acts', async () => {
    const dir = project({ 'vacature.txt': ad });
    const file = sources((await run(['--format', 'json', 'vacature.txt'], { cwd: dir })).stdout);
    expect(file.region).toBe('nl-NL');
    expect(file.messages.flatMap((m) => m.sources).join('\n')).toMatch(/WGBL/u);
  });

  it('an unknown region is a configuration error naming the key (exit 2)', async () => {
    const dir = project({ '.vacancylintrc.json': JSON.stringify({ region: 'nl-XX' }), 'vacature.txt': ad });
    const r = await run(['vacature.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/region/u);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });
});

describe('language server: a German document', () => {
  it('gets one information diagnostic saying it was not checked', async () => {
    const dir = await tempWorkspace();
    const client = await startClient({ rootDir: dir });
    try {
      const uri = fileUri(join(dir, 'stelle.md'));
      const since = client.mark();
      client.open(uri, 'markdown', GERMAN);
      const { diagnostics } = await client.diagnostics(uri, since);
      expect(diagnostics).toEqual([
        expect.objectContaining({ severity: 3, code: 'unsupported-language', source: 'vacancy-lint', message: NOTICE, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }),
      ]);
    } finally {
      await client.close();
    }
  });
});
