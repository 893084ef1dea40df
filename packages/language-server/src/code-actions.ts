/**
 * Quick fixes and ignore actions for findings. Everything is either a text edit or a command that
 * the server itself executes, so the actions work in every LSP client, not only VS Code.
 */
import { selectFixes, type Finding } from '@vacancy-lint/core';
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { readFindingData, SOURCE, toDiagnostic, type FindingData } from './diagnostics.js';
import { labelsFor } from './labels.js';
import type { DocumentFormat } from './lint-document.js';

export const COMMANDS = {
  ignorePhrase: 'vacancyLint.ignorePhrase',
  disableRule: 'vacancyLint.disableRule',
  showSummary: 'vacancyLint.showSummary',
} as const;

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.vacancy-lint`;

export interface ActionContext {
  document: TextDocument;
  format: DocumentFormat;
  /** Findings of the last check of this document. */
  findings: Finding[];
  documentChanges: boolean;
}

function workspaceEdit(ctx: ActionContext, edits: TextEdit[]): WorkspaceEdit {
  const { uri, version } = ctx.document;
  return ctx.documentChanges
    ? { documentChanges: [{ textDocument: { uri, version }, edits }] }
    : { changes: { [uri]: edits } };
}

function stillThere(document: TextDocument, f: Pick<FindingData, 'offset' | 'endOffset' | 'actual'>): boolean {
  return document.getText().slice(f.offset, f.endOffset) === f.actual;
}

/**
 * The finding behind a diagnostic: from its `data` when the text is unchanged, else the last
 * result's finding with the same rule on the same line. Clients that rebuild diagnostics (Neovim
 * 0.7 sends byte columns back) still get their actions this way.
 */
function findingFor(ctx: ActionContext, diagnostic: Diagnostic): FindingData | undefined {
  const data = readFindingData(diagnostic.data);
  if (data && stillThere(ctx.document, data)) return data;
  const line = diagnostic.range.start.line;
  const candidates = ctx.findings
    .filter((f) => f.ruleId === (data?.ruleId ?? diagnostic.code) && f.line - 1 === line && stillThere(ctx.document, f))
    .sort((a, b) => Math.abs(a.column - 1 - diagnostic.range.start.character) - Math.abs(b.column - 1 - diagnostic.range.start.character));
  return candidates[0];
}

function wanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export function codeActions(ctx: ActionContext, params: CodeActionParams): CodeAction[] {
  const { document } = ctx;
  const only = params.context.only;
  const pairs: { diagnostic: Diagnostic; finding: FindingData }[] = [];
  const ours = params.context.diagnostics.filter((d) => d.source === SOURCE && d.code !== undefined);
  for (const diagnostic of ours) {
    const finding = findingFor(ctx, diagnostic);
    if (finding) pairs.push({ diagnostic, finding });
  }
  if (ours.length === 0) {
    // Asked at the cursor without diagnostics (some clients do): use the findings under the range.
    const from = document.offsetAt(params.range.start);
    const to = document.offsetAt(params.range.end);
    for (const f of ctx.findings) {
      if (f.offset <= to && from <= f.endOffset && stillThere(document, f)) pairs.push({ diagnostic: toDiagnostic(document, f), finding: f });
    }
  }

  const actions: CodeAction[] = [];
  const quick = wanted(only, CodeActionKind.QuickFix);
  const seenPhrase = new Set<string>();
  const seenRule = new Set<string>();
  for (const { diagnostic, finding } of pairs) {
    if (!quick) break;
    const l = labelsFor(finding.language);
    const range = { start: document.positionAt(finding.offset), end: document.positionAt(finding.endOffset) };
    // Replacing a range that holds markup (`<b>verpleeg</b>ster`) would delete the tags.
    if (!finding.spansMarkup) finding.suggestions.forEach((suggestion, i) => {
      actions.push({
        title: l.replaceWith(suggestion),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: i === 0,
        edit: workspaceEdit(ctx, [{ range, newText: suggestion }]),
      });
    });
    if (ctx.format !== 'text') {
      const line = range.start.line;
      const indent = /^[ \t]*/u.exec(document.getText({ start: { line, character: 0 }, end: range.start }))![0];
      actions.push({
        title: l.ignoreHere,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: workspaceEdit(ctx, [
          { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- vacancy-lint-disable-next-line ${finding.ruleId} -->\n` },
        ]),
      });
    }
    const phrase = finding.actual.replace(/\s+/gu, ' ');
    if (!seenPhrase.has(phrase)) {
      seenPhrase.add(phrase);
      actions.push({
        title: l.ignorePhrase(phrase),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: l.ignorePhrase(phrase), command: COMMANDS.ignorePhrase, arguments: [{ uri: document.uri, phrase: finding.actual }] },
      });
    }
    if (!seenRule.has(finding.ruleId)) {
      seenRule.add(finding.ruleId);
      actions.push({
        title: l.ruleOff(finding.ruleId),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: l.ruleOff(finding.ruleId), command: COMMANDS.disableRule, arguments: [{ uri: document.uri, ruleId: finding.ruleId }] },
      });
    }
  }

  // Only on request (save actions, "Fix all"): a lightbulb entry on every finding would be noise.
  if (only && wanted(only, FIX_ALL_KIND)) {
    // The same choice as the CLI's --fix: no overlapping edits, the longer finding first, only
    // findings whose text is still where it was.
    const fixes = selectFixes(ctx.findings, document.getText());
    if (fixes.length) {
      actions.push({
        title: labelsFor(ctx.findings.find((f) => f.offset === fixes[0]!.offset)?.language).fixAll,
        kind: FIX_ALL_KIND,
        edit: workspaceEdit(
          ctx,
          fixes.map((f) => ({ range: { start: document.positionAt(f.offset), end: document.positionAt(f.endOffset) }, newText: f.text })),
        ),
      });
    }
  }
  return actions;
}
