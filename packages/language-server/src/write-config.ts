/**
 * "Turn this rule off for the workspace": sets the rule to `off` in the configuration file that
 * applies to the document. The command's arguments come from the client, so nothing in them is
 * trusted: the file written must really (symlinks followed) lie inside a workspace folder, the
 * rule id must be one vacancy-lint knows, a broken file is never rewritten, and no new file is
 * made that would hide the team's own configuration.
 */
import { link, lstat, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ConcurrentChangeError, ConfigError, validateConfig, writeFileAtomic } from '@vacancy-lint/config';
import { checkSyntax, ConfigSyntaxError, configKind, ruleOffText, whatToAdd } from './edit-config-text.js';
import { CONFIG_FILE_NAMES } from './project-config.js';
import { folderHolding, isInside, realFolders, realPathOf } from './workspace-boundary.js';

/** The command was understood but is not carried out; the message says why and what to do instead. */
export class RuleOffRefused extends Error {
  override name = 'RuleOffRefused';
}

/** The rule id is not one vacancy-lint knows: a bad argument. */
export class UnknownRuleError extends Error {
  override name = 'UnknownRuleError';
}

export interface RuleOffInput {
  ruleId: string;
  /** The document's path from its `file:` URI; absent for `untitled:` documents. */
  documentPath?: string;
  /** The workspace folders as the client named them. */
  folders: readonly string[];
  /** The CLI's search for the configuration that applies in `directory`, uncached; throws ConfigError. */
  resolve(directory: string): Promise<{ file?: string }>;
}

export interface RuleOffOutcome {
  file: string;
  created: boolean;
}

const NEW_FILE = '.vacancylintrc.json';

function refuse(message: string): never {
  throw new RuleOffRefused(`${message}; nothing was changed`);
}

/** Accepts exactly the keys a configuration file's `rules` accepts: rule ids, categories, `nl.age`… */
export function checkRuleId(ruleId: string): void {
  try {
    validateConfig({ rules: { [ruleId]: 'off' } }, 'rules');
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const near = /did you mean '([^']+)'/u.exec(error.message)?.[1];
    throw new UnknownRuleError(`'${ruleId}' is not a vacancy-lint rule id or category${near ? ` (did you mean '${near}'?)` : ''}`);
  }
}

/** For a file the CLI could not load: the syntax error with line and column when there is one. */
async function brokenConfigMessage(error: ConfigError): Promise<string> {
  const kind = configKind(error.file);
  if (kind !== 'js') {
    try {
      checkSyntax(kind, error.file, await readFile(error.file, 'utf8'));
    } catch (syntax) {
      if (syntax instanceof ConfigSyntaxError) return `${syntax.message}; fix it first`;
    }
  }
  return `${error.message}; fix it first`;
}

/** A config file the search did not load (a JavaScript config in a limited workspace, an empty file) between `directory` and `folder`. */
async function unloadedConfig(directory: string, folder: string): Promise<string | undefined> {
  for (let dir = directory; isInside(folder, dir); dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      if (name === 'package.json') continue;
      const file = join(dir, name);
      if (await lstat(file).then(() => true, () => false)) return file;
    }
    if (dir === folder) break;
  }
  return undefined;
}

async function editInPlace(file: string, roots: readonly string[], ruleId: string): Promise<string> {
  const kind = configKind(file);
  const real = await realPathOf(file);
  if (!folderHolding(real, roots)) {
    refuse(`the configuration that applies to this document is ${file}${real !== file ? ` (${real})` : ''}, outside the workspace; add ${whatToAdd(kind, ruleId)} to it yourself`);
  }
  if (kind === 'js') refuse(`${file} is a JavaScript configuration, which vacancy-lint does not edit; add ${whatToAdd(kind, ruleId)} to it`);
  if (!(await lstat(real)).isFile()) refuse(`${file} is not a regular file`);
  const bytes = await readFile(real);
  let text: string;
  try {
    text = ruleOffText(kind, file, bytes.toString('utf8'), ruleId);
  } catch (error) {
    if (error instanceof ConfigSyntaxError) refuse(`${error.message}; fix it first`);
    throw error;
  }
  try {
    // Temp file in the same folder, the original's mode and owner, then one rename.
    writeFileAtomic(real, Buffer.from(text, 'utf8'), bytes);
  } catch (error) {
    if (error instanceof ConcurrentChangeError) refuse(`${file} changed on disk meanwhile; try again`);
    throw error;
  }
  return file;
}

/** Creates `file` with `text` in one step, never replacing a file that appeared meanwhile. */
async function createAtomically(file: string, text: string): Promise<void> {
  const tmp = join(dirname(file), `.${NEW_FILE}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  await writeFile(tmp, text, { flag: 'wx', mode: 0o666 });
  try {
    // link() fails with EEXIST instead of replacing, unlike rename().
    await link(tmp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') refuse(`${file} appeared meanwhile; try again`);
    throw error;
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
}

export async function turnRuleOff(input: RuleOffInput): Promise<RuleOffOutcome> {
  const { ruleId } = input;
  checkRuleId(ruleId);
  const roots = await realFolders(input.folders);
  if (roots.length === 0) refuse('there is no workspace folder to hold a configuration file');
  let directory: string;
  let folder: string;
  if (input.documentPath) {
    const real = await realPathOf(input.documentPath);
    const holding = folderHolding(real, roots);
    if (!holding) refuse(`${input.documentPath}${real !== input.documentPath ? ` (${real})` : ''} is outside the workspace folders`);
    folder = holding;
    directory = dirname(real);
  } else {
    folder = roots[0]!;
    directory = folder;
  }

  let applying: string | undefined;
  try {
    applying = (await input.resolve(directory)).file;
  } catch (error) {
    if (error instanceof ConfigError) refuse(await brokenConfigMessage(error));
    throw error;
  }
  applying ??= await unloadedConfig(directory, folder);
  if (applying) return { file: await editInPlace(applying, roots, ruleId), created: false };

  // No configuration applies at all: a new file at the workspace folder's root.
  const created = join(folder, NEW_FILE);
  await createAtomically(created, `{\n  "rules": {\n    ${JSON.stringify(ruleId)}: "off"\n  }\n}\n`);
  const now = await input.resolve(directory).then((r) => r.file, () => undefined);
  if (!now || (await realPathOf(now)) !== created) {
    // The search stops before the workspace root (a nested project): the file would do nothing.
    await unlink(created).catch(() => undefined);
    refuse(`a new ${created} would not apply to this document; create a ${NEW_FILE} next to it with ${whatToAdd('json', ruleId)}`);
  }
  return { file: created, created: true };
}
