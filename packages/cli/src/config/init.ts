/** `--init`: a starter `.vacancylintrc.json`, never over an existing file. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const INIT_FILE = '.vacancylintrc.json';

export const STARTER = {
  $schema: './node_modules/@vacancy-lint/config/schema/config.schema.json',
  extends: 'recommended',
  defaultLanguage: 'nl',
  genderForm: 'v/m/x',
  rules: {},
  allow: [],
};

/** Returns the path written; throws EEXIST (from the 'wx' flag) when the file is already there. */
export function writeStarterConfig(dir: string): string {
  const file = join(dir, INIT_FILE);
  writeFileSync(file, JSON.stringify(STARTER, null, 2) + '\n', { flag: 'wx' });
  return file;
}
