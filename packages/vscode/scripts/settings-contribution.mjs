// The extension's `contributes.configuration`, derived from the language server's settings
// description (its one source of truth). Used by sync-settings.mjs and by the test that checks
// package.json is up to date.
import { SETTINGS_DESCRIPTION } from '@vacancy-lint/language-server';

/**
 * Where VS Code deliberately differs from the server: JavaScript configs are on by default here
 * because the extension passes the setting on only in a trusted workspace (see src/trust.ts);
 * the server's own default (for every other editor) stays off.
 */
export const VSCODE_OVERRIDES = {
  allowJavaScriptConfig: {
    default: true,
    description:
      "Load the project's JavaScript config file (vacancy-lint.config.js, .mjs or .cjs). Such a file is code: it runs only in a trusted workspace, and only while this is on. JSON and YAML configs are always read. When a JavaScript config is skipped, vacancy-lint says so once.",
  },
};

export function settingsContribution(description = SETTINGS_DESCRIPTION) {
  const properties = {};
  let order = 0;
  for (const [key, schema] of Object.entries(description)) {
    properties[`vacancyLint.${key}`] = { ...schema, ...VSCODE_OVERRIDES[key], order: order++ };
  }
  return { title: 'vacancy-lint', properties };
}
