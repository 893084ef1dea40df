// The rule tables a build writes down (scripts/build-tables.mjs → generated/tables.ts) must be the
// tables the engine builds from the rule data now: a change to how tables are built (phrase
// expansion, plurals, titles, patterns, start strings) without `npm run build` fails here. And a
// table written for other rule data (after `npm run rules:check`) is never read back.
import { describe, expect, it } from 'vitest';
import { ruleDataKey, ruleFiles } from '../packages/core/src/generated/rules.js';
import { prebuiltTables } from '../packages/core/src/generated/tables.js';
import { buildRuleTable } from '../packages/core/src/rules/tables.js';
import { restoreRuleTable, serializeRuleTable } from '../packages/core/src/rules/prebuilt.js';
import type { Language } from '../packages/core/src/types.js';

const languages = [...new Set(ruleFiles.map((file) => file.language))].sort() as Language[];

describe('prebuilt rule tables', () => {
  it('exist for every language of the rule data', () => {
    expect(Object.keys(prebuiltTables).sort()).toEqual(languages);
  });

  it.each(languages)('%s: are what the engine builds from the rule data', (language) => {
    const built = serializeRuleTable(buildRuleTable(ruleFiles, language), ruleDataKey);
    expect(JSON.parse(prebuiltTables[language]!)).toEqual(built);
  });

  it.each(languages)('%s: read back, hold the same as when written', (language) => {
    const json = prebuiltTables[language]!;
    const restored = restoreRuleTable(ruleFiles, language, json, ruleDataKey);
    expect(restored).toBeDefined();
    expect(serializeRuleTable(restored!, ruleDataKey)).toEqual(JSON.parse(json));
    const built = buildRuleTable(ruleFiles, language);
    expect(restored!.rules.map((rule) => rule.regex?.source)).toEqual(built.rules.map((rule) => rule.regex?.source));
    expect(restored!.patternRules.map((rule) => rule.id)).toEqual(built.patternRules.map((rule) => rule.id));
    expect(restored!.documentRules.map((rule) => rule.id)).toEqual(built.documentRules.map((rule) => rule.id));
  });

  it('are not read for other rule data or another language', () => {
    const json = prebuiltTables.en!;
    expect(restoreRuleTable(ruleFiles, 'en', json, 'other rule data')).toBeUndefined();
    expect(restoreRuleTable(ruleFiles, 'nl', json, ruleDataKey)).toBeUndefined();
  });
});
