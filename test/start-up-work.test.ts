// Start-up does only the work the text needs: a Dutch text does not compile the English rule table
// (the requirement-list headings of both languages are read from the rule data instead), and the
// reverse. A fresh process each, since the tables are built once per process.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const CORE = new URL('../packages/core/dist/index.js', import.meta.url).href;
const REGEXES = new URL('../packages/core/dist/regexes.js', import.meta.url).href;

function tablesBuiltFor(text: string): string[] {
  const script = `const { lintSync } = await import(${JSON.stringify(CORE)});
const { recordedRegexes } = await import(${JSON.stringify(REGEXES)});
lintSync(${JSON.stringify(text)});
const languages = new Set([...recordedRegexes().keys()].filter((k) => k.startsWith('rule:')).map((k) => k.slice(5, 7)));
process.stdout.write(JSON.stringify([...languages].sort()));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as string[];
}

describe('start-up work', () => {
  it('a Dutch ad with a requirement list builds only the Dutch rule table', () => {
    const ad = 'Wij zoeken een verpleegkundige.\n\nWat vragen wij?\n\n- een diploma\n- ervaring in de zorg\n- goede communicatie\n';
    expect(tablesBuiltFor(ad)).toEqual(['nl']);
  });

  it('an English ad builds only the English rule table', () => {
    expect(tablesBuiltFor('We are hiring a nurse.\n\nWhat you bring:\n\n- a degree\n- care experience\n')).toEqual(['en']);
  });
});
