/**
 * VS Code extension: starts the bundled language server and adds the "Explain rule" command.
 * Everything else (diagnostics, hover, quick fixes, ignore actions) comes from the server, so
 * VS Code users and users of other editors get the same behaviour.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { explainRule, RULE_SCHEME, RuleDocuments } from './explain-rule';
import { trustMiddleware, watchTrust } from './trust';

export const LANGUAGES = ['markdown', 'plaintext', 'html'] as const;

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Saved and unsaved (untitled) documents; not the rule explanations this extension opens itself.
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    outputChannelName: 'vacancy-lint',
    // JavaScript project configs (code) run only in a trusted workspace; see trust.ts.
    middleware: trustMiddleware,
  };
  client = new LanguageClient('vacancyLint', 'vacancy-lint', serverOptions, clientOptions);
  const rules = new RuleDocuments();
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(RULE_SCHEME, rules),
    vscode.commands.registerCommand('vacancyLint.explainRule', (ruleId?: unknown) =>
      client ? explainRule(client, rules, typeof ruleId === 'string' ? ruleId : undefined) : undefined,
    ),
  );
  await client.start();
  context.subscriptions.push(watchTrust(client));
  return client;
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}
