/**
 * How vacancy-lint's categories and severities appear to LanguageTool clients. Category ids are
 * LanguageTool-style (upper case, `_`): that is what clients send back in `enabledCategories` and
 * `disabledCategories`. Issue types are from LanguageTool's list (ITS 2.0): the kinds of
 * discrimination the law forbids are `legal`, the rest `style`.
 */
import type { Category } from '@vacancy-lint/core';

export const CATEGORY_NAMES: Record<Category, string> = {
  gender: 'Gender',
  'gender-coded': 'Gender-coded wording',
  age: 'Age',
  origin: 'Origin',
  disability: 'Disability',
  religion: 'Religion',
  'sexual-orientation': 'Sexual orientation',
  family: 'Family',
  appearance: 'Appearance',
  'personal-data': 'Personal data',
  pay: 'Pay',
  jargon: 'Jargon',
  readability: 'Readability',
  structure: 'Structure',
  other: 'Other',
};

const LEGAL: ReadonlySet<Category> = new Set(['gender', 'age', 'origin', 'disability', 'religion', 'sexual-orientation', 'family', 'appearance', 'personal-data']);

export function categoryId(category: Category): string {
  return category.toUpperCase().replaceAll('-', '_');
}

/** `GENDER_CODED`, `gender-coded` and `Gender_Coded` all name one category. */
export function normalizeCategoryId(id: string): string {
  return id.trim().toUpperCase().replaceAll('-', '_');
}

export function issueType(category: Category): 'legal' | 'style' {
  return LEGAL.has(category) ? 'legal' : 'style';
}

/** One or two words for `shortMessage` (LanguageTool clients show it as the title of a card). */
export function shortMessage(category: Category): string {
  return `Vacancy check: ${CATEGORY_NAMES[category].toLowerCase()}`;
}
