/**
 * Workspace trust for configuration. A project's vacancy-lint.config.js/.mjs/.cjs is code; the
 * language server runs it only when told `allowJavaScriptConfig: true`. This extension says so
 * only in a trusted workspace (and only when the user's setting allows it), whatever the
 * workspace's own settings say, and tells the server again when the user grants trust.
 */
import * as vscode from 'vscode';
import { DidChangeConfigurationNotification, type LanguageClient, type Middleware } from 'vscode-languageclient/node';
import { gateSettings, SECTION } from './gate';

/** Rewrites the answers to the server's `workspace/configuration` requests. */
export const trustMiddleware: Middleware = {
  workspace: {
    configuration: async (params, token, next) => {
      const answer = await next(params, token);
      if (!Array.isArray(answer)) return answer;
      return answer.map((value: unknown, i) => (params.items[i]?.section === SECTION ? gateSettings(value, vscode.workspace.isTrusted) : value));
    },
  },
};

/** When the user trusts the workspace, the server asks for its settings again and reloads the config. */
export function watchTrust(client: LanguageClient): vscode.Disposable {
  return vscode.workspace.onDidGrantWorkspaceTrust(() => {
    void client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  });
}
