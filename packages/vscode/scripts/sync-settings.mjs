// Writes the settings contribution into package.json: `npm run sync-settings -w vacancy-lint`.
import { readFile, writeFile } from 'node:fs/promises';
import { settingsContribution } from './settings-contribution.mjs';

const file = new URL('../package.json', import.meta.url);
const pkg = JSON.parse(await readFile(file, 'utf8'));
pkg.contributes.configuration = settingsContribution();
await writeFile(file, `${JSON.stringify(pkg, null, 2)}\n`);
