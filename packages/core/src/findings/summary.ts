import type { Finding, Language, Summary } from '../types.js';

type Counts = Pick<Summary, 'errorCount' | 'warningCount' | 'infoCount' | 'byCategory' | 'words' | 'languages'>;

export function summarize(findings: readonly Finding[], words: number, languages: Language[]): Counts {
  const summary: Counts = { errorCount: 0, warningCount: 0, infoCount: 0, byCategory: {}, words, languages };
  for (const f of findings) {
    if (f.severity === 'error') summary.errorCount++;
    else if (f.severity === 'warning') summary.warningCount++;
    else summary.infoCount++;
    summary.byCategory[f.category] = (summary.byCategory[f.category] ?? 0) + 1;
  }
  return summary;
}
