/**
 * How vacancy-lint's categories and severities appear to LanguageTool clients. Category ids are
 * LanguageTool-style (upper case, `_`): that is what clients send back in `enabledCategories` and
 * `disabledCategories`. Issue types are from LanguageTool's list (ITS 2.0): the kinds of
 * discrimination the law forbids are `legal`, the rest `style`. Category names come from core's
 * label table, in the language of the text, as the findings' messages are.
 */
import { categoryLabel, type Category, type Language } from '@vacancy-lint/core';

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

const SHORT_PREFIX: Record<Language, string> = { nl: 'Vacaturecheck', en: 'Vacancy check' };

/** One or two words for `shortMessage` (LanguageTool clients show it as the title of a card). */
export function shortMessage(category: Category, language: Language): string {
  return `${SHORT_PREFIX[language]}: ${categoryLabel(category, language).toLowerCase()}`;
}
