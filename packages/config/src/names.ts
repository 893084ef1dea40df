/**
 * The configuration file names: the one list the CLI, the language server (search, file watcher)
 * and the docs use. In one folder the first name found wins.
 */

/** rc files first, then JavaScript, then package.json's `vacancyLint` key (like other linters). */
export const CONFIG_FILE_NAMES = [
  '.vacancylintrc.json',
  '.vacancylintrc.yaml',
  '.vacancylintrc.yml',
  'vacancy-lint.config.js',
  'vacancy-lint.config.mjs',
  'vacancy-lint.config.cjs',
  'package.json',
] as const;

export type ConfigFileName = (typeof CONFIG_FILE_NAMES)[number];

/** The key of package.json that holds the configuration. */
export const PACKAGE_KEY = 'vacancyLint';

/** A folder holding one of these is a project root: the search reads it and goes no higher. */
export const PROJECT_ROOT_MARKERS = ['.git', 'package.json'] as const;

/** JavaScript configs are code: they run when loaded, so loading them needs explicit permission. */
export function isJavaScriptConfig(file: string): boolean {
  return /\.[cm]?js$/iu.test(file);
}

/** A glob for editors' file watchers, built from the list so it cannot drift. */
export function configFileGlob(): string {
  return `**/{${CONFIG_FILE_NAMES.join(',')}}`;
}
