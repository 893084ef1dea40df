/**
 * The server's own user-facing strings (actions, the summary line), in the language of the text they
 * are about. A rule's explanation is labelled by core's describeRule; category, severity and
 * balance names come from core's label table.
 */
import type { Language } from '@vacancy-lint/core';

export interface Labels {
  replaceWith: (s: string) => string;
  ignoreHere: string;
  ignorePhrase: (phrase: string) => string;
  ruleOff: (ruleId: string) => string;
  fixAll: string;
  words: (n: number) => string;
  balance: string;
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
  words: (n) => `${n} woorden`,
  balance: 'genderbalans',
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
  words: (n) => `${n} words`,
  balance: 'gender balance',
  masculine: 'masculine',
  feminine: 'feminine',
  noFindings: 'no findings',
};

/** As core's label table: Dutch for Dutch, English for anything else (`und`, a text without rules). */
export function labelsFor(language: Language | string | undefined): Labels {
  return language === 'nl' ? nl : en;
}
