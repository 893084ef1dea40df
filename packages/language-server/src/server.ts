/**
 * The language server: wires documents, settings, project configuration and the core engine to
 * the LSP connection. Each feature's logic lives in its own module; this file holds the state.
 */
import { basename } from 'node:path';
import { getRule, listRules, type LintResult } from '@vacancy-lint/core';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DiagnosticSeverity,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ShowMessageNotification,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  WatchKind,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, COMMANDS, FIX_ALL_KIND } from './code-actions.js';
import { noticeDiagnostics, SOURCE, toDiagnostic } from './diagnostics.js';
import { effectiveConfig } from './effective-config.js';
import { hoverMarkdown, ruleMarkdown } from './hover.js';
import { formatFor, phraseKey } from './lint-document.js';
import { LintRunner } from './lint-runner.js';
import { bytesOver, tooLargeDiagnostic } from './size-limit.js';
import { configDirectoryFor, uriToPath } from './paths.js';
import { CONFIG_FILE_GLOB, CONFIG_FILE_NAMES, forgetProjectConfigs, resolveProjectConfig, type ProjectConfig } from './project-config.js';
import { defaultSettings, mergeSettings, unwrapSettings, type ServerSettings } from './settings.js';
import { summaryDetails, summaryLine } from './summary-view.js';
import { unlessCancelled, withTimeout } from './with-timeout.js';
import { RuleOffRefused, turnRuleOff as turnRuleOffInConfig, UnknownRuleError } from './write-config.js';
import { AdaptiveDebounce } from './debounce.js';

export interface ServerOptions {
  /** Quiet time after the last keystroke before a document is checked again; without it, about twice the document's last check (see debounce.ts). */
  debounceMs?: number;
  /** How long to wait for the client to answer `workspace/configuration`. */
  configurationTimeoutMs?: number;
}

interface DocumentState {
  result: LintResult;
  version: number;
  generation: number;
  summary: string;
}

const WATCHED_NAMES = new Set<string>(CONFIG_FILE_NAMES);
/** Without file watching in the client, a project file is read again after this long. */
const UNWATCHED_CONFIG_TTL_MS = 2000;

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const debounce = new AdaptiveDebounce(options.debounceMs);
  const configurationTimeoutMs = options.configurationTimeoutMs ?? 1500;
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocumentState>();
  const timers = new Map<string, NodeJS.Timeout>();
  const ignored = new Map<string, Set<string>>();
  const settingsCache = new Map<string, Promise<ServerSettings>>();
  const projectCache = new Map<string, { at: number; promise: Promise<ProjectConfig> }>();
  const reported = new Set<string>();
  const runner = new LintRunner();

  let capabilities: ClientCapabilities = {};
  let folders: string[] = [];
  let initSettings: unknown;
  let pushedSettings: unknown;
  let canPullConfiguration = false;
  let configurationUnanswered = false;
  let watching = false;
  /** Bumped whenever settings or project files change, so an unchanged document is checked again. */
  let generation = 0;

  const log = (message: string) => connection.console.log(message);
  // A notification, not window/showMessageRequest: nothing to answer, and every client supports it.
  const showMessage = (type: MessageType, message: string) => void connection.sendNotification(ShowMessageNotification.type, { type, message }).catch(() => undefined);
  const warnOnce = (message: string, show = false) => {
    if (reported.has(message)) return;
    reported.add(message);
    connection.console.warn(message);
    if (show) showMessage(MessageType.Warning, `vacancy-lint: ${message}`);
  };

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities ?? {};
    initSettings = unwrapSettings(params.initializationOptions);
    canPullConfiguration = capabilities.workspace?.configuration === true;
    const fromFolders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    const root = params.rootUri ? uriToPath(params.rootUri) : (params.rootPath ?? undefined);
    folders = fromFolders.length ? fromFolders : root ? [root] : [];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: capabilities.textDocument?.codeAction?.codeActionLiteralSupport
          ? { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] }
          : true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: Object.values(COMMANDS) },
      },
      serverInfo: { name: 'vacancy-lint-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'vacancyLint' }).catch((e: unknown) => log(`could not register for configuration changes: ${String(e)}`));
    }
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      const kind = WatchKind.Create | WatchKind.Change | WatchKind.Delete;
      connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: CONFIG_FILE_GLOB, kind }],
        })
        .then(
          () => (watching = true),
          (e: unknown) => log(`could not watch configuration files: ${String(e)}`),
        );
    }
  });

  async function pullSettings(uri: string): Promise<unknown> {
    if (!canPullConfiguration || configurationUnanswered) return undefined;
    try {
      const answer = await withTimeout<unknown>(
        connection.workspace.getConfiguration({ scopeUri: uri, section: 'vacancyLint' }),
        configurationTimeoutMs,
        undefined,
        () => {
          // Asking again would delay every check; a configuration change notification resets this.
          configurationUnanswered = true;
          warnOnce(`the editor did not answer workspace/configuration within ${configurationTimeoutMs} ms; using defaults`);
        },
      );
      return answer;
    } catch (error) {
      warnOnce(`workspace/configuration failed (${(error as Error).message}); using defaults`);
      return undefined;
    }
  }

  function settingsFor(uri: string): Promise<ServerSettings> {
    let cached = settingsCache.get(uri);
    if (!cached) {
      cached = pullSettings(uri).then((pulled) => {
        let settings = defaultSettings();
        // Pushed settings are the client's whole current state, so they replace the initial ones.
        for (const layer of [pushedSettings ?? initSettings, unwrapSettings(pulled)]) {
          settings = mergeSettings(settings, layer, (m) => warnOnce(m));
        }
        return settings;
      });
      settingsCache.set(uri, cached);
    }
    return cached;
  }

  async function projectConfigFor(uri: string): Promise<ProjectConfig> {
    const directory = configDirectoryFor(uri, folders);
    if (!directory) return { config: {} };
    // Whether JavaScript configs may run is the client's decision (VS Code: workspace trust).
    const { allowJavaScriptConfig } = await settingsFor(uri);
    const key = `${allowJavaScriptConfig ? 'js' : 'data'}\0${directory}`;
    const cached = projectCache.get(key);
    if (cached && (watching || Date.now() - cached.at < UNWATCHED_CONFIG_TTL_MS)) return cached.promise;
    if (cached) forgetProjectConfigs();
    const promise = resolveProjectConfig(directory, allowJavaScriptConfig).then(
      (project) => {
        if (project.refused) {
          warnOnce(
            `${project.refused.file} was not loaded: JavaScript config files are code, and the setting vacancyLint.allowJavaScriptConfig is off (VS Code turns it on only in a trusted workspace). Using the editor settings only.`,
            true,
          );
        }
        return project;
      },
      (error: unknown) => {
        // A broken file must not stop the checks; the message names the file and the key to fix.
        warnOnce(`${(error as Error).message} (using the editor settings only)`, true);
        return { config: {} } as ProjectConfig;
      },
    );
    projectCache.set(key, { at: Date.now(), promise });
    return promise;
  }

  function clearProjectConfigs() {
    projectCache.clear();
    forgetProjectConfigs();
  }

  function publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]) {
    void connection.sendDiagnostics({ uri, version, diagnostics }).catch(() => undefined);
  }

  function summaryDiagnostic(line: string): Diagnostic {
    return {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: SOURCE,
      message: line,
    };
  }

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const format = formatFor(document.languageId);
    if (!format) return;
    const { version } = document;
    const started = generation;
    const previous = states.get(uri);
    if (previous && previous.version === version && previous.generation === started) return;
    const [settings, project] = await Promise.all([settingsFor(uri), projectConfigFor(uri)]);
    // A newer edit or configuration change has its own check coming; this one would be stale.
    if (documents.get(uri)?.version !== version || generation !== started) return;
    if (!settings.enable) {
      states.delete(uri);
      publish(uri, version, []);
      return;
    }
    const text = document.getText();
    const limit = settings.maxDocumentSizeMB * 1024 * 1024;
    const bytes = bytesOver(text, limit);
    if (bytes !== undefined) {
      // Checking would take minutes and the findings would be unreadable; say so once, on top.
      runner.cancel(uri);
      states.delete(uri);
      publish(uri, version, [tooLargeDiagnostic(bytes, limit)]);
      return;
    }
    let result: LintResult | undefined;
    const checkStart = performance.now();
    try {
      result = await runner.lint(uri, {
        text,
        format,
        language: settings.language,
        config: effectiveConfig(settings, project.config),
        ignored: ignored.get(uri) ?? new Set(),
      });
    } catch (error) {
      connection.console.error(`could not check ${uri}: ${(error as Error).stack ?? String(error)}`);
      return;
    }
    // Superseded by a newer check, or the document moved on while a long check ran: stale.
    if (!result || documents.get(uri)?.version !== version || generation !== started) return;
    debounce.record(uri, performance.now() - checkStart);
    const summary = summaryLine(result);
    const summaryChanged = previous?.summary !== summary;
    states.set(uri, { result, version, generation: started, summary });
    const diagnostics = [...noticeDiagnostics(result), ...result.findings.map((f) => toDiagnostic(document, f))];
    if (settings.summary === 'diagnostic' || settings.summary === 'both') diagnostics.unshift(summaryDiagnostic(summary));
    publish(uri, version, diagnostics);
    if (summaryChanged && (settings.summary === 'codeLens' || settings.summary === 'both') && capabilities.workspace?.codeLens?.refreshSupport) {
      connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    }
  }

  function run(uri: string) {
    validate(uri).catch((error: unknown) => connection.console.error(`check failed for ${uri}: ${String(error)}`));
  }

  function schedule(uri: string) {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        run(uri);
      }, debounce.delay(uri)),
    );
  }

  function revalidateAll() {
    generation++;
    for (const document of documents.all()) run(document.uri);
  }

  const justOpened = new Set<string>();
  documents.onDidOpen((event) => {
    justOpened.add(event.document.uri);
    if (!formatFor(event.document.languageId)) log(`not checking ${event.document.uri}: language '${event.document.languageId}' is not markdown, plaintext or html`);
    run(event.document.uri);
  });
  documents.onDidChangeContent((event) => {
    // Opening fires this too, right after onDidOpen, whose check is already running.
    if (justOpened.delete(event.document.uri)) return;
    // A long check of the old text is wasted work now; stop it instead of waiting for the debounce.
    runner.cancel(event.document.uri);
    schedule(event.document.uri);
  });
  documents.onDidClose((event) => {
    const { uri } = event.document;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    runner.cancel(uri);
    debounce.forget(uri);
    states.delete(uri);
    settingsCache.delete(uri);
    publish(uri, undefined, []);
  });

  connection.onDidChangeConfiguration((params) => {
    const pushed = (params?.settings as Record<string, unknown> | undefined)?.['vacancyLint'];
    if (pushed !== undefined) pushedSettings = pushed;
    configurationUnanswered = false;
    settingsCache.clear();
    revalidateAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    const relevant = params.changes.some((c) => WATCHED_NAMES.has(basename(uriToPath(c.uri) ?? c.uri)));
    if (!relevant) return;
    clearProjectConfigs();
    revalidateAll();
  });

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    const state = states.get(params.textDocument.uri);
    if (!document || !state) return null;
    const offset = document.offsetAt(params.position);
    const text = document.getText();
    // While a long document is re-checked the last result may be behind the text: skip what moved.
    const hits = state.result.findings.filter((f) => f.offset <= offset && offset <= f.endOffset && text.slice(f.offset, f.endOffset) === f.actual);
    if (hits.length === 0) return null;
    const first = hits[0]!;
    return {
      contents: { kind: 'markdown', value: hoverMarkdown(hits) },
      range: { start: document.positionAt(first.offset), end: document.positionAt(first.endOffset) },
    };
  });

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    const format = document && formatFor(document.languageId);
    if (!document || !format) return [];
    return codeActions(
      {
        document,
        format,
        findings: states.get(document.uri)?.result.findings ?? [],
        documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
      },
      params,
    );
  });

  connection.onCodeLens(async (params) => {
    const state = states.get(params.textDocument.uri);
    if (!state) return [];
    const settings = await settingsFor(params.textDocument.uri);
    if (settings.summary !== 'codeLens' && settings.summary !== 'both') return [];
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        command: { title: state.summary, command: COMMANDS.showSummary, arguments: [params.textDocument.uri] },
      },
    ];
  });

  const invalid = (message: string) => new ResponseError(ErrorCodes.InvalidParams, message);

  async function turnRuleOff(uri: string, ruleId: string): Promise<{ file: string }> {
    const documentPath = uriToPath(uri);
    if (!documentPath && !uri.startsWith('untitled:')) throw invalid(`disableRule needs a file: or untitled: document uri, not ${uri}`);
    const { file, created } = await turnRuleOffInConfig({
      ruleId,
      ...(documentPath ? { documentPath } : {}),
      folders,
      resolve: async (directory) => {
        // Fresh from disk: the file is about to be changed, a cached copy may be out of date. The
        // document's trust setting decides whether a JavaScript config is read or only noticed.
        forgetProjectConfigs();
        const { allowJavaScriptConfig } = await settingsFor(uri);
        return resolveProjectConfig(directory, allowJavaScriptConfig);
      },
    });
    log(`turned ${ruleId} off in ${file}${created ? ' (new file)' : ''}`);
    clearProjectConfigs();
    revalidateAll();
    return { file };
  }

  connection.onExecuteCommand(async (params, token) => {
    const arg = (params.arguments?.[0] ?? {}) as Record<string, unknown>;
    const uri = typeof arg === 'string' ? arg : arg['uri'];
    if (typeof uri !== 'string') throw invalid(`${params.command} needs a document uri`);
    switch (params.command) {
      case COMMANDS.ignorePhrase: {
        const phrase = arg['phrase'];
        if (typeof phrase !== 'string' || !phrase.trim()) throw invalid('ignorePhrase needs a phrase');
        let set = ignored.get(uri);
        if (!set) ignored.set(uri, (set = new Set()));
        set.add(phraseKey(phrase));
        states.delete(uri);
        // A long document's check may take a while; the client may cancel waiting for it.
        await unlessCancelled(validate(uri), token);
        return { ignored: [...set] };
      }
      case COMMANDS.disableRule: {
        const ruleId = arg['ruleId'];
        if (typeof ruleId !== 'string' || !ruleId) throw invalid('disableRule needs a ruleId');
        try {
          return await turnRuleOff(uri, ruleId);
        } catch (error) {
          if (error instanceof ResponseError) throw error;
          if (error instanceof UnknownRuleError) {
            showMessage(MessageType.Error, `vacancy-lint: ${error.message}`);
            throw invalid(error.message);
          }
          const message = `could not turn ${ruleId} off: ${(error as Error).message}`;
          if (error instanceof RuleOffRefused) {
            showMessage(MessageType.Error, `vacancy-lint: ${message}`);
            throw new ResponseError(LSPErrorCodes.RequestFailed, message);
          }
          showMessage(MessageType.Error, `vacancy-lint: ${message}`);
          throw new ResponseError(ErrorCodes.InternalError, message);
        }
      }
      case COMMANDS.showSummary: {
        const state = states.get(uri);
        if (!state) return null;
        const text = summaryDetails(state.result);
        showMessage(MessageType.Info, text);
        return { summary: text };
      }
      default:
        throw new ResponseError(ErrorCodes.MethodNotFound, `unknown command ${params.command}`);
    }
  });

  /** For the VS Code command "Explain rule" and any client that wants the same. */
  connection.onRequest('vacancyLint/explainRule', (params: unknown) => {
    const ruleId = (params as { ruleId?: unknown } | null)?.ruleId;
    if (typeof ruleId !== 'string') throw invalid('vacancyLint/explainRule needs { ruleId }');
    const rule = getRule(ruleId);
    if (!rule) return null;
    return { ruleId, markdown: ruleMarkdown(rule) };
  });
  connection.onRequest('vacancyLint/listRules', () =>
    listRules().map((r) => ({ id: r.id, language: r.language, category: r.category, severity: r.severity, message: r.message })),
  );

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
    runner.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
