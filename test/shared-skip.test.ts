/**
 * A fresh clone has no ../shared: the tests that need it are skipped with a notice, and fail instead
 * when VACANCY_LINT_REQUIRE_SHARED=1 (as in CI). Played here by pointing VACANCY_LINT_SHARED_DIR at a
 * folder that does not exist and running one such test file in a child vitest.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function vitest(extra: Record<string, string>) {
  // Without the parent run's VITEST* variables, so the child is an ordinary run.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'VACANCY_LINT_REQUIRE_SHARED'));
  const ran = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', 'test/gender-decoder.test.ts'], {
    cwd: ROOT,
    env: { ...env, NO_COLOR: '1', VACANCY_LINT_SHARED_DIR: join(ROOT, 'no-such-shared-folder'), ...extra },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: ran.status, output: ran.stdout + ran.stderr };
}

describe('tests that need ../shared, on a clone without it', () => {
  it('are skipped, and the run says which and why', () => {
    const { status, output } = vitest({});
    expect(status, output).toBe(0);
    expect(output).toContain('vacancy-lint tests: SKIPPED test/conformance-peers.test.ts and test/gender-decoder.test.ts');
    expect(output).toContain('no-such-shared-folder/peer-fixtures not found');
    expect(output).toMatch(/1 skipped/);
  }, 150_000);

  it('fail when VACANCY_LINT_REQUIRE_SHARED=1', () => {
    const { status, output } = vitest({ VACANCY_LINT_REQUIRE_SHARED: '1' });
    expect(status, output).toBe(1);
    expect(output).toContain('VACANCY_LINT_REQUIRE_SHARED=1 is set, so this is a failure, not a skip.');
  }, 150_000);
});
