/** Language server over stdio: every code action kind and its edit, executeCommand, hover, code lens. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyEdits, eventually, fileUri, positionOf, startClient, tempWorkspace, type Diagnostic, type TestClient, removeTempWorkspaces } from './fixtures/lsp/client.js';

afterAll(removeTempWorkspaces);

interface Action {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  edit?: { documentChanges?: { textDocument: { uri: string; version: number }; edits: { range: Diagnostic['range']; newText: string }[] }[] };
  command?: { command: string; arguments?: unknown[] };
}

let client: TestClient;
let dir: string;

beforeAll(async () => {
  dir = await tempWorkspace();
  client = await startClient({ rootDir: dir });
});
afterAll(async () => {
  await client?.close();
});

async function openAndWait(name: string, languageId: string, text: string) {
  const uri = name.includes(':') ? name : fileUri(join(dir, name));
  const since = client.mark();
  client.open(uri, languageId, text);
  const { diagnostics } = await client.diagnostics(uri, since);
  return { uri, diagnostics };
}

function actionsFor(uri: string, diagnostic: Diagnostic, only?: string[]): Promise<Action[]> {
  return client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
  });
}

function editsOf(action: Action) {
  return action.edit!.documentChanges![0]!.edits;
}

describe('code actions', () => {
  const text = 'Café de Hoek zoekt een verpleegster voor ons jonge team.\n';

  test('one quick fix per suggestion, the first preferred, with Dutch titles', async () => {
    const { uri, diagnostics } = await openAndWait('fix.md', 'markdown', text);
    const team = diagnostics.find((d) => d.code === 'nl.age.jong-team')!;
    const actions = await actionsFor(uri, team);
    const replace = actions.filter((a) => a.title.startsWith('Vervang'));
    expect(replace.map((a) => [a.title, a.kind, a.isPreferred])).toEqual([
      ["Vervang door 'enthousiast team'", 'quickfix', true],
      ["Vervang door 'hecht team'", 'quickfix', false],
    ]);
    expect(replace[0]!.edit!.documentChanges![0]!.textDocument).toEqual({ uri, version: 1 });
    expect(applyEdits(text, editsOf(replace[0]!))).toBe('Café de Hoek zoekt een verpleegster voor ons enthousiast team.\n');
  });

  test('no replacement quick fix for a finding whose range holds markup', async () => {
    const html = '<p>Wij zoeken een <b>verpleeg</b>ster voor de nacht.</p>\n';
    const { uri, diagnostics } = await openAndWait('markup.html', 'html', html);
    const title = diagnostics.find((d) => d.code === 'nl.gender.functietitel-verpleegster')!;
    const titles = (await actionsFor(uri, title)).map((a) => a.title);
    expect(titles.some((t) => t.startsWith('Vervang'))).toBe(false);
    expect(titles.length).toBeGreaterThan(0);
  });

  test('English findings get English titles', async () => {
    const { uri, diagnostics } = await openAndWait('en.txt', 'plaintext', 'We are hiring an experienced salesman for our shop.');
    const salesman = diagnostics.find((d) => d.code === 'en.gender.salesman')!;
    const titles = (await actionsFor(uri, salesman)).map((a) => a.title);
    expect(titles[0]).toBe("Replace with 'salesperson'");
    expect(titles).toContain("Ignore 'salesman' in this document");
    expect(titles).toContain('Turn rule en.gender.salesman off for the workspace');
    // Plain text has no comments, so no "ignore here" comment action.
    expect(titles.some((t) => t.includes('comment'))).toBe(false);
  });

  test('a diagnostic without data (rebuilt by the client) still gets its actions', async () => {
    const { uri, diagnostics } = await openAndWait('nodata.md', 'markdown', text);
    const nurse = diagnostics.find((d) => d.code === 'nl.gender.functietitel-verpleegster')!;
    const rebuilt = { ...nurse, data: undefined, range: { ...nurse.range, start: { ...nurse.range.start, character: nurse.range.start.character + 1 } } };
    const titles = (await actionsFor(uri, rebuilt)).map((a) => a.title);
    expect(titles[0]).toBe("Vervang door 'verpleegkundige'");
  });

  test('asking at the cursor without diagnostics finds the finding there', async () => {
    const { uri } = await openAndWait('cursor.md', 'markdown', text);
    const at = positionOf(text, 'verpleegster');
    const actions: Action[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: at, end: at },
      context: { diagnostics: [] },
    });
    expect(actions[0]!.title).toBe("Vervang door 'verpleegkundige'");
  });

  test('"ignore here" inserts a disable-next-line comment, and the finding goes away', async () => {
    const doc = '# Vacature\n\n- Wij zoeken een verpleegster.\n';
    const { uri, diagnostics } = await openAndWait('comment.md', 'markdown', doc);
    const nurse = diagnostics.find((d) => d.code === 'nl.gender.functietitel-verpleegster')!;
    const action = (await actionsFor(uri, nurse)).find((a) => a.title.startsWith('Negeer deze melding hier'))!;
    const edited = applyEdits(doc, editsOf(action));
    expect(edited).toBe('# Vacature\n\n<!-- vacancy-lint-disable-next-line nl.gender.functietitel-verpleegster -->\n- Wij zoeken een verpleegster.\n');
    const since = client.mark();
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    const after = await client.diagnostics(uri, since, (p) => p.version === 2);
    expect(after.diagnostics.map((d) => d.code)).not.toContain('nl.gender.functietitel-verpleegster');
  });

  test('"ignore this phrase in this document" is a server command that hides every occurrence', async () => {
    const doc = 'Verpleegster gezocht. Ben jij die verpleegster? Ons jonge team wacht.';
    const { uri, diagnostics } = await openAndWait('untitled:Ignore-1', 'plaintext', doc);
    expect(diagnostics.filter((d) => d.code === 'nl.gender.functietitel-verpleegster')).toHaveLength(2);
    const action = (await actionsFor(uri, diagnostics[0]!)).find((a) => a.title.startsWith('Negeer \'Verpleegster\''))!;
    expect(action.command!.command).toBe('vacancyLint.ignorePhrase');
    const since = client.mark();
    await client.connection.sendRequest('workspace/executeCommand', action.command);
    const after = await client.diagnostics(uri, since);
    expect(after.diagnostics.map((d) => d.code)).toEqual(['nl.age.jong-team']);
  });

  test('"turn this rule off for the workspace" writes .vacancylintrc.json and re-checks', async () => {
    const ws = await tempWorkspace();
    const other = await startClient({ rootDir: ws });
    try {
      const uri = fileUri(join(ws, 'docs', 'ad.md'));
      let since = other.mark();
      other.open(uri, 'markdown', text);
      const { diagnostics } = await other.diagnostics(uri, since);
      const team = diagnostics.find((d) => d.code === 'nl.age.jong-team')!;
      const actions: Action[] = await other.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: team.range, context: { diagnostics: [team] } });
      const off = actions.find((a) => a.title === 'Zet regel nl.age.jong-team uit voor de werkruimte')!;
      since = other.mark();
      const result = await other.connection.sendRequest('workspace/executeCommand', off.command);
      expect(result).toEqual({ file: join(ws, '.vacancylintrc.json') });
      expect(JSON.parse(await readFile(join(ws, '.vacancylintrc.json'), 'utf8'))).toEqual({ rules: { 'nl.age.jong-team': 'off' } });
      const after = await other.diagnostics(uri, since);
      expect(after.diagnostics.map((d) => d.code)).toEqual(['nl.gender.functietitel-verpleegster']);
    } finally {
      await other.close();
    }
  });

  test('turning a rule off updates an existing YAML file and keeps its comments', async () => {
    const ws = await tempWorkspace({ '.vacancylintrc.yaml': '# team settings\nallow:\n  - jonge honden # a breed\n' });
    const other = await startClient({ rootDir: ws });
    try {
      const uri = fileUri(join(ws, 'ad.md'));
      const since = other.mark();
      other.open(uri, 'markdown', text);
      await other.diagnostics(uri, since);
      await other.connection.sendRequest('workspace/executeCommand', { command: 'vacancyLint.disableRule', arguments: [{ uri, ruleId: 'nl.age.jong-team' }] });
      const yaml = await readFile(join(ws, '.vacancylintrc.yaml'), 'utf8');
      expect(yaml).toContain('# team settings');
      expect(yaml).toContain('# a breed');
      expect(yaml).toMatch(/rules:\n\s+nl\.age\.jong-team: off/u);
    } finally {
      await other.close();
    }
  });

  test('turning a rule off updates the vacancyLint key of package.json', async () => {
    const ws = await tempWorkspace({ 'package.json': JSON.stringify({ name: 'site', vacancyLint: { allow: ['x'] } }, null, 4) });
    const other = await startClient({ rootDir: ws });
    try {
      const uri = fileUri(join(ws, 'ad.md'));
      const since = other.mark();
      other.open(uri, 'markdown', text);
      await other.diagnostics(uri, since);
      await other.connection.sendRequest('workspace/executeCommand', { command: 'vacancyLint.disableRule', arguments: [{ uri, ruleId: 'nl.age.jong-team' }] });
      const written = await readFile(join(ws, 'package.json'), 'utf8');
      expect(JSON.parse(written)).toEqual({ name: 'site', vacancyLint: { allow: ['x'], rules: { 'nl.age.jong-team': 'off' } } });
      expect(written).toContain('\n    "name"');
    } finally {
      await other.close();
    }
  });

  test('source.fixAll applies every fixable first suggestion, only when asked for', async () => {
    const doc = 'Wij zoeken een verpleegster en nog een verpleegster voor ons jonge team.';
    const { uri, diagnostics } = await openAndWait('fixall.md', 'markdown', doc);
    expect((await actionsFor(uri, diagnostics[0]!)).some((a) => a.kind?.startsWith('source'))).toBe(false);
    const [fixAll] = await actionsFor(uri, diagnostics[0]!, ['source.fixAll']);
    expect(fixAll!.kind).toBe('source.fixAll.vacancy-lint');
    // "jonge team" is not marked fixable: its suggestions change the meaning.
    expect(applyEdits(doc, editsOf(fixAll!))).toBe('Wij zoeken een verpleegkundige en nog een verpleegkundige voor ons jonge team.');
  });

  test('`only: [quickfix]` leaves out source actions; `only: [refactor]` returns nothing', async () => {
    const { uri, diagnostics } = await openAndWait('only.md', 'markdown', text);
    expect((await actionsFor(uri, diagnostics[0]!, ['quickfix'])).every((a) => a.kind === 'quickfix')).toBe(true);
    expect(await actionsFor(uri, diagnostics[0]!, ['refactor'])).toEqual([]);
  });
});

describe('executeCommand', () => {
  test('bad arguments and unknown commands are errors, not crashes', async () => {
    await expect(client.connection.sendRequest('workspace/executeCommand', { command: 'vacancyLint.ignorePhrase', arguments: [] })).rejects.toThrow(/uri/u);
    await expect(client.connection.sendRequest('workspace/executeCommand', { command: 'vacancyLint.disableRule', arguments: [{ uri: 'untitled:x' }] })).rejects.toThrow(/ruleId/u);
    await expect(client.connection.sendRequest('workspace/executeCommand', { command: 'nope', arguments: [{ uri: 'untitled:x' }] })).rejects.toThrow(/unknown command/u);
    const { uri } = await openAndWait('alive.md', 'markdown', 'Een verpleegster.');
    expect(uri).toBeTruthy();
  });

  test('showSummary sends the summary as a message', async () => {
    const { uri } = await openAndWait('summary.md', 'markdown', 'Een ervaren verpleegster voor ons jonge team.');
    const result: { summary: string } = await client.connection.sendRequest('workspace/executeCommand', { command: 'vacancyLint.showSummary', arguments: [uri] });
    expect(result.summary).toMatch(/^vacancy-lint: 1 fout, 1 waarschuwing/u);
    // Category names from core's table, in the language of the text.
    expect(result.summary).toContain('leeftijd 1');
    expect(result.summary).not.toMatch(/\bage 1/u);
    await eventually(() => expect(client.messages.map((m) => m.message)).toContain(result.summary));
  });
});

describe('hover', () => {
  test('Dutch finding: message, Waarom, Schrijf liever, Bronnen', async () => {
    const doc = 'Een café zoekt een verpleegster.';
    const { uri } = await openAndWait('hover.md', 'markdown', doc);
    const at = positionOf(doc, 'verpleegster');
    const hover: { contents: { kind: string; value: string }; range: Diagnostic['range'] } = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: at.line, character: at.character + 3 },
    });
    expect(hover.contents.kind).toBe('markdown');
    expect(hover.contents.value).toContain('**Waarom:**');
    expect(hover.contents.value).toContain("**Schrijf liever:** 'verpleegkundige'");
    expect(hover.contents.value).toContain('**Bronnen:**');
    expect(hover.range.start).toEqual(at);
  });

  test('English finding: Why, Write instead, Sources; nothing outside a finding', async () => {
    const doc = 'We are hiring an experienced salesman.';
    const { uri } = await openAndWait('hover-en.txt', 'plaintext', doc);
    const hover: { contents: { value: string } } = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(doc, 'salesman') });
    expect(hover.contents.value).toMatch(/\*\*Why:\*\*[^]*\*\*Write instead:\*\* 'salesperson'[^]*\*\*Sources:\*\*/u);
    expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } })).toBeNull();
  });
});

describe('document summary', () => {
  test('a code lens on line 0, refreshed only when the summary changes', async () => {
    const doc = 'Wij zoeken een ervaren verpleegster.\n';
    const { uri } = await openAndWait('lens.md', 'markdown', doc);
    const lenses: { range: Diagnostic['range']; command: { title: string; command: string } }[] = await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } });
    expect(lenses).toHaveLength(1);
    expect(lenses[0]!.range.start).toEqual({ line: 0, character: 0 });
    expect(lenses[0]!.command.title).toMatch(/^vacancy-lint: 0 fouten, 1 waarschuwing.*gender 1/u);
    expect(lenses[0]!.command.title).toMatch(/genderbalans: mannelijk gekleurd/u);
    expect(lenses[0]!.command.command).toBe('vacancyLint.showSummary');

    const refreshes = client.codeLensRefreshes;
    let since = client.mark();
    // Typing that does not change the counts: no refresh.
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Welkom.' }] });
    await client.diagnostics(uri, since, (p) => p.version === 2);
    await new Promise((r) => setTimeout(r, 100));
    expect(client.codeLensRefreshes).toBe(refreshes);
    since = client.mark();
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Ons jonge team. ' }] });
    await client.diagnostics(uri, since, (p) => p.version === 3);
    await eventually(() => expect(client.codeLensRefreshes).toBe(refreshes + 1));
  });

  test('summary "diagnostic" puts one information diagnostic on the first line', async () => {
    const other = await startClient({ rootDir: dir, settings: { summary: 'diagnostic' } });
    try {
      const uri = fileUri(join(dir, 'summary-diag.md'));
      const since = other.mark();
      other.open(uri, 'markdown', 'We are hiring an experienced salesman.');
      const { diagnostics } = await other.diagnostics(uri, since);
      expect(diagnostics[0]).toMatchObject({ severity: 3, source: 'vacancy-lint', range: { start: { line: 0, character: 0 } } });
      expect(diagnostics[0]!.message).toMatch(/^vacancy-lint: 1 error/u);
      expect(await other.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

