/** Human output: findings grouped per file, the suggestion under each finding, then a summary. */
import pc from 'picocolors';
import { categoryCounts } from '@vacancy-lint/core';
import type { FileResult } from './types.js';
import { summarizeRun } from './summary.js';

const LABEL = { error: 'error', warning: 'warning', info: 'info' } as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface StylishOptions {
  colors?: boolean;
  dryRun?: boolean;
  /** Inputs that could not be linted (reported on standard error): no "✔" then. */
  problems?: number;
}

/** The report line by line (each with its newline), so any number of findings can be written. */
export function* stylishChunks(results: readonly FileResult[], options: StylishOptions = {}): Generator<string> {
  const c = pc.createColors(options.colors === true);
  const paint = { error: c.red, warning: c.yellow, info: c.blue } as const;
  const problems = options.problems ?? 0;
  for (const result of results) {
    if (result.unsupported) {
      // Not linted: say so, or a German ad would pass as "no findings".
      yield `${c.underline(result.filePath)}${c.dim(`  (${result.unsupported.language})`)}\n  ${c.blue('notice')}   ${result.unsupported.message}\n\n`;
    }
    if (result.messages.length === 0) continue;
    yield c.underline(result.filePath) + c.dim(`  (${result.language})`) + '\n';
    // A loop, not Math.max(...list): spreading 150,000 arguments overflows the stack.
    let width = 0;
    for (const m of result.messages) width = Math.max(width, `${m.line}:${m.column}`.length);
    for (const m of result.messages) {
      const where = `${m.line}:${m.column}`.padEnd(width);
      yield `  ${c.dim(where)}  ${paint[m.severity](LABEL[m.severity].padEnd(7))}  ${m.message}  ${c.dim(m.ruleId)}\n`;
      if (m.suggestions.length > 0) yield `  ${' '.repeat(width)}  ${' '.repeat(7)}  ${c.green('→ ' + m.suggestions.join(', '))}\n`;
    }
    yield '\n';
  }
  const run = summarizeRun(results);
  const total = run.errorCount + run.warningCount + run.infoCount;
  const trouble = problems > 0 ? `${plural(problems, 'input')} could not be linted (see the messages above)` : '';
  // The details first, the totals last: the last line of a long batch is the one people read.
  if (total > 0) {
    // The category names in the language of the text (see summarizeRun); the rest of the report is English.
    yield `  by category: ${categoryCounts(run.byCategory, run.language)}\n`;
  }
  const unchecked = results.filter((r) => r.unsupported).length;
  if (unchecked > 0) yield c.blue(`  not checked (language without rules): ${plural(unchecked, 'file')}`) + '\n';
  if (run.fixedCount > 0) yield c.green(`  ${options.dryRun ? 'fixable with --fix' : 'fixed'}: ${plural(run.fixedCount, 'finding')}`) + '\n';
  if (run.notFixedCount > 0) yield c.yellow(`  not fixed: ${plural(run.notFixedCount, 'file')} (see the messages above)`) + '\n';
  if (run.genderCoded.length > 0) {
    yield '  gender-coded wording:\n';
    for (const g of run.genderCoded) yield `    ${g.filePath}: ${g.label} (${g.masculine} masculine, ${g.feminine} feminine)\n`;
  }
  if (total === 0) {
    if (trouble) yield c.red(`✖ ${trouble}.`) + ` No findings in ${plural(results.length, 'file')}.\n`;
    else if (results.length === 0) yield 'No files were linted.\n';
    else yield c.green(`✔ No findings in ${plural(results.length, 'file')}.`) + '\n';
  } else {
    if (trouble) yield c.red(`  ${trouble}`) + '\n';
    const mark = run.errorCount > 0 || trouble ? c.red('✖') : c.yellow('⚠');
    yield `${mark} ${plural(total, 'finding')} (${plural(run.errorCount, 'error')}, ${plural(run.warningCount, 'warning')}, ${run.infoCount} info) in ${plural(results.length, 'file')}\n`;
  }
}

export function formatStylish(results: readonly FileResult[], colors = false, dryRun = false, problems = 0): string {
  return [...stylishChunks(results, { colors, dryRun, problems })].join('');
}
