/** Runs the core engine on one open document, with the settings and filters that apply to it. */
import { lintSync, type Finding, type LintOptions, type LintResult, type Summary, type VacancyLintConfig } from '@vacancy-lint/core';

export type DocumentFormat = 'markdown' | 'text' | 'html';

const FORMATS: Record<string, DocumentFormat> = {
  markdown: 'markdown',
  md: 'markdown',
  mdx: 'markdown',
  gfm: 'markdown',
  plaintext: 'text',
  text: 'text',
  txt: 'text',
  html: 'html',
  htm: 'html',
  mhtml: 'html',
};

/** The format for a client's languageId; undefined for documents this server does not check. */
export function formatFor(languageId: string): DocumentFormat | undefined {
  return FORMATS[languageId.toLowerCase()];
}

/** Normalised form of an ignored phrase, so "Jonge  Team" and "jonge team" are the same entry. */
export function phraseKey(phrase: string): string {
  return phrase.replace(/\s+/gu, ' ').trim().toLocaleLowerCase('nl');
}

export interface LintRequest {
  text: string;
  format: DocumentFormat;
  language: NonNullable<LintOptions['language']>;
  config: VacancyLintConfig;
  ignored: ReadonlySet<string>;
}

/**
 * Core applies the format, the configuration (gender form included) and the disable comments;
 * the server adds its own per-document ignores.
 */
export function lintDocument(request: LintRequest): LintResult {
  const result = lintSync(request.text, { language: request.language, config: request.config, format: request.format });
  let findings = result.findings;
  if (request.ignored.size > 0) findings = findings.filter((f) => !request.ignored.has(phraseKey(f.actual)));
  return findings === result.findings ? result : { ...result, findings, summary: recount(result.summary, findings) };
}

/** The summary's counts after findings were dropped here; words, languages and balance stay. */
function recount(summary: Summary, findings: Finding[]): Summary {
  const byCategory: Summary['byCategory'] = {};
  for (const f of findings) byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
  return {
    ...summary,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    infoCount: findings.filter((f) => f.severity === 'info').length,
    byCategory,
  };
}
