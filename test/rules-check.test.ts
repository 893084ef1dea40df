/**
 * `npm run rules:check`: rule authoring without a build. Messages name the file, line, rule id and
 * key with "did you mean"; the examples of a file run through the same checker as test/rules.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import * as core from '@vacancy-lint/core';
import { examplesInFile, flagProblems, passProblems } from '../scripts/rule-examples.mjs';

const ROOT = join(import.meta.dirname, '..');
const SCRIPT = join(ROOT, 'scripts/rules-check.mjs');
const temp = mkdtempSync(join(tmpdir(), 'rules-check-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function check(args: string[], rulesDir?: string) {
  const env = { ...process.env, ...(rulesDir ? { VACANCY_LINT_RULES_DIR: rulesDir } : {}) };
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('rules:check', () => {
  it('names file, line, rule id and key of a misspelled key, with "did you mean", and exits 1', () => {
    const rules = join(temp, 'rules');
    cpSync(join(ROOT, 'rules'), rules, { recursive: true });
    const file = join(rules, 'nl/age.yml');
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex((l) => l === '    severity: error') + 1;
    writeFileSync(file, text.replace('    severity: error', '    severty: error'));
    const r = check([file], rules);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`rules/nl/age.yml:${line}: rule nl.age.jong-team: key 'severty' is not known (did you mean 'severity'?)`);
    // The misspelling explains the missing key: one message, not two.
    expect(r.stderr).not.toContain("'severity' is missing");
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });

  it('validates a file and runs its examples', () => {
    const r = check(['rules/nl/age.yml']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/rules\/nl\/age\.yml: valid; \d+ rules, \d+ examples hold/u);
  });

  it('refuses what is not a rule file with exit 2', () => {
    const r = check(['package.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a rule file');
  });

  it('reports an example that does not hold, with its file and line (the checker can fail)', () => {
    const rule = core.getRule('nl.age.jong-team')!;
    const source = examplesInFile(rule);
    const first = source.flag[0]!;
    expect(flagProblems(core, rule, source, first)).toEqual([]);
    const wrong = flagProblems(core, rule, source, { ...first, example: 'Wij zijn een [leuk] team.' });
    expect(wrong.join('\n')).toContain(`${first.where}: nl.age.jong-team should flag Wij zijn een [leuk] team.`);
    const flagged = passProblems(core, rule, source, { ...source.pass[0]!, example: 'Je komt in een jong team.' });
    expect(flagged.join('\n')).toContain('nl.age.jong-team should not flag this');
  });
});
