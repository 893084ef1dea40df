/** Runs the core engine on one open document, with the settings and filters that apply to it. */
import { lintSync, summarize, type InputFormat, type LintOptions, type LintResult, type VacancyLintConfig } from '@vacancy-lint/core';

/** The core's input format a document is read in. */
export type DocumentFormat = InputFormat;

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
  return findings === result.findings ? result : { ...result, findings, summary: { ...result.summary, ...summarize(findings) } };
}
