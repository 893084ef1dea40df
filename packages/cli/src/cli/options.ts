/** The command line: every flag, its default and its check, in one place. */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Language } from '@vacancy-lint/core';
import { FORMATS, type FormatName } from '../output/index.js';
import { VERSION } from '../version.js';

export interface Options {
  lang: Language | 'auto';
  format: FormatName;
  config?: string;
  /** false with --no-js-config: JavaScript config files (code) are not run. */
  jsConfig: boolean;
  printConfig?: string;
  maxWarnings?: number;
  stdinFilename?: string;
  quiet?: boolean;
  outputFile?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  fixHardLinks?: boolean;
  debug?: boolean;
  concurrency?: number;
  explain?: string;
  listRules?: boolean;
  category?: string;
  init?: boolean;
  jsonl?: boolean;
  jsonlIdField: string;
  jsonlTextField: string;
  jsonlLangField: string;
  jsonlFormatField: string;
  ignorePath: string;
  ignore: boolean;
  ext?: string[];
  reportUnusedDisableDirectives?: boolean;
  color?: boolean;
  progress: boolean;
}

function wholeNumber(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number of ${min} or more`);
    return n;
  };
}

function extensions(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((e) => e.trim().replace(/^\./u, '')).filter(Boolean)];
}

export function program(): Command {
  return new Command('vacancy-lint')
    .description('Find words in job ads that exclude people, with the reason and what to write instead (Dutch and English).')
    .argument('[inputs...]', "files, folders, globs, or '-' for standard input")
    .addOption(new Option('--lang <language>', 'language of the texts (with --list-rules: filter)').choices(['nl', 'en', 'auto']).default('auto'))
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('stylish'))
    .option('-c, --config <file>', 'use this configuration file instead of searching for one')
    .option('--no-js-config', 'never run JavaScript config files (vacancy-lint.config.js/.mjs/.cjs); JSON and YAML are still read')
    .option('--print-config <file>', 'print the configuration that applies to <file> as JSON, with the files used and skipped')
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output')
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', wholeNumber(0))
    .option('-q, --quiet', 'report errors only')
    .option('--stdin-filename <name>', 'name (and so format and config folder) for standard input')
    .option('--fix', 'apply safe replacements to the files')
    .option('--fix-dry-run', 'show the safe replacements as a unified diff; change nothing')
    .option('--fix-hard-links', 'with --fix: also fix files with more than one hard link, in place (not atomic)')
    .option('--concurrency <n>', 'worker threads for a batch (default: number of cores; 1 = no workers)', wholeNumber(1))
    .option('--ext <list>', 'file extensions to lint in folders (default: md,markdown,txt,html,htm)', extensions)
    .option('--ignore-path <file>', 'ignore file (gitignore syntax)', '.vacancylintignore')
    .option('--no-ignore', 'do not apply the ignore file')
    .option('--report-unused-disable-directives', 'report vacancy-lint-disable comments that suppress nothing')
    .option('--jsonl', 'inputs are JSON Lines files (or - for standard input): one vacancy per line')
    .option('--jsonl-id-field <name>', 'JSON Lines: field with the id', 'id')
    .option('--jsonl-text-field <name>', 'JSON Lines: field with the text (dots for nested fields)', 'text')
    .option('--jsonl-lang-field <name>', 'JSON Lines: field with the language (nl, en, auto)', 'lang')
    .option('--jsonl-format-field <name>', 'JSON Lines: field with the format (text, markdown, html)', 'format')
    .option('--explain <rule>', "print a rule's message, explanation, suggestions and sources")
    .option('--list-rules', 'list the rules (filter with --lang and --category)')
    .option('--category <category>', 'with --list-rules: only this category')
    .option('--init', 'write a starter .vacancylintrc.json in the current folder')
    .option('--color', 'force colour in stylish output')
    .option('--no-color', 'no colour in stylish output')
    .option('--no-progress', 'no progress bar')
    .option('--debug', 'print the stack trace of an internal error')
    .version(VERSION, '-v, --version', 'print the version and exit')
    .addHelpText('after', '\nCommands:\n  serve [options]  start the HTTP server: LanguageTool API for browsers, LibreOffice and editors,\n                   JSON API, web editor (vacancy-lint serve --help)')
    .showHelpAfterError('(run vacancy-lint --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .exitOverride();
}

/**
 * An option given for a mode it does not apply to is refused, not ignored (as ESLint and Vale do):
 * a user who writes `--jsonl --format sarif` expects SARIF and would silently get JSON Lines.
 * `given(name)` says whether the option was on the command line. Returns the reason, or undefined.
 */
export function inapplicable(options: Options, given: (name: keyof Options) => boolean): string | undefined {
  if (options.jsonl && given('format') && options.format !== 'json') return `--format ${options.format} does not apply to --jsonl, whose output is always JSON Lines`;
  if (given('category') && !options.listRules) return '--category only applies with --list-rules';
  if (!options.jsonl) {
    const field = (['jsonlIdField', 'jsonlTextField', 'jsonlLangField', 'jsonlFormatField'] as const).find((name) => given(name));
    if (field) return `--${field.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`)} only applies with --jsonl`;
  }
  return undefined;
}

