#!/usr/bin/env node
// Cost per KB of adversarial documents at 10 KB, 100 KB and 1 MB: flat columns mean linear time.
// Run by `npm run bench`, or alone: node scripts/bench-linear.mjs [--core path/to/core/dist/index.js]
// (--core lets the same inputs be timed against another build, for before/after figures).
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { core: { type: 'string' }, sizes: { type: 'string', default: '10,100,1000' }, timeout: { type: 'string', default: '20000' } } });
const { lintSync } = await import(values.core ? pathToFileURL(resolve(values.core)).href : '@vacancy-lint/core');
const sizes = values.sizes.split(',').map(Number);
/** A size is skipped once one run of the same input took longer than this (ms). */
const budget = Number(values.timeout);

const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const intro = '# Vacature\n\nWij zoeken een collega voor ons team in Utrecht.\n\n';
const inputs = [
  ['plain: spaces', 'text', (n) => fill(' ', n)],
  ['plain: digits', 'text', (n) => fill('1', n)],
  ['plain: one long word', 'text', (n) => fill('a', n)],
  ['plain: repeated rule words', 'text', (n) => fill('jong team maximaal 5 jaar ervaring ', n)],
  ['plain: separators without spaces', 'text', (n) => fill('1.2,3-4/', n)],
  ['markdown: huge code block', 'markdown', (n) => intro + '```\n' + fill('jonge team 1.000 € ', n) + '\n```\n'],
  ['markdown: image with a long data URI', 'markdown', (n) => intro + '![logo](data:image/png;base64,' + fill('iVBORw0KGgo', n) + ')\n'],
  ['markdown: clean prose', 'markdown', (n) => fill('Wij zoeken een collega voor ons team in Utrecht. Je werkt met mensen.\n\n', n)],
  ['markdown: nested list, 2 levels', 'markdown', (n) => fill('- - punt\n', n)],
  ['html: markup and a long attribute', 'html', (n) => '<p>Wij zoeken een collega.</p>' + fill('<b class="x">a</b> ', n / 2) + `<img src="data:image/png;base64,${fill('A', n / 2)}">`],
];

console.log(`| input | ${sizes.map((kb) => `ms/KB at ${kb >= 1000 ? kb / 1000 + ' MB' : kb + ' KB'}`).join(' | ')} |`);
console.log(`| --- | ${sizes.map(() => '---:').join(' | ')} |`);
for (const [name, format, make] of inputs) {
  const row = [];
  let skip = false;
  for (const kb of sizes) {
    if (skip) {
      row.push('(skipped)');
      continue;
    }
    const text = make(kb * 1024);
    let best = Infinity;
    for (let i = 0; i < (kb >= 1000 ? 1 : 3); i++) {
      const start = performance.now();
      lintSync(text, { format, language: 'nl' });
      best = Math.min(best, performance.now() - start);
      if (best > budget) break;
    }
    row.push((best / kb).toFixed(3));
    if (best > budget) skip = true;
  }
  console.log(`| ${name} | ${row.join(' | ')} |`);
}

// Known super-linear cases, in libraries (see the rows above):
// - "separators without spaces": parse-latin's mergeInnerWordSymbol splices the children array
//   of the sentence for every "1.2"-style merge, quadratic in the length of one sentence.
// - "nested list, 2 levels": micromark's edit map (micromark-util-edit-map `consume`, called from
//   the document tokenizer) is quadratic in the number of items of one nested list.
