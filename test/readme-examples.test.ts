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

/** `sample` describes `actual`: every key it gives holds the same value, and '…' in a string stands for left-out text. */
function describes(sample: unknown, actual: unknown, path = '$'): string[] {
  if (typeof sample === 'string' && sample.includes('…')) {
    const [head, ...rest] = sample.split('…');
    const tail = rest.at(-1)!;
    return typeof actual === 'string' && actual.startsWith(head!) && actual.endsWith(tail) ? [] : [`${path}: ${JSON.stringify(actual)} is not ${JSON.stringify(sample)}`];
  }
  if (Array.isArray(sample)) {
    if (!Array.isArray(actual)) return [`${path}: not an array`];
    // A sample array of objects shows some of the elements; of scalars, all of them.
    if (sample.every((s) => typeof s !== 'object')) return JSON.stringify(sample) === JSON.stringify(actual) ? [] : [`${path}: ${JSON.stringify(actual)}`];
    return sample.flatMap((s, i) => {
      const candidates = actual.filter((a) => describes(s, a).length === 0);
      return candidates.length > 0 ? [] : describes(s, actual[i], `${path}[${i}]`);
    });
  }
  if (sample !== null && typeof sample === 'object') {
    if (actual === null || typeof actual !== 'object') return [`${path}: not an object`];
    const keys = Object.keys(sample);
    if (keys.length === 1 && keys[0] === '…') return [];
    const order = Object.keys(actual).filter((k) => keys.includes(k));
    const problems = keys.flatMap((k) => (k in actual ? describes((sample as Record<string, unknown>)[k], (actual as Record<string, unknown>)[k], `${path}.${k}`) : [`${path}.${k}: missing`]));
    if (problems.length === 0 && order.join() !== keys.join()) problems.push(`${path}: keys in the order ${order.join(', ')}`);
    return problems;
  }
  return sample === actual ? [] : [`${path}: ${JSON.stringify(actual)}, the sample says ${JSON.stringify(sample)}`];
}

describe('README.md JSON samples', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const samples = [...readme.matchAll(/```json\n([^]*?)```/gu)].map((m) => JSON.parse(m[1]!));

  it('the --format json sample is what the CLI prints for that file', async () => {
    const sample = samples.find((s) => Array.isArray(s) && s[0]?.filePath) as Array<{ filePath: string }>;
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, [join(ROOT, 'packages/cli/bin/vacancy-lint.js'), sample[0]!.filePath, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    expect(describes(sample, JSON.parse(r.stdout))).toEqual([]);
  });

  it('the comparison can fail', () => {
    expect(describes({ a: 1, b: 'x…z' }, { a: 2, b: 'xyz' })).toEqual(['$.a: 2, the sample says 1']);
    expect(describes({ b: 'x…z', a: 1 }, { a: 1, b: 'xyz' })).toEqual(['$: keys in the order a, b']);
  });

  it('the configuration samples are valid configurations', async () => {
    const { validateConfig } = await import('@vacancy-lint/config');
    const configs = [...samples, ...[...readFileSync(join(ROOT, 'packages/cli/README.md'), 'utf8').matchAll(/```json\n(\{[^]*?)```/gu)].map((m) => JSON.parse(m[1]!))].filter((s) => !Array.isArray(s) && ('rules' in s || 'extends' in s));
    expect(configs.length).toBeGreaterThanOrEqual(2);
    for (const config of configs) expect(() => validateConfig(config, 'README')).not.toThrow();
  });
});
