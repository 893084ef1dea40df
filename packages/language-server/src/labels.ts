/**
 * The server's own user-facing strings (actions, the summary line), in the language of the text they
 * are about. A rule's explanation is labelled by core's describeRule.
 */
import type { Language } from '@vacancy-lint/core';

export interface Labels {
  replaceWith: (s: string) => string;
  ignoreHere: string;
  ignorePhrase: (phrase: string) => string;
  ruleOff: (ruleId: string) => string;
  fixAll: string;
  errors: (n: number) => string;
  warnings: (n: number) => string;
  infos: (n: number) => string;
  words: (n: number) => string;
  balance: string;
  genderLabels: Record<string, string>;
  masculine: string;
  feminine: string;
  noFindings: string;
}

const nl: Labels = {
  replaceWith: (s) => `Vervang door '${s}'`,
  ignoreHere: 'Negeer deze melding hier (commentaar op de regel erboven)',
  ignorePhrase: (p) => `Negeer '${p}' in dit document`,
  ruleOff: (id) => `Zet regel ${id} uit voor de werkruimte`,
  fixAll: 'Herstel alles wat vacancy-lint zeker weet',
  errors: (n) => `${n} ${n === 1 ? 'fout' : 'fouten'}`,
  warnings: (n) => `${n} ${n === 1 ? 'waarschuwing' : 'waarschuwingen'}`,
  infos: (n) => `${n} ${n === 1 ? 'tip' : 'tips'}`,
  words: (n) => `${n} woorden`,
  balance: 'genderbalans',
  genderLabels: {
    empty: 'geen gekleurde woorden',
    neutral: 'neutraal',
    'feminine-coded': 'vrouwelijk gekleurd',
    'strongly feminine-coded': 'sterk vrouwelijk gekleurd',
    'masculine-coded': 'mannelijk gekleurd',
    'strongly masculine-coded': 'sterk mannelijk gekleurd',
  },
  masculine: 'mannelijk',
  feminine: 'vrouwelijk',
  noFindings: 'geen meldingen',
};

const en: Labels = {
  replaceWith: (s) => `Replace with '${s}'`,
  ignoreHere: 'Ignore this finding here (comment on the line above)',
  ignorePhrase: (p) => `Ignore '${p}' in this document`,
  ruleOff: (id) => `Turn rule ${id} off for the workspace`,
  fixAll: 'Fix everything vacancy-lint is sure about',
  errors: (n) => `${n} ${n === 1 ? 'error' : 'errors'}`,
  warnings: (n) => `${n} ${n === 1 ? 'warning' : 'warnings'}`,
  infos: (n) => `${n} ${n === 1 ? 'tip' : 'tips'}`,
  words: (n) => `${n} words`,
  balance: 'gender balance',
  genderLabels: {
    empty: 'no coded words',
    neutral: 'neutral',
    'feminine-coded': 'feminine-coded',
    'strongly feminine-coded': 'strongly feminine-coded',
    'masculine-coded': 'masculine-coded',
    'strongly masculine-coded': 'strongly masculine-coded',
  },
  masculine: 'masculine',
  feminine: 'feminine',
  noFindings: 'no findings',
};

export function labelsFor(language: Language | string | undefined): Labels {
  return language === 'en' ? en : nl;
}
