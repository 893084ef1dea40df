// The extension's `contributes.configuration`, derived from the language server's settings
// description (its one source of truth). Used by sync-settings.mjs and by the test that checks
// package.json is up to date.
import { SETTINGS_DESCRIPTION } from '@vacancy-lint/language-server';

export function settingsContribution(description = SETTINGS_DESCRIPTION) {
  const properties = {};
  let order = 0;
  for (const [key, schema] of Object.entries(description)) {
    properties[`vacancyLint.${key}`] = { ...schema, order: order++ };
  }
  return { title: 'vacancy-lint', properties };
}
