/**
 * The language server's units without a connection: the document store, the lint scheduling, the
 * configuration resolution, the document checker and the request handlers. The LSP tests drive
 * the same code over stdio with the real client; these pin each unit's own rules.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lintSync } from '@vacancy-lint/core';
import { CancellationToken, ErrorCodes, ResponseError, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { COMMANDS } from '../packages/language-server/src/code-actions.js';
import { ConfigResolution, type ConfigResolutionOptions } from '../packages/language-server/src/config-resolution.js';
import { DocumentChecker, type CheckerDeps } from '../packages/language-server/src/document-checker.js';
import { DocumentStore } from '../packages/language-server/src/document-store.js';
import { executeCommand, explainRule, hover, summaryLens, type CommandContext } from '../packages/language-server/src/handlers.js';
import { lintDocument, type LintRequest } from '../packages/language-server/src/lint-document.js';
import { LintScheduler } from '../packages/language-server/src/lint-scheduler.js';
import { defaultSettings, mergeSettings } from '../packages/language-server/src/settings.js';
import { summaryLine } from '../packages/language-server/src/summary-view.js';

const TEXT = 'Wij zoeken een verpleegster voor ons jonge team.';
const URI = 'file:///tmp/vacature.md';

function stored(store: DocumentStore, text = TEXT, uri = URI, version = 1) {
  const result = lintSync(text, { language: 'nl' });
  store.set(uri, { result, version, generation: 0, summary: 'vacancy-lint: …' });
  return result;
}

describe('DocumentStore', () => {
  it('knows whether a result is current for a version and a configuration generation', () => {
    const store = new DocumentStore();
    stored(store);
    expect(store.isCurrent(URI, 1, 0)).toBe(true);
    expect(store.isCurrent(URI, 2, 0)).toBe(false);
    expect(store.isCurrent(URI, 1, 1)).toBe(false);
    store.invalidate(URI);
    expect(store.isCurrent(URI, 1, 0)).toBe(false);
  });

  it('keeps ignored phrases normalised per document, and an ignore invalidates the result', () => {
    const store = new DocumentStore();
    stored(store);
    expect(store.ignore(URI, '  Jonge   Team ')).toEqual(['jonge team']);
    expect(store.get(URI)).toBeUndefined();
    expect([...store.ignoredIn(URI)]).toEqual(['jonge team']);
    expect(store.ignoredIn('file:///other.md').size).toBe(0);
  });

  it('finds the findings under an offset, skipping those whose words have moved', () => {
    const store = new DocumentStore();
    stored(store);
    const at = TEXT.indexOf('verpleegster') + 3;
    expect(store.findingsAt(URI, at, TEXT).map((f) => f.actual)).toEqual(['verpleegster']);
    expect(store.findingsAt(URI, at, 'XX' + TEXT)).toEqual([]);
  });
});

describe('LintScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checks once after the quiet time, however many keystrokes came before', () => {
    const runs: string[] = [];
    const scheduler = new LintScheduler(() => 100, (uri) => runs.push(uri));
    for (let i = 0; i < 5; i++) {
      scheduler.schedule('a');
      vi.advanceTimersByTime(60);
    }
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(runs).toEqual(['a']);
    expect(scheduler.pending).toBe(0);
  });

  it('keeps one timer per document, with that document\'s delay; cancel and dispose drop them', () => {
    const runs: string[] = [];
    const scheduler = new LintScheduler((uri) => (uri === 'slow' ? 500 : 50), (uri) => runs.push(uri));
    scheduler.schedule('slow');
    scheduler.schedule('quick');
    scheduler.schedule('gone');
    scheduler.cancel('gone');
    vi.advanceTimersByTime(60);
    expect(runs).toEqual(['quick']);
    scheduler.now('now');
    expect(runs).toEqual(['quick', 'now']);
    scheduler.dispose();
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual(['quick', 'now']);
  });
});

describe('ConfigResolution', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'vl-ls-units-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const resolution = (over: Partial<ConfigResolutionOptions> = {}) => {
    const warnings: string[] = [];
    const config = new ConfigResolution({ pull: () => undefined, timeoutMs: 50, warn: (m) => warnings.push(m), folders: () => [dir], watching: () => true, ...over });
    return { config, warnings };
  };

  it('layers the settings: defaults, then initial (or pushed, which replace them), then pulled per document', async () => {
    const { config } = resolution({ pull: (uri) => Promise.resolve(uri.endsWith('b.md') ? { summary: 'off' } : undefined) });
    config.setInitial({ vacancyLint: { language: 'en' } });
    expect((await config.settingsFor('file:///a.md')).language).toBe('en');
    expect((await config.settingsFor('file:///b.md')).summary).toBe('off');
    config.settingsChanged({ summary: 'both' });
    const pushed = await config.settingsFor('file:///a.md');
    expect([pushed.language, pushed.summary]).toEqual([defaultSettings().language, 'both']);
  });

  it('stops asking a client that does not answer, until the configuration changes', async () => {
    let asked = 0;
    const { config, warnings } = resolution({ pull: () => (asked++, new Promise(() => undefined)), timeoutMs: 20 });
    expect((await config.settingsFor('file:///a.md')).enable).toBe(true);
    await config.settingsFor('file:///b.md');
    expect(asked).toBe(1);
    expect(warnings[0]).toMatch(/did not answer workspace\/configuration within 20 ms/u);
    config.settingsChanged(undefined);
    await config.settingsFor('file:///a.md');
    expect(asked).toBe(2);
  });

  it("reads the project's config file once while watched, again after projectChanged; a broken one is reported, not fatal", async () => {
    const uri = pathToFileURL(join(dir, 'ad.md')).href;
    writeFileSync(join(dir, '.vacancylintrc.json'), JSON.stringify({ rules: { age: 'off' } }));
    const { config, warnings } = resolution();
    expect((await config.projectConfigFor(uri)).config.rules).toMatchObject({ age: 'off' });
    writeFileSync(join(dir, '.vacancylintrc.json'), JSON.stringify({ rules: { age: 'info' } }));
    expect((await config.projectConfigFor(uri)).config.rules).toMatchObject({ age: 'off' });
    config.projectChanged();
    expect((await config.projectConfigFor(uri)).config.rules).toMatchObject({ age: 'info' });
    writeFileSync(join(dir, '.vacancylintrc.json'), '{ "rules": ');
    config.projectChanged();
    expect((await config.projectConfigFor(uri)).config).toEqual({});
    expect(warnings.join('\n')).toMatch(/\.vacancylintrc\.json.*using the editor settings only/su);
  });

  it('without a watcher, re-reads a project file after a while', async () => {
    let now = 0;
    const uri = pathToFileURL(join(dir, 'ad.md')).href;
    writeFileSync(join(dir, '.vacancylintrc.json'), JSON.stringify({ rules: { age: 'off' } }));
    const { config } = resolution({ watching: () => false, now: () => now });
    await config.projectConfigFor(uri);
    writeFileSync(join(dir, '.vacancylintrc.json'), JSON.stringify({ rules: { age: 'info' } }));
    now = 10;
    expect((await config.projectConfigFor(uri)).config.rules).toMatchObject({ age: 'off' });
    now = 10_000;
    expect((await config.projectConfigFor(uri)).config.rules).toMatchObject({ age: 'info' });
  });
});

describe('DocumentChecker', () => {
  function setup(text = TEXT) {
    const documents = new Map<string, TextDocument>([[URI, TextDocument.create(URI, 'markdown', 1, text)]]);
    const store = new DocumentStore();
    const published: { uri: string; version: number | undefined; diagnostics: Diagnostic[] }[] = [];
    let lints = 0;
    let refreshes = 0;
    const settings = { ...defaultSettings() };
    const deps: CheckerDeps = {
      documents: { get: (uri) => documents.get(uri) },
      config: { settingsFor: async () => settings, projectConfigFor: async () => ({ config: {} }) } as unknown as CheckerDeps['config'],
      runner: { lint: async (_key: string, request: LintRequest) => (lints++, lintDocument(request)), cancel: () => undefined },
      store,
      debounce: { record: () => undefined },
      publish: (uri, version, diagnostics) => published.push({ uri, version, diagnostics }),
      refreshLenses: () => refreshes++,
      error: (m) => {
        throw new Error(m);
      },
    };
    return { checker: new DocumentChecker(deps), documents, store, published, settings, lints: () => lints, refreshes: () => refreshes };
  }

  it('publishes the findings once per version and configuration generation', async () => {
    const t = setup();
    await t.checker.check(URI);
    await t.checker.check(URI);
    expect(t.lints()).toBe(1);
    expect(t.published).toHaveLength(1);
    expect(t.published[0]!.diagnostics.map((d) => d.code)).toContain('nl.gender.functietitel-verpleegster');
    expect(t.store.get(URI)?.summary).toMatch(/^vacancy-lint: /u);
    expect(t.refreshes()).toBe(1);
    t.checker.configurationChanged();
    await t.checker.check(URI);
    expect(t.lints()).toBe(2);
    // Same summary: the lens is not redrawn.
    expect(t.refreshes()).toBe(1);
  });

  it('drops a result when the document changed while it was checked', async () => {
    const t = setup();
    const pending = t.checker.check(URI);
    t.documents.set(URI, TextDocument.create(URI, 'markdown', 2, 'Iets anders.'));
    await pending;
    expect(t.published).toEqual([]);
  });

  it('publishes nothing when turned off, and one notice for a document over the size limit', async () => {
    const off = setup();
    off.settings.enable = false;
    await off.checker.check(URI);
    expect(off.published).toEqual([{ uri: URI, version: 1, diagnostics: [] }]);
    const big = setup('a '.repeat(600_000));
    big.settings.maxDocumentSizeMB = 1;
    await big.checker.check(URI);
    expect(big.lints()).toBe(0);
    expect(big.published[0]!.diagnostics).toHaveLength(1);
  });

  it('puts the summary on top as a diagnostic when asked', async () => {
    const t = setup();
    t.settings.summary = 'diagnostic';
    await t.checker.check(URI);
    expect(t.published[0]!.diagnostics[0]!.message).toMatch(/^vacancy-lint: 1 fout/u);
    expect(t.refreshes()).toBe(0);
  });
});

describe('handlers', () => {
  const documents = (text = TEXT) => ({ get: (uri: string) => (uri === URI ? TextDocument.create(URI, 'markdown', 1, text) : undefined) });

  it('hover explains the finding under the cursor, and nothing where there is none', () => {
    const store = new DocumentStore();
    stored(store);
    const position = { line: 0, character: TEXT.indexOf('verpleegster') + 2 };
    const answer = hover(documents(), store, { textDocument: { uri: URI }, position });
    expect(answer?.range).toEqual({ start: { line: 0, character: 15 }, end: { line: 0, character: 27 } });
    expect(JSON.stringify(answer?.contents)).toContain('verpleegkundige');
    expect(hover(documents(), store, { textDocument: { uri: URI }, position: { line: 0, character: 1 } })).toBeNull();
    expect(hover(documents(), new DocumentStore(), { textDocument: { uri: URI }, position })).toBeNull();
  });

  it('the summary lens follows the setting', () => {
    const store = new DocumentStore();
    stored(store);
    const params = { textDocument: { uri: URI } };
    expect(summaryLens(store, { summary: 'codeLens' }, params)[0]?.command?.title).toBe('vacancy-lint: …');
    expect(summaryLens(store, { summary: 'diagnostic' }, params)).toEqual([]);
    expect(summaryLens(new DocumentStore(), { summary: 'both' }, params)).toEqual([]);
  });

  it('commands: ignore a phrase and check again, refuse bad arguments with InvalidParams', async () => {
    const store = new DocumentStore();
    stored(store);
    const rechecked: string[] = [];
    const ctx: CommandContext = { store, recheck: async (uri) => void rechecked.push(uri), turnRuleOff: async () => ({ file: 'x' }), showError: () => undefined, showInfo: () => undefined };
    expect(await executeCommand(ctx, { command: COMMANDS.ignorePhrase, arguments: [{ uri: URI, phrase: 'Jonge Team' }] }, CancellationToken.None)).toEqual({ ignored: ['jonge team'] });
    expect(rechecked).toEqual([URI]);
    await expect(executeCommand(ctx, { command: COMMANDS.ignorePhrase, arguments: [{ uri: URI }] }, CancellationToken.None)).rejects.toMatchObject({ code: ErrorCodes.InvalidParams });
    await expect(executeCommand(ctx, { command: 'nope', arguments: [URI] }, CancellationToken.None)).rejects.toMatchObject({ code: ErrorCodes.MethodNotFound });
  });

  it('a failure to turn a rule off is shown to the user and answered as an error', async () => {
    const shown: string[] = [];
    const ctx: CommandContext = {
      store: new DocumentStore(),
      recheck: async () => undefined,
      turnRuleOff: async () => {
        throw new Error('disk full');
      },
      showError: (m) => shown.push(m),
      showInfo: () => undefined,
    };
    const failed = executeCommand(ctx, { command: COMMANDS.disableRule, arguments: [{ uri: URI, ruleId: 'nl.age.jong' }] }, CancellationToken.None);
    await expect(failed).rejects.toBeInstanceOf(ResponseError);
    expect(shown).toEqual(['vacancy-lint: could not turn nl.age.jong off: disk full']);
  });

  it('explainRule answers null for an unknown rule and refuses a call without ruleId', () => {
    expect(explainRule({ ruleId: 'nl.age.jong' })?.markdown).toContain('Waarom');
    expect(explainRule({ ruleId: 'nl.nope' })).toBeNull();
    expect(() => explainRule({})).toThrow(/needs \{ ruleId \}/u);
  });
});

describe('summary line', () => {
  it('is in one language: Dutch for a Dutch text, English for English and for a language without rules', () => {
    expect(summaryLine(lintSync(TEXT, { language: 'nl' }))).toMatch(/^vacancy-lint: 1 fout, 1 waarschuwing.*leeftijd 1.*genderbalans/u);
    expect(summaryLine(lintSync('We need a young salesman.', { language: 'en' }))).toMatch(/^vacancy-lint: .*errors?.*age 1.*gender balance/u);
    const german = summaryLine(lintSync('Wir suchen eine Krankenschwester für unser junges Team in Berlin. Bewerben Sie sich jetzt bei uns.'));
    expect(german).toMatch(/^vacancy-lint: 0 errors, 0 warnings, 0 tips/u);
    expect(german).not.toMatch(/genderbalans|gekleurd/u);
  });
});

describe('settings', () => {
  it('an object-valued setting that is not an object is reported by its name', () => {
    const warnings: string[] = [];
    mergeSettings(defaultSettings(), { rules: 'off', categories: [] }, (w) => warnings.push(w));
    expect(warnings).toEqual(['vacancyLint.rules must be an object', 'vacancyLint.categories must be an object']);
  });
});
