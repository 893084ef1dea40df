/** `--init`: a starter `.vacancylintrc.json`, never over an existing file. */
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const INIT_FILE = '.vacancylintrc.json';

const LOCAL_SCHEMA = './node_modules/@vacancy-lint/config/schema/config.schema.json';

/**
 * A `$schema` that resolves for editors: the copy in the project's node_modules when the packages
 * are installed there, else the published schema of the config package this CLI uses (`npx`).
 */
export function schemaReference(dir: string): string {
  if (existsSync(join(dir, LOCAL_SCHEMA))) return LOCAL_SCHEMA;
  const { version } = createRequire(import.meta.url)('@vacancy-lint/config/package.json') as { version: string };
  return `https://unpkg.com/@vacancy-lint/config@${version}/schema/config.schema.json`;
}

export function starter(dir: string) {
  return { $schema: schemaReference(dir), extends: 'recommended', defaultLanguage: 'nl', genderForm: 'v/m/x', rules: {}, allow: [] };
}

/** Returns the path written; throws EEXIST (from the 'wx' flag) when the file is already there. */
export function writeStarterConfig(dir: string): string {
  const file = join(dir, INIT_FILE);
  writeFileSync(file, JSON.stringify(starter(dir), null, 2) + '\n', { flag: 'wx' });
  return file;
}
