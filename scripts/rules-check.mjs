#!/usr/bin/env node
// `npm run rules:check [rules/nl/age.yml …]`: for rule authors. Validates the rule data with the
// build's own loader and validator (every message names file, line, rule id and key, with "did you
// mean"), writes it into the core so the edit takes effect without a TypeScript build, and runs the
// examples of the named files (all files when none is named). Exit 0 when all is well, 1 when
// something is wrong, 2 for a usage error.
import { existsSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadRuleFiles, ownRules, writeGenerated } from './build-rules.mjs';
import { checkExamples } from './rule-examples.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

const rulesDir = process.env.VACANCY_LINT_RULES_DIR ? resolve(process.env.VACANCY_LINT_RULES_DIR) : join(root, 'rules');
const named = process.argv.slice(2).map((arg) => relative(dirname(rulesDir), resolve(arg)));
for (const file of named) {
  if (!file.startsWith('rules/') || !file.endsWith('.yml') || !existsSync(join(dirname(rulesDir), file))) {
    console.error(`rules:check: ${file} is not a rule file (rules/<lang>/<name>.yml)`);
    process.exit(2);
  }
}

const loaded = loadRuleFiles();
const mine = (problem) => named.length === 0 || named.some((file) => problem.startsWith(`${file}:`));
const own = loaded.problems.filter(mine);
const elsewhere = loaded.problems.length - own.length;
if (loaded.problems.length > 0) {
  for (const problem of own) console.error(problem);
  if (elsewhere > 0) console.error(`(and ${elsewhere} problem(s) in other files; run npm run rules:check without a file to see them)`);
  console.error(`rules:check: ${loaded.problems.length} problem(s) in the rule data (${seconds()} s)`);
  process.exit(1);
}

if (!ownRules) {
  console.log(`rules:check: ${named.length ? named.join(', ') : 'all rule files'}: valid (examples run only on the repository's own rules/) (${seconds()} s)`);
  process.exit(0);
}
const coreDist = join(root, 'packages/core/dist/index.js');
if (!existsSync(coreDist)) {
  console.error('rules:check: the rule data is valid, but the engine is not built yet: run npm run build once, then rules:check runs without it');
  process.exit(1);
}
await writeGenerated(loaded);
const core = await import(pathToFileURL(coreDist).href);
const rules = core.listRules().filter((rule) => named.length === 0 || named.includes(`rules/${rule.file}`));
const { problems, count } = checkExamples(core, rules);
for (const problem of problems) console.error(problem);
const scope = named.length ? named.join(', ') : 'all rule files';
if (problems.length > 0) {
  console.error(`rules:check: ${problems.length} example(s) of ${scope} failed (${seconds()} s)`);
  process.exit(1);
}
console.log(`rules:check: ${scope}: valid; ${rules.length} rules, ${count} examples hold (${seconds()} s)`);
