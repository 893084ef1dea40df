// The rule pages in docs/rules/ are generated from the rule data; a stale page fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listRules } from '@vacancy-lint/core';
import { docPath, renderRuleDocs } from '../scripts/build-docs.mjs';

describe('rule documentation', () => {
  it.each(['nl', 'en'])('docs/rules/%s.md is up to date (run `npm run docs`)', (language) => {
    expect(readFileSync(docPath(language), 'utf8')).toBe(renderRuleDocs(language));
  });

  it.each(['nl', 'en'] as const)('the %s page has a section for every rule, at the anchor ruleDocsUrl points to', (language) => {
    const page = readFileSync(docPath(language), 'utf8');
    for (const rule of listRules({ language })) {
      expect(page).toContain(`### ${rule.id}\n`);
      // GitHub drops dots from heading anchors.
      expect(rule.docsUrl.endsWith(`#${rule.id.replaceAll('.', '')}`)).toBe(true);
    }
  });
});
