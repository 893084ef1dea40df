/** Language server over stdio: unknown requests, malformed input and odd documents do not stop it. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { fileUri, startClient, tempWorkspace, type TestClient, removeTempWorkspaces } from './fixtures/lsp/client.js';

afterAll(removeTempWorkspaces);

let client: TestClient;
let dir: string;

beforeAll(async () => {
  dir = await tempWorkspace();
  client = await startClient({ rootDir: dir });
});
afterAll(async () => {
  await client?.close();
});

async function stillWorks(name: string) {
  const uri = fileUri(join(dir, name));
  const since = client.mark();
  client.open(uri, 'markdown', 'Een verpleegster.');
  const { diagnostics } = await client.diagnostics(uri, since);
  expect(diagnostics.map((d) => d.code)).toEqual(['nl.gender.functietitel-verpleegster']);
}

describe('robustness', () => {
  test('an unknown request is answered with MethodNotFound and the server carries on', async () => {
    await expect(client.connection.sendRequest('vacancyLint/doesNotExist', { x: 1 })).rejects.toMatchObject({ code: -32601 });
    await expect(client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: 'untitled:x' } })).rejects.toBeTruthy();
    void client.connection.sendNotification('$/somethingUnknown', { y: 2 });
    void client.connection.sendNotification('custom/notification');
    await stillWorks('after-unknown.md');
  });

  test('malformed documents and params do not crash it', async () => {
    // A change for a document that was never opened, a close of one that was never opened.
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///nope.md', version: 2 }, contentChanges: [{ text: 'x' }] });
    void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///nope2.md' } });
    // Odd text: NUL bytes, lone surrogates, a very long line, only markup.
    const odd = fileUri(join(dir, 'odd.md'));
    const since = client.mark();
    client.open(odd, 'markdown', `\u0000\uD800 verpleegster \uDC00 ${'lang '.repeat(5000)}\n<!-- vacancy-lint-disable\n\`\`\`\nunclosed`);
    await client.diagnostics(odd, since);
    // Requests with nonsense positions and shapes.
    expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: odd }, position: { line: 999, character: -5 } })).toBeNull();
    expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///unknown.md' }, position: { line: 0, character: 0 } })).toBeNull();
    expect(
      await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: odd },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
        context: { diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x', source: 'vacancy-lint', code: 'no.such.rule', data: { bogus: true } }] },
      }),
    ).toEqual([]);
    await expect(client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: odd } })).rejects.toBeTruthy();
    await expect(client.connection.sendRequest('workspace/executeCommand', { command: 'vacancyLint.ignorePhrase', arguments: [{ uri: odd, phrase: 42 }] })).rejects.toBeTruthy();
    await stillWorks('after-malformed.md');
    expect(client.child.exitCode).toBeNull();
  });

  test('the rule requests used by the VS Code "Explain rule" command', async () => {
    const rules: { id: string }[] = await client.connection.sendRequest('vacancyLint/listRules');
    expect(rules.map((r) => r.id)).toContain('nl.age.jong-team');
    const info: { markdown: string } = await client.connection.sendRequest('vacancyLint/explainRule', { ruleId: 'nl.age.jong-team' });
    expect(info.markdown).toMatch(/^# nl\.age\.jong-team[^]*\*\*Waarom:\*\*/u);
    expect(info.markdown).not.toContain('{actual}');
    expect(await client.connection.sendRequest('vacancyLint/explainRule', { ruleId: 'no.such.rule' })).toBeNull();
    await expect(client.connection.sendRequest('vacancyLint/explainRule', {})).rejects.toBeTruthy();
  });

  test('nothing but protocol on stdout', () => {
    // vscode-jsonrpc would have failed to parse any stray output; the log goes through window/logMessage.
    expect(client.stderr()).toBe('');
  });
});
