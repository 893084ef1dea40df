#!/usr/bin/env node
// Prints candidate gendered job titles from the full OpenTaal (Dutch) and SCOWL (English) word
// lists that are not yet in rules/<lang>/lexicon/gendered-titles.yml, each with its other-gender
// form, for a person to review. Usage: node scripts/mine-titles.mjs [nl|en]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Feminine or masculine endings, each with the endings of the form it is made from. */
const ENDINGS = {
  nl: [
    ['ster', ['er', 'aar']],
    ['es', ['', 'aar']],
    ['trice', ['teur', 'tor']],
    ['euse', ['eur']],
    ['in', ['']],
    ['iste', ['ist']],
    ['vrouw', ['man']],
    ['man', ['vrouw']],
    ['meisje', ['jongen']],
    ['jongen', ['meisje']],
  ],
  en: [
    ['ess', ['', 'er', 'or']],
    ['woman', ['man']],
    ['man', ['woman', 'person']],
    ['maid', ['man']],
    ['boy', ['girl']],
    ['girl', ['boy']],
  ],
};

async function words(language) {
  const { default: dictionary } = await import(`dictionary-${language}`);
  const dic = new TextDecoder().decode(dictionary.dic);
  return new Set(
    dic
      .split('\n')
      .slice(1)
      .map((line) => line.split('/')[0].trim().replaceAll('ĳ', 'ij'))
      .filter((w) => w && w === w.toLowerCase() && !/\s/u.test(w)),
  );
}

for (const language of process.argv[2] ? [process.argv[2]] : ['nl', 'en']) {
  const table = parse(readFileSync(join(root, 'rules', language, 'lexicon', 'gendered-titles.yml'), 'utf8'));
  const known = new Set(table.entries.map((e) => e.form));
  const all = await words(language);
  const out = [];
  for (const word of [...all].sort()) {
    if (known.has(word)) continue;
    for (const [ending, others] of ENDINGS[language]) {
      if (!word.endsWith(ending) || word.length <= ending.length + 2) continue;
      const stem = word.slice(0, -ending.length);
      const other = others.map((o) => stem + o).find((o) => o !== word && all.has(o));
      // A man/woman pair, or a feminine form whose base form exists, is worth a look.
      if (other) out.push(`${word} (${other})`);
      break;
    }
  }
  console.log(`${language}: ${out.length} candidates not in the table\n  ${out.join('\n  ')}`);
}
