/** "vacancy-lint: Explain rule": the rule under the cursor, or one picked from the list, as a Markdown preview. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** Explanations get their own scheme so the language server does not lint them. */
export const RULE_SCHEME = 'vacancy-lint-rule';

interface RuleSummary {
  id: string;
  category: string;
  message: string;
}

export class RuleDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  set(uri: vscode.Uri, markdown: string): void {
    this.texts.set(uri.toString(), markdown);
  }
  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code === 'string') return code;
  if (typeof code === 'object' && code !== null && typeof code.value === 'string') return code.value;
  return undefined;
}

function ruleAtCursor(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const here = vscode.languages
    .getDiagnostics(editor.document.uri)
    .find((d) => d.source === 'vacancy-lint' && d.range.contains(editor.selection.active));
  return here ? codeOf(here) : undefined;
}

export async function explainRule(client: LanguageClient, documents: RuleDocuments, given?: string): Promise<void> {
  let ruleId = given ?? ruleAtCursor();
  if (!ruleId) {
    const rules = await client.sendRequest<RuleSummary[]>('vacancyLint/listRules');
    const pick = await vscode.window.showQuickPick(
      rules.map((r) => ({ label: r.id, description: r.category, detail: r.message })),
      { placeHolder: 'Which rule?', matchOnDescription: true, matchOnDetail: true },
    );
    ruleId = pick?.label;
  }
  if (!ruleId) return;
  const info = await client.sendRequest<{ markdown: string } | null>('vacancyLint/explainRule', { ruleId });
  if (!info) {
    void vscode.window.showWarningMessage(`vacancy-lint: no rule '${ruleId}'`);
    return;
  }
  const uri = vscode.Uri.parse(`${RULE_SCHEME}:${encodeURIComponent(ruleId)}.md`);
  documents.set(uri, info.markdown);
  await vscode.commands.executeCommand('markdown.showPreview', uri);
}
