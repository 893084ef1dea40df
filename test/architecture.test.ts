/**
 * The shape of the packages: what depends on what, what each exports, and that generated files
 * match their sources. These fail when a seam the architecture issue closed opens again.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_SCHEMA } from '@vacancy-lint/config';

const ROOT = join(import.meta.dirname, '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('configuration', () => {
  it('schema/config.schema.json is the schema the validator uses (npm run build writes it)', () => {
    expect(JSON.parse(read('packages/config/schema/config.schema.json'))).toEqual(CONFIG_SCHEMA);
  });

  it('the VS Code bundle needs no esbuild plugin and no `typescript` external', () => {
    const build = read('packages/vscode/scripts/build.mjs');
    expect(build).not.toMatch(/plugins\s*:/u);
    expect(build).not.toMatch(/external:\s*\[[^\]]*typescript/u);
  });
});

describe('one place for shared literals', () => {
  it("'en.equality' is written once, in core's rules/ids.ts", () => {
    const files = ['packages/config/src/validate.ts', 'packages/config/src/presets.ts', 'packages/core/src/plugin.ts', 'packages/core/src/rules/registry.ts', 'packages/core/src/match/equality.ts'];
    for (const file of files) expect(read(file), file).not.toContain("'en.equality");
    expect(read('packages/core/src/rules/ids.ts')).toContain("'en.equality'");
  });
});
