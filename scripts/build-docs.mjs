#!/usr/bin/env node
// Writes docs/rules/<lang>.md from the rule data (through the built core, so the page shows
// exactly what the engine uses). test/docs.test.ts fails when a page is out of date.
//
//   npm run docs
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, describeRule, listRules, renderRule } from '@vacancy-lint/core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Page-level words only: every rule's fields and their labels come from core's describeRule, the
// same renderer as the CLI's --explain and the editor's hover.
const PAGE = {
  nl: {
    title: 'Regels voor Nederlandse vacatureteksten',
    intro:
      'Alle regels die vacancy-lint toepast op Nederlandse tekst, per categorie. Deze pagina wordt gemaakt uit `rules/nl/*.yml`; pas daar de regels aan en draai `npm run docs`.',
    count: (n) => `${n} regels`,
  },
  en: {
    title: 'Rules for English job ads',
    intro:
      'Every rule vacancy-lint applies to English text, by category. This page is generated from `rules/en/*.yml`; change the rules there and run `npm run docs`. retext-equality also runs on English text (see `rules/retext-equality.yml`).',
    count: (n) => `${n} rules`,
  },
};

export function renderRuleDocs(language) {
  const L = PAGE[language];
  const rules = listRules({ language });
  const out = [`# ${L.title}`, '', L.intro, '', `${L.count(rules.length)}.`, ''];
  const categories = CATEGORIES.filter((c) => rules.some((r) => r.category === c));
  out.push(categories.map((c) => `- [${c}](#${c}) (${rules.filter((r) => r.category === c).length})`).join('\n'), '');
  for (const category of categories) {
    out.push(`## ${category}`, '');
    for (const rule of rules.filter((r) => r.category === category)) {
      // The page is the documentation: no link to itself, and the category is the section.
      const described = describeRule(rule);
      const fields = described.fields.filter((f) => f.field !== 'docs' && f.field !== 'category');
      out.push(`### ${rule.id}`, '', renderRule({ ...described, fields }, 'markdown'), '');
    }
  }
  return out.join('\n');
}

export const docPath = (language) => join(root, 'docs', 'rules', `${language}.md`);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const language of ['nl', 'en']) {
    mkdirSync(dirname(docPath(language)), { recursive: true });
    writeFileSync(docPath(language), renderRuleDocs(language));
    console.log(`docs: ${docPath(language)}`);
  }
}
