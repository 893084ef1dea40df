/** Human output: findings grouped per file, with the suggestion under each finding. */
import pc from 'picocolors';
import type { FileResult } from './types.js';

const LABEL = { error: 'error', warning: 'warning', info: 'info' } as const;

export function formatStylish(results: readonly FileResult[], colors = pc.isColorSupported): string {
  const c = pc.createColors(colors);
  const paint = { error: c.red, warning: c.yellow, info: c.blue } as const;
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
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
  const total = errors + warnings + infos;
  if (total === 0) {
    lines.push(c.green(`✔ No findings in ${results.length} file${results.length === 1 ? '' : 's'}.`));
  } else {
    const mark = errors > 0 ? c.red('✖') : c.yellow('⚠');
    lines.push(`${mark} ${total} finding${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info) in ${results.length} file${results.length === 1 ? '' : 's'}`);
  }
  return lines.join('\n') + '\n';
}
