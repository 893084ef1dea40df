/**
 * The language server: registers the LSP handlers on a connection and wires the units that do
 * the work: the document store (results and ignored phrases), the configuration resolution
 * (editor settings and project files), the lint scheduling (debounce per document), the document
 * checker (lint and publish) and the request handlers. This file holds the wiring and the
 * client's capabilities, nothing else.
 */
import { basename } from 'node:path';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  WatchKind,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { COMMANDS, FIX_ALL_KIND } from './code-actions.js';
import { ConfigResolution } from './config-resolution.js';
import { AdaptiveDebounce } from './debounce.js';
import { DocumentChecker } from './document-checker.js';
import { DocumentStore } from './document-store.js';
import { actions, executeCommand, explainRule, hover, ruleList, summaryLens } from './handlers.js';
import { formatFor } from './lint-document.js';
import { LintRunner } from './lint-runner.js';
import { LintScheduler } from './lint-scheduler.js';
import { uriToPath } from './paths.js';
import { CONFIG_FILE_GLOB, CONFIG_FILE_NAMES, forgetProjectConfigs, resolveProjectConfig } from './project-config.js';
import { turnRuleOff as turnRuleOffInConfig } from './write-config.js';

export interface ServerOptions {
  /** Quiet time after the last keystroke before a document is checked again; without it, about twice the document's last check (see debounce.ts). */
  debounceMs?: number;
  /** How long to wait for the client to answer `workspace/configuration`. */
  configurationTimeoutMs?: number;
}

const WATCHED_NAMES = new Set<string>(CONFIG_FILE_NAMES);

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const store = new DocumentStore();
  const runner = new LintRunner();
  const debounce = new AdaptiveDebounce(options.debounceMs);
  const reported = new Set<string>();

  let capabilities: ClientCapabilities = {};
  let folders: string[] = [];
  let canPullConfiguration = false;
  let watching = false;

  const log = (message: string) => connection.console.log(message);
  // A notification, not window/showMessageRequest: nothing to answer, and every client supports it.
  const showMessage = (type: MessageType, message: string) => void connection.sendNotification(ShowMessageNotification.type, { type, message }).catch(() => undefined);
  const warnOnce = (message: string, show = false) => {
    if (reported.has(message)) return;
    reported.add(message);
    connection.console.warn(message);
    if (show) showMessage(MessageType.Warning, `vacancy-lint: ${message}`);
  };
  const publish = (uri: string, version: number | undefined, diagnostics: Diagnostic[]) =>
    void connection.sendDiagnostics({ uri, version, diagnostics }).catch(() => undefined);

  const config = new ConfigResolution({
    pull: (uri) => (canPullConfiguration ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'vacancyLint' }) : undefined),
    timeoutMs: options.configurationTimeoutMs ?? 1500,
    warn: warnOnce,
    folders: () => folders,
    watching: () => watching,
  });
  const checker = new DocumentChecker({
    documents,
    config,
    runner,
    store,
    debounce,
    publish,
    refreshLenses: () => {
      if (capabilities.workspace?.codeLens?.refreshSupport) connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    },
    error: (message) => connection.console.error(message),
  });
  const scheduler = new LintScheduler(
    (uri) => debounce.delay(uri),
    (uri) => void checker.check(uri).catch((error: unknown) => connection.console.error(`check failed for ${uri}: ${String(error)}`)),
  );

  function recheckAll() {
    checker.configurationChanged();
    for (const document of documents.all()) scheduler.now(document.uri);
  }

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities ?? {};
    config.setInitial(params.initializationOptions);
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
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_FILE_GLOB, kind }] }).then(
        () => (watching = true),
        (e: unknown) => log(`could not watch configuration files: ${String(e)}`),
      );
    }
  });

  const justOpened = new Set<string>();
  documents.onDidOpen((event) => {
    justOpened.add(event.document.uri);
    if (!formatFor(event.document.languageId)) log(`not checking ${event.document.uri}: language '${event.document.languageId}' is not markdown, plaintext or html`);
    scheduler.now(event.document.uri);
  });
  documents.onDidChangeContent((event) => {
    // Opening fires this too, right after onDidOpen, whose check is already running.
    if (justOpened.delete(event.document.uri)) return;
    // A long check of the old text is wasted work now; stop it instead of waiting for the debounce.
    runner.cancel(event.document.uri);
    scheduler.schedule(event.document.uri);
  });
  documents.onDidClose((event) => {
    const { uri } = event.document;
    scheduler.cancel(uri);
    runner.cancel(uri);
    debounce.forget(uri);
    store.invalidate(uri);
    config.forgetDocument(uri);
    publish(uri, undefined, []);
  });

  connection.onDidChangeConfiguration((params) => {
    config.settingsChanged((params?.settings as Record<string, unknown> | undefined)?.['vacancyLint']);
    recheckAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (!params.changes.some((c) => WATCHED_NAMES.has(basename(uriToPath(c.uri) ?? c.uri)))) return;
    config.projectChanged();
    recheckAll();
  });

  async function turnRuleOff(uri: string, ruleId: string): Promise<{ file: string }> {
    const documentPath = uriToPath(uri);
    if (!documentPath && !uri.startsWith('untitled:')) throw new ResponseError(ErrorCodes.InvalidParams, `disableRule needs a file: or untitled: document uri, not ${uri}`);
    const { file, created } = await turnRuleOffInConfig({
      ruleId,
      ...(documentPath ? { documentPath } : {}),
      folders,
      resolve: async (directory) => {
        // Fresh from disk: the file is about to be changed, a cached copy may be out of date. The
        // document's trust setting decides whether a JavaScript config is read or only noticed.
        forgetProjectConfigs();
        const { allowJavaScriptConfig } = await config.settingsFor(uri);
        return resolveProjectConfig(directory, allowJavaScriptConfig);
      },
    });
    log(`turned ${ruleId} off in ${file}${created ? ' (new file)' : ''}`);
    config.projectChanged();
    recheckAll();
    return { file };
  }

  connection.onHover((params) => hover(documents, store, params));
  connection.onCodeAction((params) => actions(documents, store, capabilities, params));
  connection.onCodeLens(async (params) => {
    const uri = params.textDocument.uri;
    return store.get(uri) ? summaryLens(store, await config.settingsFor(uri), params) : [];
  });
  connection.onExecuteCommand((params, token) =>
    executeCommand(
      {
        store,
        recheck: (uri) => checker.check(uri),
        turnRuleOff,
        showError: (message) => showMessage(MessageType.Error, message),
        showInfo: (message) => showMessage(MessageType.Info, message),
      },
      params,
      token,
    ),
  );
  connection.onRequest('vacancyLint/explainRule', explainRule);
  connection.onRequest('vacancyLint/listRules', ruleList);

  connection.onShutdown(() => {
    scheduler.dispose();
    runner.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
