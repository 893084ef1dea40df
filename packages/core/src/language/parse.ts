/** NLCST parsers, created once per language. */
import { ParseDutch } from 'parse-dutch';
import { ParseEnglish } from 'parse-english';
import type { Root } from 'nlcst';
import type { Language } from '../types.js';

const parsers: Partial<Record<Language, { parse(value: string): Root }>> = {};

export function parseText(text: string, language: Language): Root {
  const parser = (parsers[language] ??= language === 'nl' ? new ParseDutch() : new ParseEnglish());
  return parser.parse(text);
}
