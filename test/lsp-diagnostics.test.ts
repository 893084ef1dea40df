/** Language server over stdio: diagnostics on open and while typing, positions, untitled, close. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileUri, positionOf, SERVER_BIN, startClient, tempWorkspace, type TestClient, removeTempWorkspaces } from './fixtures/lsp/client.js';

afterAll(removeTempWorkspaces);

const DUTCH = 'Ben jij de creatieve collega die ons café versterkt? 😀 Wij zoeken een verpleegster voor ons jonge team.\n';

let client: TestClient;
let dir: string;

beforeAll(async () => {
  if (!existsSync(SERVER_BIN.replace('bin/vacancy-lint-language-server.js', 'dist/main.js'))) throw new Error('run `npm run build` first');
  dir = await tempWorkspace();
  client = await startClient({ rootDir: dir });
});
afterAll(async () => {
  await client?.close();
});

describe('diagnostics', () => {
  test('are pushed on open with severity, code, docs link, source and data', async () => {
    const uri = fileUri(join(dir, 'open.md'));
    const since = client.mark();
    client.open(uri, 'markdown', DUTCH);
    const { diagnostics, version } = await client.diagnostics(uri, since);
    expect(version).toBe(1);
    const nurse = diagnostics.find((d) => d.code === 'nl.gender.functietitel-verpleegster');
    const team = diagnostics.find((d) => d.code === 'nl.age.jong-team');
    expect(nurse).toMatchObject({ severity: 2, source: 'vacancy-lint', data: { actual: 'verpleegster', suggestions: ['verpleegkundige'] } });
    expect(nurse!.codeDescription!.href).toMatch(/^https:\/\/.*nlgenderfunctietitel-verpleegster$/u);
    expect(team).toMatchObject({ severity: 1 });
  });

  test('positions are UTF-16 code units after accents and emoji', async () => {
    const text = `# Vacature\n\nÉén café, één crèche 👩🏽‍⚕️😀 en dan: wij zoeken een verpleegster.\n👍 Ons jonge team.`;
    const uri = fileUri(join(dir, 'utf16.md'));
    const since = client.mark();
    client.open(uri, 'markdown', text);
    const { diagnostics } = await client.diagnostics(uri, since);
    const nurse = diagnostics.find((d) => d.code === 'nl.gender.functietitel-verpleegster')!;
    const start = positionOf(text, 'verpleegster');
    expect(nurse.range).toEqual({ start, end: { line: start.line, character: start.character + 'verpleegster'.length } });
    const team = diagnostics.find((d) => d.code === 'nl.age.jong-team')!;
    // Line 3 starts with an emoji: two UTF-16 code units, one code point, four UTF-8 bytes.
    expect(team.range.start).toEqual({ line: 3, character: 7 });
    expect(team.range.start).toEqual(positionOf(text, 'jonge team'));
  });

  test('incremental edits move and remove findings; only the newest version is published', async () => {
    const uri = fileUri(join(dir, 'edit.md'));
    let since = client.mark();
    client.open(uri, 'markdown', 'Wij zoeken een verpleegster.\n');
    await client.diagnostics(uri, since);

    since = client.mark();
    // Three quick keystrokes: a debounced server checks only the last state.
    for (const [version, text] of [[2, 'Hé'], [3, ' 😀'], [4, ' ']] as const) {
      const character = version === 2 ? 0 : version === 3 ? 2 : 5;
      void client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 0, character }, end: { line: 0, character } }, text }],
      });
    }
    const after = await client.diagnostics(uri, since, (p) => p.version === 4);
    expect(client.publishes.slice(since).filter((p) => p.uri === uri).map((p) => p.version)).toEqual([4]);
    const nurse = after.diagnostics.find((d) => d.code === 'nl.gender.functietitel-verpleegster')!;
    // "Hé 😀 " is 6 code units long.
    expect(nurse.range.start).toEqual({ line: 0, character: 6 + 'Wij zoeken een '.length });

    since = client.mark();
    void client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 5 },
      contentChanges: [{ range: nurse.range, text: 'verpleegkundige' }],
    });
    const fixed = await client.diagnostics(uri, since, (p) => p.version === 5);
    expect(fixed.diagnostics.filter((d) => d.code === 'nl.gender.functietitel-verpleegster')).toEqual([]);
  });

  test('full-text changes work too', async () => {
    const uri = fileUri(join(dir, 'full.txt'));
    let since = client.mark();
    client.open(uri, 'plaintext', 'Niets aan de hand.');
    expect((await client.diagnostics(uri, since)).diagnostics).toEqual([]);
    since = client.mark();
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'Voor ons jonge team.' }] });
    const { diagnostics } = await client.diagnostics(uri, since);
    expect(diagnostics.map((d) => d.code)).toContain('nl.age.jong-team');
  });

  test('untitled documents are checked', async () => {
    const uri = 'untitled:Untitled-1';
    const since = client.mark();
    client.open(uri, 'plaintext', 'We are hiring an experienced salesman.');
    const { diagnostics } = await client.diagnostics(uri, since);
    expect(diagnostics.map((d) => d.code)).toContain('en.gender.salesman');
  });

  test('html documents are checked', async () => {
    const uri = fileUri(join(dir, 'ad.html'));
    const since = client.mark();
    const html = '<html><body><h1>Vacature</h1><p>Wij zoeken een <b>verpleegster</b> voor ons café.</p></body></html>';
    client.open(uri, 'html', html);
    const { diagnostics } = await client.diagnostics(uri, since);
    const nurse = diagnostics.find((d) => d.code === 'nl.gender.functietitel-verpleegster');
    expect(nurse?.range.start).toEqual(positionOf(html, 'verpleegster'));
  });

  test('other languages are left alone', async () => {
    const uri = fileUri(join(dir, 'code.ts'));
    const since = client.mark();
    client.open(uri, 'typescript', '// Wij zoeken een verpleegster');
    await new Promise((r) => setTimeout(r, 400));
    expect(client.publishes.slice(since).filter((p) => p.uri === uri)).toEqual([]);
  });

  test('disable comments in Markdown hide findings', async () => {
    const uri = fileUri(join(dir, 'comments.md'));
    const since = client.mark();
    const text = [
      '<!-- vacancy-lint-disable-next-line nl.age.jong-team -->',
      'Ons jonge team zoekt een verpleegster.',
      '<!-- vacancy-lint-disable gender -->',
      'Nog een verpleegster.',
      '<!-- vacancy-lint-enable gender -->',
      'En een verpleegster in ons jonge team.',
    ].join('\n');
    client.open(uri, 'markdown', text);
    const { diagnostics } = await client.diagnostics(uri, since);
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
      ['nl.gender.functietitel-verpleegster', 1],
      ['nl.gender.functietitel-verpleegster', 5],
      ['nl.age.jong-team', 5],
    ]);
  });

  test('close clears the diagnostics', async () => {
    const uri = fileUri(join(dir, 'close.md'));
    let since = client.mark();
    client.open(uri, 'markdown', DUTCH);
    expect((await client.diagnostics(uri, since)).diagnostics.length).toBeGreaterThan(0);
    since = client.mark();
    void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    expect((await client.diagnostics(uri, since)).diagnostics).toEqual([]);
  });
});

describe('lifecycle', () => {
  test('shutdown then exit ends the process with code 0', async () => {
    const other = await startClient({ rootDir: dir });
    expect(await other.close()).toBe(0);
  });
});
