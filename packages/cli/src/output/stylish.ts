/** Human output: findings grouped per file, the suggestion under each finding, then a summary. */
import pc from 'picocolors';
import type { FileResult } from './types.js';
import { summarizeRun } from './summary.js';

const LABEL = { error: 'error', warning: 'warning', info: 'info' } as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatStylish(results: readonly FileResult[], colors = false, dryRun = false): string {
  const c = pc.createColors(colors);
  const paint = { error: c.red, warning: c.yellow, info: c.blue } as const;
  const lines: string[] = [];
  for (const result of results) {
    if (result.unsupported) {
      // Not linted: say so, or a German ad would pass as "no findings".
      lines.push(c.underline(result.filePath) + c.dim(`  (${result.unsupported.language})`), `  ${c.blue('notice')}   ${result.unsupported.message}`, '');
    }
    if (result.messages.length === 0) continue;
    lines.push(c.underline(result.filePath) + c.dim(`  (${result.language})`));
    const width = Math.max(...result.messages.map((m) => `${m.line}:${m.column}`.length));
    for (const m of result.messages) {
      const where = `${m.line}:${m.column}`.padEnd(width);
      lines.push(`  ${c.dim(where)}  ${paint[m.severity](LABEL[m.severity].padEnd(7))}  ${m.message}  ${c.dim(m.ruleId)}`);
      if (m.suggestions.length > 0) lines.push(`  ${' '.repeat(width)}  ${' '.repeat(7)}  ${c.green('→ ' + m.suggestions.join(', '))}`);
    }
    lines.push('');
  }
  const run = summarizeRun(results);
  const total = run.errorCount + run.warningCount + run.infoCount;
  if (total === 0) {
    lines.push(c.green(`✔ No findings in ${plural(results.length, 'file')}.`));
  } else {
    const mark = run.errorCount > 0 ? c.red('✖') : c.yellow('⚠');
    lines.push(`${mark} ${plural(total, 'finding')} (${plural(run.errorCount, 'error')}, ${plural(run.warningCount, 'warning')}, ${run.infoCount} info) in ${plural(results.length, 'file')}`);
    const cats = Object.entries(run.byCategory).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    lines.push(`  by category: ${cats.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
  const unchecked = results.filter((r) => r.unsupported).length;
  if (unchecked > 0) lines.push(c.blue(`  not checked (language without rules): ${plural(unchecked, 'file')}`));
  if (run.fixedCount > 0) lines.push(c.green(`  ${dryRun ? 'fixable with --fix' : 'fixed'}: ${plural(run.fixedCount, 'finding')}`));
  if (run.genderCoded.length > 0) {
    lines.push('  gender-coded wording:');
    for (const g of run.genderCoded) {
      lines.push(`    ${g.filePath}: ${g.label} (${g.masculine} masculine, ${g.feminine} feminine)`);
    }
  }
  return lines.join('\n') + '\n';
}
