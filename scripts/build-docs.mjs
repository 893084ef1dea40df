#!/usr/bin/env node
// Writes docs/rules/<lang>.md from the rule data (through the built core, so the page shows
// exactly what the engine uses). test/docs.test.ts fails when a page is out of date.
//
//   npm run docs
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, listRules } from '@vacancy-lint/core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const LABELS = {
  nl: {
    title: 'Regels voor Nederlandse vacatureteksten',
    intro:
      'Alle regels die vacancy-lint toepast op Nederlandse tekst, per categorie. Deze pagina wordt gemaakt uit `rules/nl/*.yml`; pas daar de regels aan en draai `npm run docs`.',
    severity: { error: 'fout', warning: 'waarschuwing', info: 'tip' },
    fields: { severity: 'Ernst', category: 'Categorie', message: 'Melding', why: 'Waarom', suggest: 'Schrijf liever', sources: 'Bronnen', flag: 'Wordt gemeld', pass: 'Wordt niet gemeld', fix: 'Automatisch te verbeteren met `--fix`', matches: 'Zoekt naar', document: 'Controle op de hele tekst', none: 'Haal het weg of beschrijf wat het werk vraagt.' },
    count: (n) => `${n} regels`,
  },
  en: {
    title: 'Rules for English job ads',
    intro:
      'Every rule vacancy-lint applies to English text, by category. This page is generated from `rules/en/*.yml`; change the rules there and run `npm run docs`. retext-equality also runs on English text (see `rules/retext-equality.yml`).',
    severity: { error: 'error', warning: 'warning', info: 'info' },
    fields: { severity: 'Severity', category: 'Category', message: 'Message', why: 'Why', suggest: 'Write instead', sources: 'Sources', flag: 'Flagged', pass: 'Not flagged', fix: 'Fixable with `--fix`', matches: 'Looks for', document: 'Check on the whole text', none: 'Remove it, or describe what the job needs.' },
    count: (n) => `${n} rules`,
  },
};

const oneLine = (s) => s.replace(/\s+/g, ' ').trim();
const quote = (s) => '`' + oneLine(s).replaceAll('`', "'") + '`';

export function renderRuleDocs(language) {
  const L = LABELS[language];
  const rules = listRules({ language });
  const out = [`# ${L.title}`, '', L.intro, '', `${L.count(rules.length)}.`, ''];
  const categories = CATEGORIES.filter((c) => rules.some((r) => r.category === c));
  out.push(categories.map((c) => `- [${c}](#${c}) (${rules.filter((r) => r.category === c).length})`).join('\n'), '');
  for (const category of categories) {
    out.push(`## ${category}`, '');
    for (const rule of rules.filter((r) => r.category === category)) {
      out.push(`### ${rule.id}`, '');
      out.push(`- **${L.fields.severity}:** ${L.severity[rule.severity]}${rule.fixable ? ` · ${L.fields.fix}` : ''}`);
      if (rule.kind === 'document') out.push(`- **${L.fields.matches}:** ${L.fields.document}`);
      else if (rule.kind === 'reference') out.push(`- **${L.fields.matches}:** ${language === 'nl' ? "'hij', 'hem' en 'zijn' die naar de kandidaat of de functie verwijzen (zie rules/nl/lexicon/context.yml)" : "'he', 'him' and 'his' that refer to the candidate or the role (see rules/en/lexicon/context.yml)"}`);
      else if (rule.phrases) out.push(`- **${L.fields.matches}:** ${rule.phrases.map(quote).join(', ')}`);
      else if (rule.pattern) out.push(`- **${L.fields.matches}:** ${quote(rule.pattern)}`);
      else if (rule.lexicon) out.push(`- **${L.fields.matches}:** [rules/${language}/lexicon/${rule.lexicon}.yml](../../rules/${language}/lexicon/${rule.lexicon}.yml) (${language === 'nl' ? `${rule.lexiconSize} titels, met meervouden en samenstellingen` : `${rule.lexiconSize} titles, with plurals`})`);
      out.push(`- **${L.fields.message}:** ${oneLine(rule.message).replaceAll('{actual}', '…').replaceAll('{suggestion}', '…')}`);
      out.push(`- **${L.fields.why}:** ${oneLine(rule.explanation)}`);
      const lexiconAdvice = language === 'nl' ? 'de neutrale titel uit de tabel, in hetzelfde getal' : 'the neutral title from the table, in the same number';
      out.push(`- **${L.fields.suggest}:** ${rule.suggestions.length ? rule.suggestions.map((s) => `“${s}”`).join(', ') : rule.lexicon ? lexiconAdvice : L.fields.none}`);
      if (rule.reasons) out.push(`- **${language === 'nl' ? 'Reden elders in de tekst' : 'Reason elsewhere in the text'}:** ${rule.reasons.map(quote).join(', ')}`);
      out.push(`- **${L.fields.sources}:** ${rule.sources.map(oneLine).join('; ')}`);
      out.push(`- **${L.fields.flag}:**`, ...rule.examples.flag.map((e) => `  - ${oneLine(e)}`));
      out.push(`- **${L.fields.pass}:**`, ...rule.examples.pass.map((e) => `  - ${oneLine(e)}`));
      out.push('');
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
