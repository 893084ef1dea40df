import type { Category, Language, Severity } from '../types.js';

/** A rule as written in rules/<lang>/*.yml (see rules/schema.json). */
export interface RuleData {
  id: string;
  severity: Severity;
  message: string;
  explanation: string;
  suggestions: string[];
  fixable?: boolean;
  sources: string[];
  phrases?: string[];
  pattern?: string;
  check?: 'no-pay-range' | 'long-requirement-list' | 'long-sentence' | 'gender-coded';
  caseSensitive?: boolean;
  inflect?: boolean;
  exceptions?: { sentence?: string[]; before?: string[]; after?: string[] };
  examples: { flag: string[]; pass: string[] };
  note?: string;
}

export interface RuleFile {
  /** Path below rules/, e.g. `nl/age.yml`. */
  file: string;
  language: Language;
  category: Category;
  rules: RuleData[];
}
