/**
 * The `vacancy-lint` command. Exit codes: 0 no error-level finding (and warnings within
 * --max-warnings), 1 otherwise, 2 usage, configuration or input problems.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { resolve } from 'node:path';
import type { Language, VacancyLintConfig } from '@vacancy-lint/core';
import { collectFiles } from './inputs/collect.js';
import { decodeText, formatFor, InputError, readStdin, readTextFile } from './inputs/read.js';
import { ConfigError, loadConfigFile } from './config/load.js';
import { lintText } from './lint-files.js';
import { formatJson } from './output/json.js';
import { formatStylish } from './output/stylish.js';
import type { FileResult } from './output/types.js';

export const EXIT = { ok: 0, findings: 1, trouble: 2 } as const;

interface Options {
  lang: Language | 'auto';
  format: 'stylish' | 'json';
  config?: string;
  maxWarnings?: number;
  stdinFilename?: string;
}

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of 0 or more');
  return n;
}

function program(): Command {
  return new Command('vacancy-lint')
    .description('Find words in job ads that exclude people, with the reason and what to write instead (Dutch and English).')
    .argument('[inputs...]', "files, folders, globs, or '-' for standard input")
    .addOption(new Option('--lang <language>', 'language of the texts').choices(['nl', 'en', 'auto']).default('auto'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('-c, --config <file>', 'configuration file (JSON or YAML)')
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', integer)
    .option('--stdin-filename <name>', 'name (and so format) to use for standard input')
    .showHelpAfterError('(run vacancy-lint --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .exitOverride();
}

export async function main(argv: readonly string[]): Promise<number> {
  const cmd = program();
  try {
    cmd.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.trouble;
    throw error;
  }
  const options = cmd.opts<Options>();
  const operands = cmd.args.length > 0 ? cmd.args : [];
  if (operands.length === 0) {
    process.stderr.write("vacancy-lint: no input given; pass files, folders, globs, or '-' for standard input\n");
    return EXIT.trouble;
  }

  let config: VacancyLintConfig | undefined;
  if (options.config) {
    try {
      config = loadConfigFile(resolve(options.config));
    } catch (error) {
      if (error instanceof ConfigError) {
        process.stderr.write(`vacancy-lint: invalid configuration: ${error.message}\n`);
        return EXIT.trouble;
      }
      throw error;
    }
  }

  let trouble = false;
  const results: FileResult[] = [];
  const lintOne = (name: string, text: string) => {
    results.push(lintText(name, text, { language: options.lang, format: formatFor(name), ...(config ? { config } : {}) }));
  };

  const fileOperands = operands.filter((o) => o !== '-');
  if (operands.includes('-')) {
    const name = options.stdinFilename ?? '<stdin>';
    try {
      lintOne(name, decodeText(await readStdin(), name));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      process.stderr.write(`vacancy-lint: ${error.message}\n`);
      trouble = true;
    }
  }
  const { files, missing } = await collectFiles(fileOperands);
  for (const m of missing) {
    process.stderr.write(`vacancy-lint: ${m.operand}: ${m.reason}\n`);
    trouble = true;
  }
  for (const file of files) {
    try {
      lintOne(file, readTextFile(file));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      process.stderr.write(`vacancy-lint: ${error.message}\n`);
      trouble = true;
    }
  }

  process.stdout.write(options.format === 'json' ? formatJson(results) : formatStylish(results));

  if (trouble) return EXIT.trouble;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return EXIT.findings;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return EXIT.findings;
  return EXIT.ok;
}
