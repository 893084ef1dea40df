/**
 * The answers to the client's requests that read what the server knows: hover, code actions,
 * code lens, the commands and the rule requests. Each takes what it needs as arguments, so it can
 * be called without a connection; server.ts only registers them.
 */
import { getRule, listRules } from '@vacancy-lint/core';
import {
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionParams,
  type CodeLens,
  type CodeLensParams,
  type ExecuteCommandParams,
  type Hover,
  type HoverParams,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, COMMANDS } from './code-actions.js';
import type { DocumentStore } from './document-store.js';
import { hoverMarkdown, ruleMarkdown } from './hover.js';
import { formatFor } from './lint-document.js';
import type { ServerSettings } from './settings.js';
import { summaryDetails } from './summary-view.js';
import { unlessCancelled } from './with-timeout.js';
import { RuleOffRefused, UnknownRuleError } from './write-config.js';

type Documents = { get(uri: string): TextDocument | undefined };

const invalid = (message: string) => new ResponseError(ErrorCodes.InvalidParams, message);

/** The findings under the cursor, explained. */
export function hover(documents: Documents, store: DocumentStore, params: HoverParams): Hover | null {
  const uri = params.textDocument.uri;
  const document = documents.get(uri);
  if (!document || !store.get(uri)) return null;
  const hits = store.findingsAt(uri, document.offsetAt(params.position), document.getText());
  const first = hits[0];
  if (!first) return null;
  return {
    contents: { kind: 'markdown', value: hoverMarkdown(hits) },
    range: { start: document.positionAt(first.offset), end: document.positionAt(first.endOffset) },
  };
}

export function actions(documents: Documents, store: DocumentStore, capabilities: ClientCapabilities, params: CodeActionParams): CodeAction[] {
  const document = documents.get(params.textDocument.uri);
  const format = document && formatFor(document.languageId);
  if (!document || !format) return [];
  return codeActions({ document, format, findings: store.findings(document.uri), documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true }, params);
}

/** The summary line above the first line, when the settings ask for a lens. */
export function summaryLens(store: DocumentStore, settings: Pick<ServerSettings, 'summary'>, params: CodeLensParams): CodeLens[] {
  const state = store.get(params.textDocument.uri);
  if (!state || (settings.summary !== 'codeLens' && settings.summary !== 'both')) return [];
  return [
    {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      command: { title: state.summary, command: COMMANDS.showSummary, arguments: [params.textDocument.uri] },
    },
  ];
}

export interface CommandContext {
  store: DocumentStore;
  /** Checks the document again (after an ignore) and resolves when its result is published. */
  recheck: (uri: string) => Promise<void>;
  turnRuleOff: (uri: string, ruleId: string) => Promise<{ file: string }>;
  showError: (message: string) => void;
  showInfo: (message: string) => void;
}

/** `workspace/executeCommand`: ignore a phrase, turn a rule off, show the summary. */
export async function executeCommand(ctx: CommandContext, params: ExecuteCommandParams, token: CancellationToken): Promise<unknown> {
  const arg = (params.arguments?.[0] ?? {}) as Record<string, unknown>;
  const uri = typeof arg === 'string' ? arg : arg['uri'];
  if (typeof uri !== 'string') throw invalid(`${params.command} needs a document uri`);
  switch (params.command) {
    case COMMANDS.ignorePhrase: {
      const phrase = arg['phrase'];
      if (typeof phrase !== 'string' || !phrase.trim()) throw invalid('ignorePhrase needs a phrase');
      const ignored = ctx.store.ignore(uri, phrase);
      // A long document's check may take a while; the client may cancel waiting for it.
      await unlessCancelled(ctx.recheck(uri), token);
      return { ignored };
    }
    case COMMANDS.disableRule: {
      const ruleId = arg['ruleId'];
      if (typeof ruleId !== 'string' || !ruleId) throw invalid('disableRule needs a ruleId');
      return disableRule(ctx, uri, ruleId);
    }
    case COMMANDS.showSummary: {
      const state = ctx.store.get(uri);
      if (!state) return null;
      const text = summaryDetails(state.result);
      ctx.showInfo(text);
      return { summary: text };
    }
    default:
      throw new ResponseError(ErrorCodes.MethodNotFound, `unknown command ${params.command}`);
  }
}

/** Turns a rule off in the project's config file; every failure is shown and answered with its kind. */
async function disableRule(ctx: CommandContext, uri: string, ruleId: string): Promise<{ file: string }> {
  try {
    return await ctx.turnRuleOff(uri, ruleId);
  } catch (error) {
    if (error instanceof ResponseError) throw error;
    if (error instanceof UnknownRuleError) {
      ctx.showError(`vacancy-lint: ${error.message}`);
      throw invalid(error.message);
    }
    const message = `could not turn ${ruleId} off: ${(error as Error).message}`;
    ctx.showError(`vacancy-lint: ${message}`);
    throw new ResponseError(error instanceof RuleOffRefused ? LSPErrorCodes.RequestFailed : ErrorCodes.InternalError, message);
  }
}

/** `vacancyLint/explainRule`: for VS Code's "Explain rule" and any client that wants the same. */
export function explainRule(params: unknown): { ruleId: string; markdown: string } | null {
  const ruleId = (params as { ruleId?: unknown } | null)?.ruleId;
  if (typeof ruleId !== 'string') throw invalid('vacancyLint/explainRule needs { ruleId }');
  const rule = getRule(ruleId);
  return rule ? { ruleId, markdown: ruleMarkdown(rule) } : null;
}

/** `vacancyLint/listRules`: every rule in a few fields. */
export function ruleList(): { id: string; language: string; category: string; severity: string; message: string }[] {
  return listRules().map((r) => ({ id: r.id, language: r.language, category: r.category, severity: r.severity, message: r.message }));
}
