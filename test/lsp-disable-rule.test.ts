/**
 * Language server over stdio: "turn rule off for the workspace" (vacancyLint.disableRule) writes
 * only inside the workspace, only known rule ids, only into a file that parses, keeps the file's
 * layout, and never creates a config that would hide the team's own.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { chmod, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { BUNDLED_SERVER, fileUri, startClient, tempWorkspace, removeTempWorkspaces } from './fixtures/lsp/client.js';

afterAll(removeTempWorkspaces);

const RULE = 'nl.age.jong-team';

/** Runs disableRule in a fresh server whose only workspace folder is `ws`; returns the result or the error. */
async function disable(ws: string, uri: string, ruleId = RULE, server?: string): Promise<{ result?: { file: string }; error?: { code: number; message: string }; messages: string[] }> {
  const client = await startClient({ rootDir: ws, ...(server ? { server } : {}) });
  try {
    const result = await client.connection.sendRequest<{ file: string }>('workspace/executeCommand', { command: 'vacancyLint.disableRule', arguments: [{ uri, ruleId }] });
    return { result, messages: client.messages.map((m) => m.message) };
  } catch (error) {
    const e = error as { code: number; message: string };
    // The message shown to the user is sent just before the error answer.
    await new Promise((r) => setTimeout(r, 50));
    return { error: { code: e.code, message: e.message }, messages: client.messages.map((m) => m.message) };
  } finally {
    await client.close();
  }
}

/** Every file below `dir` with its contents, to show that nothing changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length)] = await readFile(path, 'utf8');
  }
  return out;
}

describe('disableRule stays inside the workspace', () => {
  test('a document uri outside the workspace is refused; nothing is written there', async () => {
    const ws = await tempWorkspace();
    const outside = await tempWorkspace();
    const { error } = await disable(ws, fileUri(join(outside, 'ad.md')));
    expect(error?.message).toMatch(/outside the workspace folders; nothing was changed/u);
    expect(await snapshot(outside)).toEqual({});
    expect(await snapshot(ws)).toEqual({});
  });

  test.each([
    ['..', '..'],
    ['%2e%2e', '%2e%2e'],
    ['%2E%2E', '%2E%2E'],
  ])('a uri that climbs out with %s is refused', async (_label, dots) => {
    const ws = await tempWorkspace();
    const outside = await tempWorkspace();
    const uri = `${fileUri(ws)}/${dots}/${basename(outside)}/ad.md`;
    const { error } = await disable(ws, uri);
    expect(error?.message).toMatch(/outside the workspace folders/u);
    expect(await snapshot(outside)).toEqual({});
  });

  test('a symlinked folder that points outside is refused', async () => {
    const ws = await tempWorkspace();
    const outside = await tempWorkspace();
    await symlink(outside, join(ws, 'linked'), 'dir');
    const { error } = await disable(ws, fileUri(join(ws, 'linked', 'ad.md')));
    expect(error?.message).toMatch(/outside the workspace folders/u);
    expect(await snapshot(outside)).toEqual({});
  });

  test('a symlinked config file that points outside is not written through', async () => {
    const outside = await tempWorkspace({ 'team.json': '{ "allow": ["x"] }\n' });
    const ws = await tempWorkspace();
    await symlink(join(outside, 'team.json'), join(ws, '.vacancylintrc.json'));
    const { error, messages } = await disable(ws, fileUri(join(ws, 'ad.md')));
    expect(error?.message).toContain(`${join(ws, '.vacancylintrc.json')} (${join(outside, 'team.json')}), outside the workspace`);
    expect(error?.message).toContain(`"rules": { "${RULE}": "off" }`);
    expect(messages.some((m) => m.includes('outside the workspace'))).toBe(true);
    expect(await readFile(join(outside, 'team.json'), 'utf8')).toBe('{ "allow": ["x"] }\n');
  });

  test('an untitled document uses the workspace folder', async () => {
    const ws = await tempWorkspace();
    const { result } = await disable(ws, 'untitled:Untitled-1');
    expect(result).toEqual({ file: join(ws, '.vacancylintrc.json') });
  });
});

describe('disableRule checks the rule id', () => {
  test('an unknown rule id is refused with a suggestion; nothing is written', async () => {
    const ws = await tempWorkspace({ '.vacancylintrc.json': '{}\n' });
    const { error } = await disable(ws, fileUri(join(ws, 'ad.md')), 'nl.age.jong-teem');
    expect(error).toEqual({ code: -32602, message: "'nl.age.jong-teem' is not a vacancy-lint rule id or category (did you mean 'nl.age.jong-team'?)" });
    expect(await snapshot(ws)).toEqual({ '/.vacancylintrc.json': '{}\n' });
  });

  test('a category (a documented rule key) is accepted', async () => {
    const ws = await tempWorkspace({ '.vacancylintrc.json': '{}\n' });
    const { result } = await disable(ws, fileUri(join(ws, 'ad.md')), 'nl.age');
    expect(result).toEqual({ file: join(ws, '.vacancylintrc.json') });
    expect(JSON.parse(await readFile(join(ws, '.vacancylintrc.json'), 'utf8'))).toEqual({ rules: { 'nl.age': 'off' } });
  });
});

describe('disableRule never rewrites a broken config', () => {
  test('a JSON syntax error is named with line and column; the file is kept', async () => {
    const text = '{\n  "allow": ["jonge honden",]\n}\n';
    const ws = await tempWorkspace({ '.vacancylintrc.json': text });
    const { error } = await disable(ws, fileUri(join(ws, 'ad.md')));
    expect(error?.message).toMatch(new RegExp(`${join(ws, '.vacancylintrc.json').replace(/[.\\/]/gu, '\\$&')}:2:\\d+: is not valid JSON[^;]*; fix it first; nothing was changed`, 'u'));
    expect(await snapshot(ws)).toEqual({ '/.vacancylintrc.json': text });
  });

  test('a config with one wrong value is not replaced by a one-line file', async () => {
    const text = '{\n  "allow": ["jonge honden"],\n  "rules": { "age": "warn" }\n}\n';
    const ws = await tempWorkspace({ '.vacancylintrc.json': text });
    const { error } = await disable(ws, fileUri(join(ws, 'docs', 'ad.md')));
    expect(error?.message).toMatch(/'rules\.age' must be one of[^;]*; fix it first; nothing was changed/u);
    expect(await snapshot(ws)).toEqual({ '/.vacancylintrc.json': text });
  });

  test('a YAML syntax error is named with line and column, and no JSON file is created beside it', async () => {
    const text = '# team\nallow:\n  - jonge honden\n rules: [\n';
    const ws = await tempWorkspace({ '.vacancylintrc.yaml': text });
    const { error } = await disable(ws, fileUri(join(ws, 'ad.md')));
    expect(error?.message).toMatch(/\.vacancylintrc\.yaml:\d+:\d+: is not valid YAML/u);
    expect(await snapshot(ws)).toEqual({ '/.vacancylintrc.yaml': text });
  });
});

describe('disableRule never creates a config that hides another', () => {
  test('a config outside the workspace (in a parent folder) is named, not shadowed', async () => {
    const parent = await tempWorkspace({ '.vacancylintrc.yaml': 'allow:\n  - jonge honden\n' });
    const ws = join(parent, 'site');
    await mkdir(ws);
    const { error } = await disable(ws, fileUri(join(ws, 'ad.md')));
    expect(error?.message).toContain(`the configuration that applies to this document is ${join(parent, '.vacancylintrc.yaml')}, outside the workspace; add rules: { ${RULE}: off } to it yourself`);
    expect(await snapshot(parent)).toEqual({ '/.vacancylintrc.yaml': 'allow:\n  - jonge honden\n' });
  });

  test('a JavaScript config is not edited and not shadowed: the user is told what to add', async () => {
    const js = "export default { allow: ['jonge honden'] };\n";
    const ws = await tempWorkspace({ 'vacancy-lint.config.mjs': js });
    const { error } = await disable(ws, fileUri(join(ws, 'ad.md')));
    expect(error?.message).toContain(`${join(ws, 'vacancy-lint.config.mjs')} is a JavaScript configuration, which vacancy-lint does not edit; add rules: { '${RULE}': 'off' } to it`);
    expect(await snapshot(ws)).toEqual({ '/vacancy-lint.config.mjs': js });
  });
});

describe('disableRule edits in place, keeping everything else', () => {
  test('JSON: layout, key order, compact arrays and the other keys stay; only one line is added', async () => {
    const text = '{\n    "$schema": "./node_modules/@vacancy-lint/cli/schema/config.schema.json",\n    "allow": ["jonge honden", "young guns"],\n    "rules": {\n        "age": "warning"\n    }\n}\n';
    const ws = await tempWorkspace({ '.vacancylintrc.json': text });
    const { result } = await disable(ws, fileUri(join(ws, 'ad.md')));
    expect(result).toEqual({ file: join(ws, '.vacancylintrc.json') });
    expect(await readFile(join(ws, '.vacancylintrc.json'), 'utf8')).toBe(text.replace('"warning"\n', `"warning",\n        "${RULE}": "off"\n`));
  });

  test('YAML: comments (with their spacing), indentation, quoting and blank lines stay', async () => {
    const text = '# team settings\nallow:\n    - jonge honden   # a breed\n    - "young guns"\n\nrules:\n    age: warning     # for now\n\n# end\n';
    const ws = await tempWorkspace({ '.vacancylintrc.yaml': text });
    const { result } = await disable(ws, fileUri(join(ws, 'ad.md')));
    expect(result).toEqual({ file: join(ws, '.vacancylintrc.yaml') });
    expect(await readFile(join(ws, '.vacancylintrc.yaml'), 'utf8')).toBe(text.replace('# for now\n', `# for now\n    ${RULE}: off\n`));
  });

  test('the VS Code bundle edits JSON and YAML the same way', async () => {
    const ws = await tempWorkspace({ '.vacancylintrc.json': '{\n  "allow": ["x"]\n}\n', 'yaml/.vacancylintrc.yaml': 'allow: [x]   # keep\n' });
    await disable(ws, fileUri(join(ws, 'ad.md')), RULE, BUNDLED_SERVER);
    expect(await readFile(join(ws, '.vacancylintrc.json'), 'utf8')).toBe(`{\n  "allow": ["x"],\n  "rules": {\n    "${RULE}": "off"\n  }\n}\n`);
    await disable(ws, fileUri(join(ws, 'yaml', 'ad.md')), RULE, BUNDLED_SERVER);
    expect(await readFile(join(ws, 'yaml', '.vacancylintrc.yaml'), 'utf8')).toBe(`allow: [x]   # keep\nrules:\n  ${RULE}: off\n`);
  });

  test('YAML without rules: a rules block is added at the end', async () => {
    const text = 'allow:\n  - jonge honden   # a breed\n';
    const ws = await tempWorkspace({ '.vacancylintrc.yml': text });
    await disable(ws, fileUri(join(ws, 'ad.md')));
    expect(await readFile(join(ws, '.vacancylintrc.yml'), 'utf8')).toBe(`${text}rules:\n  ${RULE}: off\n`);
  });

  test('package.json: only the vacancyLint key gains a line; the rest of the file is untouched', async () => {
    const text = '{\n\t"name": "site",\n\t"scripts": { "lint": "vacancy-lint ." },\n\t"vacancyLint": {\n\t\t"allow": ["x"]\n\t}\n}\n';
    const ws = await tempWorkspace({ 'package.json': text });
    await disable(ws, fileUri(join(ws, 'ad.md')));
    expect(await readFile(join(ws, 'package.json'), 'utf8')).toBe(
      text.replace('\t\t"allow": ["x"]\n', `\t\t"allow": ["x"],\n\t\t"rules": {\n\t\t\t"${RULE}": "off"\n\t\t}\n`),
    );
  });

  test("the file's mode is kept and no temporary file is left behind", async () => {
    const ws = await tempWorkspace({ '.vacancylintrc.json': '{ "allow": [] }\n' });
    await chmod(join(ws, '.vacancylintrc.json'), 0o640);
    await disable(ws, fileUri(join(ws, 'ad.md')));
    expect((await stat(join(ws, '.vacancylintrc.json'))).mode & 0o777).toBe(0o640);
    expect(await readdir(ws)).toEqual(['.vacancylintrc.json']);
  });

  test('an empty config file is filled in, not shadowed', async () => {
    const ws = await tempWorkspace({ 'docs/.vacancylintrc.json': '' });
    const { result } = await disable(ws, fileUri(join(ws, 'docs', 'ad.md')));
    expect(result).toEqual({ file: join(ws, 'docs', '.vacancylintrc.json') });
    expect(JSON.parse(await readFile(join(ws, 'docs', '.vacancylintrc.json'), 'utf8'))).toEqual({ rules: { [RULE]: 'off' } });
    expect(Object.keys(await snapshot(ws))).toEqual(['/docs/.vacancylintrc.json']);
  });

  test('with no config anywhere, .vacancylintrc.json is created at the workspace root', async () => {
    const ws = await tempWorkspace({ 'docs/ad.md': 'Ons jonge team.' });
    await writeFile(join(ws, 'docs', 'other.md'), '');
    const { result } = await disable(ws, fileUri(join(ws, 'docs', 'ad.md')));
    expect(result).toEqual({ file: join(ws, '.vacancylintrc.json') });
    expect(await readFile(join(ws, '.vacancylintrc.json'), 'utf8')).toBe(`{\n  "rules": {\n    "${RULE}": "off"\n  }\n}\n`);
  });
});
