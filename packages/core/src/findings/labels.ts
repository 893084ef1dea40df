/**
 * The names of categories, severities and gender-coded balances in Dutch and English: one table for
 * every surface that shows them (the CLI's summary, the editor's hover and summary line, the web
 * editor, the HTTP server's LanguageTool matches, `describeRule`), so no two of them can name a
 * category differently or show an English name under a Dutch text.
 *
 * Category names are names (capitalised, as a heading shows them); severities and balances are
 * words in running text (lower case). `categoryLabel(c, l).toLowerCase()` is safe: no name holds a
 * proper noun.
 */
import type { Category, GenderCodedBalance, Language, Severity } from '../types.js';

/** A word in the singular and the plural ("1 fout", "2 fouten"). */
interface Counted {
  one: string;
  other: string;
}

interface LabelTable {
  category: Record<Category, string>;
  severity: Record<Severity, Counted>;
  balance: Record<GenderCodedBalance['label'], string>;
}

const TABLE: Record<Language, LabelTable> = {
  nl: {
    category: {
      gender: 'Gender',
      'gender-coded': 'Gender-gekleurde woorden',
      age: 'Leeftijd',
      origin: 'Afkomst en taal',
      disability: 'Handicap en gezondheid',
      religion: 'Geloof',
      'sexual-orientation': 'Seksuele oriëntatie',
      family: 'Gezin en privéleven',
      appearance: 'Uiterlijk',
      'personal-data': 'Persoonsgegevens',
      pay: 'Salaris',
      jargon: 'Jargon',
      readability: 'Leesbaarheid',
      structure: 'Opbouw',
      other: 'Overig',
    },
    severity: {
      error: { one: 'fout', other: 'fouten' },
      warning: { one: 'waarschuwing', other: 'waarschuwingen' },
      info: { one: 'tip', other: 'tips' },
    },
    balance: {
      empty: 'geen gekleurde woorden',
      neutral: 'in balans',
      'feminine-coded': 'vrouwelijk gekleurd',
      'strongly feminine-coded': 'sterk vrouwelijk gekleurd',
      'masculine-coded': 'mannelijk gekleurd',
      'strongly masculine-coded': 'sterk mannelijk gekleurd',
    },
  },
  en: {
    category: {
      gender: 'Gender',
      'gender-coded': 'Gender-coded words',
      age: 'Age',
      origin: 'Origin and language',
      disability: 'Disability and health',
      religion: 'Religion',
      'sexual-orientation': 'Sexual orientation',
      family: 'Family and private life',
      appearance: 'Appearance',
      'personal-data': 'Personal data',
      pay: 'Pay',
      jargon: 'Jargon',
      readability: 'Readability',
      structure: 'Structure',
      other: 'Other',
    },
    // `info` findings are tips to the writer; "tip" is what the editors have always shown.
    severity: {
      error: { one: 'error', other: 'errors' },
      warning: { one: 'warning', other: 'warnings' },
      info: { one: 'tip', other: 'tips' },
    },
    balance: {
      empty: 'no coded words',
      neutral: 'balanced',
      'feminine-coded': 'feminine-coded',
      'strongly feminine-coded': 'strongly feminine-coded',
      'masculine-coded': 'masculine-coded',
      'strongly masculine-coded': 'strongly masculine-coded',
    },
  },
};

/** A language without a table of its own (`und`, a client's `de`) gets English. */
function table(language: Language | string | undefined): LabelTable {
  return language === 'nl' ? TABLE.nl : TABLE.en;
}

/** The category's name, e.g. `Leeftijd` for `age` in Dutch. */
export function categoryLabel(category: Category, language: Language | string | undefined): string {
  return table(language).category[category];
}

/** The severity as a word, singular or (for any count but 1) plural: `fout`, `3 fouten` without the number. */
export function severityLabel(severity: Severity, language: Language | string | undefined, count = 1): string {
  const word = table(language).severity[severity];
  return count === 1 ? word.one : word.other;
}

/** A count with its severity word: `1 fout`, `3 warnings`. */
export function severityCount(severity: Severity, count: number, language: Language | string | undefined): string {
  return `${count} ${severityLabel(severity, language, count)}`;
}

/** The gender-coded balance in words: `mannelijk gekleurd`, `balanced`. */
export function balanceLabel(label: GenderCodedBalance['label'], language: Language | string | undefined): string {
  return table(language).balance[label];
}

/** Findings per category as a phrase, most first: `leeftijd 2, gender 1`. */
export function categoryCounts(byCategory: Partial<Record<Category, number>>, language: Language | string | undefined): string {
  return (Object.entries(byCategory) as [Category, number][])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([category, n]) => `${categoryLabel(category, language).toLowerCase()} ${n}`)
    .join(', ');
}
