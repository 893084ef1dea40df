/**
 * The answer of /v2/check in LanguageTool's JSON shape (its server's serializer, API version 1):
 * `software`, `warnings`, `language` with `detectedLanguage`, `matches` and `sentenceRanges`.
 * Offsets and lengths are UTF-16 code units in the text as sent (markup included for `data`).
 */
import { categoryLabel, getRule, ruleDocsUrl, type Finding } from '@vacancy-lint/core';
import type { AnnotatedText } from './annotated.js';
import { categoryId, issueType, shortMessage } from './categories.js';
import type { NamedLanguage } from './languages.js';
import { rangeAt, sentenceRanges } from './sentences.js';

/** Characters of context on each side, as LanguageTool's server. */
export const CONTEXT_SIZE = 40;

export interface LtMatch {
  message: string;
  shortMessage: string;
  replacements: { value: string }[];
  offset: number;
  length: number;
  context: { text: string; offset: number; length: number };
  sentence: string;
  type: { typeName: 'Other' | 'Hint' | 'UnknownWord' };
  rule: {
    id: string;
    description: string;
    issueType: string;
    urls: { value: string }[];
    category: { id: string; name: string };
  };
  ignoreForIncompleteSentence: boolean;
  contextForSureMatch: number;
}

export interface LtResponse {
  software: { name: string; version: string; buildDate: string; apiVersion: number; premium: boolean; status: string };
  warnings: { incompleteResults: boolean; incompleteResultsReason?: string };
  language: NamedLanguage & { detectedLanguage: NamedLanguage & { confidence: number; source: string } };
  matches: LtMatch[];
  sentenceRanges: [number, number][];
}

export interface Software {
  version: string;
  buildDate: string;
}

/** LanguageTool's context: 40 characters around the match, `...` where cut, line breaks as spaces. */
export function context(original: string, from: number, to: number): LtMatch['context'] {
  let start = from - CONTEXT_SIZE;
  let prefix = '...';
  if (start <= 0) {
    start = 0;
    prefix = '';
  }
  let end = to + CONTEXT_SIZE;
  let suffix = '...';
  if (end >= original.length) {
    end = original.length;
    suffix = '';
  }
  return { text: prefix + original.slice(start, end).replace(/[\n\r]/gu, ' ') + suffix, offset: prefix.length + from - start, length: to - from };
}

const descriptions = new Map<string, string>();

/**
 * The rule's own one-line message (in the rule's language, which is the text's: Dutch rules run on
 * Dutch text only); a message with placeholders (`{actual}`) is only whole once
 * filled in, so then the finding's message stands in.
 */
function description(finding: Finding): string {
  let text = descriptions.get(finding.ruleId);
  if (text === undefined) {
    text = getRule(finding.ruleId)?.message ?? '';
    descriptions.set(finding.ruleId, text);
  }
  return text && !text.includes('{') ? text : finding.message;
}

export function toMatches(findings: Finding[], text: AnnotatedText): { matches: LtMatch[]; sentenceRanges: [number, number][] } {
  const ranges = sentenceRanges(text.plain);
  const matches = findings.map((finding): LtMatch => {
    const from = text.toOriginal(finding.offset, false);
    const to = Math.max(from, text.toOriginal(finding.endOffset, true));
    const sentence = rangeAt(ranges, finding.offset);
    return {
      message: finding.message,
      shortMessage: shortMessage(finding.category, finding.language),
      replacements: finding.suggestions.map((value) => ({ value })),
      offset: from,
      length: to - from,
      context: context(text.original, from, to),
      sentence: sentence ? text.plain.slice(sentence[0], sentence[1]) : '',
      type: { typeName: finding.severity === 'info' ? 'Hint' : 'Other' },
      rule: {
        id: finding.ruleId,
        description: description(finding),
        issueType: issueType(finding.category),
        urls: [{ value: ruleDocsUrl(finding.ruleId) }],
        category: { id: categoryId(finding.category), name: categoryLabel(finding.category, finding.language) },
      },
      ignoreForIncompleteSentence: false,
      contextForSureMatch: 0,
    };
  });
  const mapped = ranges.map(([s, e]): [number, number] => [text.toOriginal(s, false), text.toOriginal(e, true)]);
  return { matches, sentenceRanges: mapped };
}

export function software(info: Software): LtResponse['software'] {
  return { name: 'vacancy-lint', version: info.version, buildDate: info.buildDate, apiVersion: 1, premium: false, status: '' };
}
