/**
 * Checking one document and publishing what was found: the settings and project configuration
 * that apply, the size limit, the lint off the main thread, and dropping a result that a newer
 * edit or configuration change has made stale. `generation` counts configuration changes, so an
 * unchanged document is checked again after one.
 */
import type { LintResult } from '@vacancy-lint/core';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigResolution } from './config-resolution.js';
import type { AdaptiveDebounce } from './debounce.js';
import { noticeDiagnostics, SOURCE, toDiagnostic } from './diagnostics.js';
import type { DocumentStore } from './document-store.js';
import { effectiveConfig } from './effective-config.js';
import { formatFor } from './lint-document.js';
import type { LintRunner } from './lint-runner.js';
import { bytesOver, tooLargeDiagnostic } from './size-limit.js';
import { summaryLine } from './summary-view.js';

export interface CheckerDeps {
  documents: { get(uri: string): TextDocument | undefined };
  config: ConfigResolution;
  runner: Pick<LintRunner, 'lint' | 'cancel'>;
  store: DocumentStore;
  debounce: Pick<AdaptiveDebounce, 'record'>;
  publish: (uri: string, version: number | undefined, diagnostics: Diagnostic[]) => void;
  /** The summary line changed and the user sees it as a code lens: ask the client to redraw. */
  refreshLenses: () => void;
  error: (message: string) => void;
}

/** The summary as one information diagnostic on the first line (`summary: "diagnostic"`). */
export function summaryDiagnostic(line: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    message: line,
  };
}

export class DocumentChecker {
  private generation = 0;

  constructor(private readonly deps: CheckerDeps) {}

  /** Settings or project files changed: every document's result is out of date. */
  configurationChanged(): void {
    this.generation++;
  }

  async check(uri: string): Promise<void> {
    const { documents, config, runner, store, publish } = this.deps;
    const document = documents.get(uri);
    if (!document) return;
    const format = formatFor(document.languageId);
    if (!format) return;
    const { version } = document;
    const started = this.generation;
    if (store.isCurrent(uri, version, started)) return;
    const previous = store.get(uri);
    const [settings, project] = await Promise.all([config.settingsFor(uri), config.projectConfigFor(uri)]);
    // A newer edit or configuration change has its own check coming; this one would be stale.
    const stale = () => documents.get(uri)?.version !== version || this.generation !== started;
    if (stale()) return;
    if (!settings.enable) {
      store.invalidate(uri);
      publish(uri, version, []);
      return;
    }
    const text = document.getText();
    const limit = settings.maxDocumentSizeMB * 1024 * 1024;
    const bytes = bytesOver(text, limit);
    if (bytes !== undefined) {
      // Checking would take minutes and the findings would be unreadable; say so once, on top.
      runner.cancel(uri);
      store.invalidate(uri);
      publish(uri, version, [tooLargeDiagnostic(bytes, limit)]);
      return;
    }
    let result: LintResult | undefined;
    const checkStart = performance.now();
    try {
      result = await runner.lint(uri, { text, format, language: settings.language, config: effectiveConfig(settings, project.config), ignored: store.ignoredIn(uri) });
    } catch (error) {
      this.deps.error(`could not check ${uri}: ${(error as Error).stack ?? String(error)}`);
      return;
    }
    // Superseded by a newer check, or the document moved on while a long check ran: stale.
    if (!result || stale()) return;
    this.deps.debounce.record(uri, performance.now() - checkStart);
    const summary = summaryLine(result);
    store.set(uri, { result, version, generation: started, summary });
    const diagnostics = [...noticeDiagnostics(result), ...result.findings.map((f) => toDiagnostic(document, f))];
    if (settings.summary === 'diagnostic' || settings.summary === 'both') diagnostics.unshift(summaryDiagnostic(summary));
    publish(uri, version, diagnostics);
    if (previous?.summary !== summary && (settings.summary === 'codeLens' || settings.summary === 'both')) this.deps.refreshLenses();
  }
}
