/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
 * https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions
 */
import type { FileResult } from './types.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Data escaping: a newline or '%' in a message would otherwise end or corrupt the command. */
function escapeData(s: string): string {
  return s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Property values also may not contain ':' or ','. */
function escapeProperty(s: string): string {
  return escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

export function* githubChunks(results: readonly FileResult[]): Generator<string> {
  for (const r of results) {
    for (const m of r.messages) {
      const props = [
        `file=${escapeProperty(r.filePath)}`,
        `line=${m.line}`,
        `endLine=${m.endLine}`,
        `col=${m.column}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(`vacancy-lint ${m.ruleId}`)}`,
      ];
      const text = m.suggestions.length ? `${m.message} Suggestion: ${m.suggestions.join(', ')}` : m.message;
      yield `::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(text)}\n`;
    }
  }
}

export function formatGithub(results: readonly FileResult[]): string {
  return [...githubChunks(results)].join('');
}
