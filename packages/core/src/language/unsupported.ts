/** The result for a text in a language vacancy-lint has no rules for: no findings, and a notice. */
import type { LintResult, UnsupportedLanguage } from '../types.js';
import { LANGUAGE_NAMES } from './words.js';
import { regex } from '../regexes.js';

// Created through regex() (regexes.ts), which records them for the linearity test.
const WORD_TOKEN = regex('detect.unsupported-word', /\p{L}[\p{L}\p{N}'’-]*/gu);

export function unsupportedNotice(looksLike: string | undefined): UnsupportedLanguage {
  const name = looksLike ? LANGUAGE_NAMES[looksLike] : undefined;
  const message = name
    ? `This text looks ${name}; vacancy-lint checks Dutch and English, so it was not checked.`
    : 'vacancy-lint cannot tell the language of this text; it checks Dutch and English, so it was not checked.';
  return { language: looksLike ?? 'und', ...(name ? { name } : {}), message };
}

export function unsupportedResult(text: string, looksLike: string | undefined): LintResult {
  const words = text.match(WORD_TOKEN)?.length ?? 0;
  return {
    language: 'und',
    findings: [],
    summary: {
      errorCount: 0,
      warningCount: 0,
      infoCount: 0,
      byCategory: {},
      words,
      languages: [],
      genderCoded: { masculine: 0, feminine: 0, masculineWords: [], feminineWords: [], label: 'empty' },
      hasPayRange: false,
      longSentences: 0,
      averageSentenceLength: 0,
      requirementLists: [],
    },
    unsupported: unsupportedNotice(looksLike),
  };
}
