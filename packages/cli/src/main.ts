/**
 * The `vacancy-lint` command. Exit codes: 0 no error-level finding (and warnings within
 * --max-warnings), 1 otherwise, 2 usage, configuration or input problems.
 */
import { CommanderError } from 'commander';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { inapplicable, program, type Options } from './cli/options.js';
import { ConfigError } from './config/load.js';
import { INIT_FILE, writeStarterConfig } from './config/init.js';
import { printConfig } from './config/print.js';
import { setConfigPolicy } from './config/resolve.js';
import { checkCategory, explain, listRulesText, UsageError } from './commands/rules-info.js';
import { lintFiles } from './commands/lint-files.js';
import { lintJsonl } from './commands/lint-jsonl.js';
import { serve } from './commands/serve.js';
import { reportChunks } from './output/index.js';
import { quietOnBrokenPipe, writeChunks } from './output/sink.js';
import { shouldColor } from './output/color.js';
import type { FileResult } from './output/types.js';

export const EXIT = { ok: 0, findings: 1, trouble: 2 } as const;

function fail(message: string): number {
  process.stderr.write(`vacancy-lint: ${message}\n`);
  return EXIT.trouble;
}

/** --quiet: only errors are shown and counted (so --max-warnings has nothing to count). */
function onlyErrors(results: FileResult[]): FileResult[] {
  return results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 'error'), warningCount: 0, infoCount: 0 }));
}

/** Streams the report to standard output or a file: no report is too large to write. */
async function writeReport(chunks: Iterable<string>, outputFile: string | undefined): Promise<void> {
  if (!outputFile) {
    await writeChunks(process.stdout, chunks);
    return;
  }
  const file = resolve(outputFile);
  mkdirSync(dirname(file), { recursive: true });
  const out = createWriteStream(file);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => {});
  await Promise.race([writeChunks(out, chunks), failed]);
  await Promise.race([new Promise<void>((done) => out.end(done)), failed]);
}

async function run(options: Options, operands: string[]): Promise<number> {
  setConfigPolicy({ allowJavaScript: options.jsConfig !== false });
  if (options.printConfig !== undefined) {
    process.stdout.write(await printConfig(options.printConfig, options.config));
    return EXIT.ok;
  }
  if (options.init) {
    try {
      const file = writeStarterConfig(process.cwd());
      process.stdout.write(`Wrote ${file}. Edit it, then run: vacancy-lint <files>\n`);
      return EXIT.ok;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fail(`${INIT_FILE} already exists; not overwritten`);
      throw error;
    }
  }
  const json = options.format === 'json';
  if (options.explain !== undefined) {
    process.stdout.write(explain(options.explain, json));
    return EXIT.ok;
  }
  if (options.listRules) {
    const category = checkCategory(options.category);
    const language = options.lang === 'auto' ? undefined : options.lang;
    process.stdout.write(listRulesText({ ...(language ? { language } : {}), ...(category ? { category } : {}) }, json));
    return EXIT.ok;
  }
  if (operands.length === 0) return fail("no input given; pass files, folders, globs, or '-' for standard input");
  if (options.fix && options.fixDryRun) throw new UsageError('use either --fix or --fix-dry-run, not both');
  if (options.fixHardLinks && !options.fix) throw new UsageError('--fix-hard-links only applies with --fix');

  if (options.jsonl) {
    if (options.fix || options.fixDryRun) throw new UsageError('--fix and --fix-dry-run do not apply to --jsonl input');
    let writeError: NodeJS.ErrnoException | undefined;
    const out = options.outputFile ? await import('node:fs').then((fs) => {
      const file = resolve(options.outputFile!);
      mkdirSync(dirname(file), { recursive: true });
      return fs.createWriteStream(file).on('error', (error) => (writeError = error));
    }) : process.stdout;
    const jsonlRun = await lintJsonl(operands, options, out);
    if (out !== process.stdout && !writeError) await new Promise<void>((done) => out.end(done));
    if (writeError) return fail(`${options.outputFile}: cannot be written (${writeError.code ?? writeError.message})`);
    if (jsonlRun.errorRecords > 0) {
      process.stderr.write(`vacancy-lint: ${jsonlRun.errorRecords} of ${jsonlRun.records} lines could not be linted (see their error records)\n`);
      return EXIT.trouble;
    }
    if (jsonlRun.errorCount > 0) return EXIT.findings;
    if (!options.quiet && options.maxWarnings !== undefined && jsonlRun.warningCount > options.maxWarnings) return EXIT.findings;
    return EXIT.ok;
  }

  const { results: all, problems } = await lintFiles(operands, options);
  for (const p of problems) process.stderr.write(`vacancy-lint: ${p}\n`);
  const results = options.quiet ? onlyErrors(all) : all;

  if (options.fixDryRun) {
    const diffs = results.map((r) => r.diff).filter((d): d is string => d !== undefined);
    // Keep stdout parseable when it carries a JSON or SARIF report.
    const machine = !options.outputFile && (options.format === 'json' || options.format === 'sarif');
    await writeChunks(machine ? process.stderr : process.stdout, diffs);
  }
  const color = !options.outputFile && options.format === 'stylish' && shouldColor(process.stdout, process.env, options.color);
  await writeReport(reportChunks(options.format, results, { color, dryRun: options.fixDryRun === true, problems: problems.length }), options.outputFile);

  if (problems.length > 0) return EXIT.trouble;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return EXIT.findings;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return EXIT.findings;
  return EXIT.ok;
}

/** An error nobody planned for: one line (the stack only with --debug), exit 2, never a crash. */
function internalError(error: unknown, debug: boolean): number {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`vacancy-lint: internal error: ${message.split('\n')[0]}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write('vacancy-lint: run again with --debug to see where it happened\n');
  return EXIT.trouble;
}

export async function main(argv: readonly string[]): Promise<number> {
  quietOnBrokenPipe();
  const debug = argv.includes('--debug');
  try {
    // `serve` is a command, not an input (a file named serve: ./serve).
    if (argv[0] === 'serve') return await serve(argv.slice(1));
    return await mainUnguarded(argv);
  } catch (error) {
    return internalError(error, debug);
  }
}

async function mainUnguarded(argv: readonly string[]): Promise<number> {
  const cmd = program();
  try {
    cmd.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.trouble;
    throw error;
  }
  const options = cmd.opts<Options>();
  const refused = inapplicable(options, (name) => cmd.getOptionValueSource(name) === 'cli');
  if (refused) return fail(refused);
  try {
    return await run(options, cmd.args);
  } catch (error) {
    if (error instanceof ConfigError) return fail(`invalid configuration: ${error.message}`);
    if (error instanceof UsageError) return fail(error.message);
    const e = error as NodeJS.ErrnoException;
    if (e.code && e.path) return fail(`${e.path}: ${e.code}`);
    if (e instanceof Error && /cannot be read/u.test(e.message)) return fail(e.message);
    throw error;
  }
}
