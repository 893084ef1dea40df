/**
 * The packages' READMEs are their manuals: their JavaScript examples run here as written, and every
 * line that ends in `// => value` must give that value, so the docs cannot drift from the code.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..');
// Inside the repository, so the examples' imports resolve to the workspace packages.
const temp = mkdtempSync(join(ROOT, 'test', '.readme-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function jsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```js\n([^]*?)```/gu)].map((m) => m[1]!);
}

/** `expr; // => value` becomes an assertion; everything else runs as written. */
export function toModule(block: string): string {
  const lines = block.split('\n').map((line) => {
    const m = /^(.*?);?\s*\/\/ => (.+)$/u.exec(line);
    return m ? `assert.deepStrictEqual(${m[1]}, ${m[2]}, ${JSON.stringify(line.trim())});` : line;
  });
  return `import assert from 'node:assert/strict';\n${lines.join('\n')}\n`;
}

describe.each(['packages/core/README.md'])('%s', (readme) => {
  const blocks = jsBlocks(readFileSync(join(ROOT, readme), 'utf8'));

  it('has checked examples', () => {
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.join('\n')).toMatch(/\/\/ => /u);
  });

  it.each(blocks.map((block, i) => [i + 1, block] as const))('example %i runs and gives what it says', async (i, block) => {
    const file = join(temp, `${readme.replaceAll('/', '-')}-${i}.mjs`);
    writeFileSync(file, toModule(block));
    await import(pathToFileURL(file).href);
  });

  it('can fail: a wrong value is caught', async () => {
    const file = join(temp, 'wrong.mjs');
    writeFileSync(file, toModule("import { lintSync } from '@vacancy-lint/core';\nlintSync('Wij zoeken een verpleegster.').language; // => 'en'"));
    await expect(import(pathToFileURL(file).href)).rejects.toThrow("lintSync('Wij zoeken een verpleegster.').language; // => 'en'");
  });
});
