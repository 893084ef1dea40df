// Every regular expression the engine compiles, from rule data and from code, runs in linear time
// on adversarial input: its time per KB at 100 KB stays within a generous factor of its time per
// KB at 10 KB (both measured here, in the same run). "Every" is enforced, not hand-kept: all of
// them are created through the core's registry (packages/core/src/regexes.ts), and a scan of the
// core's sources fails on a regular expression created anywhere else.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { listRules, lintSync } from '@vacancy-lint/core';
import { recordedRegexes } from '../packages/core/dist/regexes.js';

const ROOT = join(import.meta.dirname, '..');
const CORE_SRC = join(ROOT, 'packages/core/src');

/** Per-KB time at 100 KB may be at most this many times the per-KB time at 10 KB. */
// Linear cost gives about 1, quadratic cost about 10; 6 leaves room for a loaded machine (garbage
// collection of many matches on the large input).
const MAX_RATIO = 6;

// Build both languages' rule tables (their patterns register on first use), and touch every input format.
listRules();
for (const format of ['text', 'markdown', 'html'] as const) lintSync('Wij zoeken een collega.', { format });

const GENERIC_UNITS = [
  ' ', '\t', '\n', '\r\n', ' \n', '1', '12 ', '1.', '1,', '1-', '1 ', 'a', 'A', 'é', 'a ', 'a.', 'a-', 'a/', 'a@', '.', ',', '-', '/',
  '. ', ', ', '- ', '@', '_', '&', '&a', '&#1', '#', '<', '<!--', '>', '*', 'www.', 'http://', 'word ', 'Word. ', 'a.b@', '€1', '1€ ',
];

/** Words of a pattern's source: repeating them (with spaces) walks its alternatives and prefixes. */
function wordsOf(source: string): string[] {
  const words = [...new Set([...source.matchAll(/\p{L}{2,}/gu)].map((m) => m[0].toLowerCase()))].filter((w) => !/^[pLNuSsdwbPM]$/u.test(w));
  // Evenly spread sample: enough to hit every family of prefixes without making the test slow.
  const max = 12;
  if (words.length <= max) return words;
  return Array.from({ length: max }, (_, i) => words[Math.floor((i * words.length) / max)]!);
}

/** An input of `size` characters: a unit repeated, or (a function) a shape of its own. */
type Input = string | ((size: number) => string);

function adversarial(regex: RegExp): Array<[string, Input]> {
  const units: Array<[string, Input]> = GENERIC_UNITS.map((u) => [JSON.stringify(u), u]);
  for (const word of wordsOf(regex.source)) {
    units.push(
      [`"${word} "`, `${word} `],
      [`"${word}" + 200 spaces`, word + ' '.repeat(200)],
      [`"${word} 5 "`, `${word} 5 `],
      // One prefix word and then one long run: cost quadratic in the run shows only here.
      [`"${word}" + one long run of spaces`, (size) => word + ' '.repeat(Math.max(0, size - word.length))],
    );
  }
  return units;
}

const fill = (unit: Input, size: number) => (typeof unit === 'function' ? unit(size) : unit.repeat(Math.ceil(size / unit.length)).slice(0, size));

/** Milliseconds per KB: the input is matched over and over until at least `minMs` have passed. */
function msPerKb(regex: RegExp, text: string, minMs = 3): number {
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const _ of text.matchAll(regex));
    runs++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs && runs < 300);
  return elapsed / runs / (text.length / 1024);
}

/**
 * Best of a few tries of (per-KB time at 100 KB) / (per-KB time at 10 KB). A suspicious ratio is
 * measured again over longer windows: on a loaded machine a 3 ms window can be swallowed by one
 * descheduling, while a quadratic pattern stays about ×10 however long it is timed.
 */
function growth(regex: RegExp, unit: Input, tries = 5, kb = 10): number {
  const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : regex.flags + 'g');
  const small = fill(unit, kb * 1024);
  const large = fill(unit, 10 * kb * 1024);
  let best = Infinity;
  for (let i = 0; i < tries && best > MAX_RATIO; i++) {
    const minMs = 3 * 3 ** i;
    best = Math.min(best, msPerKb(global, large, minMs) / msPerKb(global, small, minMs));
  }
  return best;
}

describe('every regular expression of the engine is linear', () => {
  const all = [...recordedRegexes()];

  it('the registry holds the code regexes and every rule pattern', () => {
    const names = all.map(([name]) => name);
    const patterns = listRules().filter((r) => r.pattern);
    expect(patterns.length).toBeGreaterThan(10);
    for (const rule of patterns) expect(names).toContain(`rule:${rule.id}`);
    expect(names.filter((n) => !n.startsWith('rule:')).length).toBeGreaterThan(20);
  });

  it.each(all)('%s', (_name, regex) => {
    const slow: string[] = [];
    for (const [label, unit] of adversarial(regex)) {
      const ratio = growth(regex, unit);
      if (ratio > MAX_RATIO) slow.push(`${label}: ×${ratio.toFixed(1)} per KB from 10 KB to 100 KB`);
    }
    expect(slow).toEqual([]);
  });

  it('can fail: a quadratic expression is caught', () => {
    // The pre-fix en.age.age-limit shape: a lookbehind with `\s+` tried at every position.
    expect(growth(/(?<=\b(?:be|are)\s+)under/gu, ' ', 1, 2)).toBeGreaterThan(MAX_RATIO);
  });
});

/** Regular expressions created outside `regex()` in a TypeScript source: `file:line` of each. */
function unregisteredRegexes(fileName: string, code: string): string[] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const where = (node: ts.Node) => `${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const isRegistryCall = (node: ts.Node) =>
    ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'regex';
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && !(isRegistryCall(node.parent) && (node.parent as ts.CallExpression).arguments[1] === node)) {
      found.push(`${where(node)} ${node.getText()}`);
    }
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp' && !fileName.endsWith('regexes.ts')) {
      found.push(`${where(node)} ${node.getText().slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('no regular expression escapes the registry', () => {
  it('every regex literal and RegExp in packages/core/src goes through regex()', () => {
    const files = sources(CORE_SRC);
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((path) => unregisteredRegexes(relative(ROOT, path), readFileSync(path, 'utf8')));
    expect(found, 'create regular expressions with regex() from packages/core/src/regexes.ts').toEqual([]);
  });

  it('can fail: a bare literal and a new RegExp are found', () => {
    const code = "import { regex } from './regexes.js';\nconst ok = regex('x', /a+/u);\nconst bad = /b+/u;\nconst worse = new RegExp('c');\n'x'.split(/,/);";
    expect(unregisteredRegexes('sample.ts', code)).toEqual(['sample.ts:3 /b+/u', "sample.ts:4 new RegExp('c')", 'sample.ts:5 /,/']);
  });
});
