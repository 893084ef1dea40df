/**
 * Every string of the interface, in Dutch and English. The findings themselves come from the
 * engine in the language of the text; these are the page's own words around them.
 */
import { balanceLabel, categoryLabel, severityCount, severityLabel, type Category, type GenderCodedBalance, type Region, type Severity } from '@vacancy-lint/core';
import type { DocumentCheckId } from './findings-view.js';
import type { Locale, TextLanguage } from './settings.js';

export interface Messages {
  htmlLang: string;
  title: string;
  intro: string;
  skipToEditor: string;
  editorLabel: string;
  editorHelp: string;
  placeholder: string;
  interfaceLanguage: string;
  switchTo: string;
  otherLocaleName: string;
  panel: string;
  findings: string;
  noFindings: string;
  noText: string;
  checking: string;
  count: (n: number) => string;
  /** The severity as a badge: `Fout`. */
  severity: (s: Severity) => string;
  /** A count with its severity: `3 fouten`. */
  severityCount: (s: Severity, n: number) => string;
  category: (c: Category) => string;
  why: string;
  sources: string;
  ruleDocs: string;
  replaceWith: (s: string) => string;
  cannotReplace: string;
  /** Under suggestions that are examples, not drop-in replacements (the finding is not `fixable`). */
  rewriteNote: string;
  noSuggestion: string;
  ignorePhrase: (p: string) => string;
  goTo: string;
  documentChecks: string;
  check: Record<DocumentCheckId, string>;
  checkOk: Record<DocumentCheckId, (facts: Record<string, number | boolean>) => string>;
  checkTooShort: string;
  balance: string;
  balanceLabel: (label: GenderCodedBalance['label']) => string;
  masculine: string;
  feminine: string;
  meterDescription: (m: number, f: number) => string;
  noCodedWords: string;
  textLanguage: string;
  languageNames: Record<TextLanguage, string>;
  detected: (name: string) => string;
  unsupported: string;
  actions: string;
  /** The button that applies every sure fix (core's selectFixes), and what it says after. */
  fixAll: string;
  fixedAll: (n: number) => string;
  nothingToFix: string;
  copy: string;
  copied: string;
  copyFailed: string;
  downloadMarkdown: string;
  downloadJson: string;
  settings: string;
  categoriesLegend: string;
  minSeverity: string;
  minSeverityOption: Record<Severity, string>;
  genderForm: string;
  genderFormDefault: string;
  region: string;
  regionAuto: string;
  regionNames: Record<Region, string>;
  ignored: string;
  noIgnored: string;
  unignore: (p: string) => string;
  privacy: string;
  applied: (s: string) => string;
  ignoredNow: (p: string) => string;
  engineError: (m: string) => string;
  summaryLine: (shown: number, hidden: number) => string;
  report: {
    title: string;
    language: string;
    words: string;
    line: string;
    suggestions: string;
  };
}

/** Category, severity and balance names: core's one table, in the page's language. */
function domainLabels(locale: Locale): Pick<Messages, 'severity' | 'severityCount' | 'category' | 'balanceLabel'> {
  return {
    severity: (s) => upperFirst(severityLabel(s, locale)),
    severityCount: (s, n) => severityCount(s, n, locale),
    category: (c) => categoryLabel(c, locale),
    balanceLabel: (label) => balanceLabel(label, locale),
  };
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const nl: Messages = {
  ...domainLabels('nl'),
  htmlLang: 'nl',
  title: 'Vacaturetekst controleren',
  intro: 'Plak of schrijf een vacature. Woorden die mensen uitsluiten worden onderstreept, met uitleg en een betere formulering. Je tekst blijft in je browser: er wordt niets verstuurd.',
  skipToEditor: 'Naar de tekst',
  editorLabel: 'Vacaturetekst',
  editorHelp: 'Tab verlaat de tekst. F8 springt naar de volgende melding, Ctrl+Shift+M opent de lijst met meldingen.',
  placeholder: 'Plak hier je vacature (uit Word, een webpagina of een ander systeem) of begin te typen…',
  interfaceLanguage: 'Taal van de pagina',
  switchTo: 'Switch to English',
  otherLocaleName: 'English',
  panel: 'Resultaat',
  findings: 'Meldingen',
  noFindings: 'Geen meldingen. Goed bezig!',
  noText: 'Nog geen tekst.',
  checking: 'Bezig met controleren…',
  count: (n) => `${n} ${n === 1 ? 'melding' : 'meldingen'}`,
  why: 'Waarom',
  sources: 'Bronnen',
  ruleDocs: 'Over deze regel',
  replaceWith: (s) => `Vervang door „${s}”`,
  cannotReplace: 'Pas dit met de hand aan: in dit stuk staat opmaak die anders verloren gaat.',
  noSuggestion: 'Geen vaste vervanging: pas de zin zelf aan.',
  rewriteNote: 'Dit zijn voorbeelden: lees de zin na het vervangen na en pas hem aan waar nodig.',
  ignorePhrase: (p) => `Negeer „${p}”`,
  goTo: 'Ga naar de plek in de tekst',
  documentChecks: 'Controles van de hele tekst',
  check: { pay: 'Salaris', requirements: 'Lijst met eisen', readability: 'Leesbaarheid' },
  checkOk: {
    pay: (f) => (f['hasPayRange'] ? 'Het salaris staat erin.' : 'Geen salaris gevonden.'),
    requirements: (f) => (f['lists'] ? `${String(f['lists'])} ${f['lists'] === 1 ? 'lijst' : 'lijsten'}, de langste met ${String(f['longest'])} punten.` : 'Geen lijsten.'),
    readability: (f) => `${f['longSentences'] === 0 ? 'Geen lange zinnen' : `${String(f['longSentences'])} lange ${f['longSentences'] === 1 ? 'zin' : 'zinnen'}`}; gemiddeld ${String(f['average'])} woorden per zin.`,
  },
  checkTooShort: 'Nog te kort om te beoordelen.',
  balance: 'Gender-gekleurde woorden',
  masculine: 'Mannelijk',
  feminine: 'Vrouwelijk',
  meterDescription: (m, f) => `${m} mannelijk en ${f} vrouwelijk gekleurde ${m + f === 1 ? 'woord' : 'woorden'}`,
  noCodedWords: 'geen',
  textLanguage: 'Taal van de tekst',
  languageNames: { auto: 'Automatisch', nl: 'Nederlands', en: 'Engels' },
  detected: (name) => `Herkend: ${name}`,
  unsupported: 'Deze taal controleert vacancy-lint niet.',
  actions: 'Tekst en rapport',
  fixAll: 'Verbeter alles wat zeker is',
  fixedAll: (n) => `${n} ${n === 1 ? 'woord' : 'woorden'} vervangen. Lees de tekst na.`,
  nothingToFix: 'Niets om zeker te verbeteren: de overige meldingen vragen om een eigen formulering.',
  copy: 'Kopieer verbeterde tekst',
  copied: 'Tekst gekopieerd.',
  copyFailed: 'Kopiëren lukte niet. Selecteer de tekst en kopieer met Ctrl+C.',
  downloadMarkdown: 'Rapport downloaden (Markdown)',
  downloadJson: 'Rapport downloaden (JSON)',
  settings: 'Instellingen',
  categoriesLegend: 'Onderwerpen die gecontroleerd worden',
  minSeverity: 'Laat zien vanaf',
  minSeverityOption: { info: 'tips, waarschuwingen en fouten', warning: 'waarschuwingen en fouten', error: 'alleen fouten' },
  genderForm: 'Schrijfwijze achter de functienaam',
  genderFormDefault: 'v/m/x (standaard)',
  region: 'Land (wetgeving en formulering)',
  regionAuto: 'Volgens de taal van de tekst',
  regionNames: { 'nl-NL': 'Nederland', 'nl-BE': 'België (Nederlands)', 'en-GB': 'Verenigd Koninkrijk', 'en-US': 'Verenigde Staten', 'en-IE': 'Ierland', 'en-NL': 'Nederland (Engelse tekst)' },
  ignored: 'Genegeerde woorden',
  noIgnored: 'Geen.',
  unignore: (p) => `Niet meer negeren: „${p}”`,
  privacy: 'Alles gebeurt in je browser. Deze pagina verstuurt je tekst nergens heen en werkt ook zonder internet zodra ze geladen is.',
  applied: (s) => `Vervangen door „${s}”.`,
  ignoredNow: (p) => `„${p}” wordt genegeerd.`,
  engineError: (m) => `De controle lukte niet: ${m}`,
  summaryLine: (shown, hidden) => `${shown} ${shown === 1 ? 'melding' : 'meldingen'}${hidden > 0 ? ` (${hidden} verborgen door de instellingen)` : ''}`,
  report: { title: 'Rapport vacaturetekst', language: 'Taal', words: 'Woorden', line: 'regel', suggestions: 'Schrijf liever' },
};

const en: Messages = {
  ...domainLabels('en'),
  htmlLang: 'en',
  title: 'Check a job ad',
  intro: 'Paste or write a job ad. Words that exclude people are underlined, with the reason and a better wording. Your text stays in your browser: nothing is sent anywhere.',
  skipToEditor: 'Skip to the text',
  editorLabel: 'Job ad text',
  editorHelp: 'Tab leaves the text. F8 moves to the next finding, Ctrl+Shift+M opens the list of findings.',
  placeholder: 'Paste your job ad here (from Word, a web page or another system) or start typing…',
  interfaceLanguage: 'Page language',
  switchTo: 'Naar Nederlands',
  otherLocaleName: 'Nederlands',
  panel: 'Result',
  findings: 'Findings',
  noFindings: 'No findings. Well done!',
  noText: 'No text yet.',
  checking: 'Checking…',
  count: (n) => `${n} ${n === 1 ? 'finding' : 'findings'}`,
  why: 'Why',
  sources: 'Sources',
  ruleDocs: 'About this rule',
  replaceWith: (s) => `Replace with “${s}”`,
  cannotReplace: 'Change this by hand: this passage holds formatting that would otherwise be lost.',
  noSuggestion: 'No fixed replacement: rewrite the sentence yourself.',
  rewriteNote: 'These are examples: read the sentence again after replacing and adjust it where needed.',
  ignorePhrase: (p) => `Ignore “${p}”`,
  goTo: 'Go to its place in the text',
  documentChecks: 'Checks of the whole text',
  check: { pay: 'Pay', requirements: 'List of requirements', readability: 'Readability' },
  checkOk: {
    pay: (f) => (f['hasPayRange'] ? 'The pay is stated.' : 'No pay found.'),
    requirements: (f) => (f['lists'] ? `${String(f['lists'])} ${f['lists'] === 1 ? 'list' : 'lists'}, the longest with ${String(f['longest'])} items.` : 'No lists.'),
    readability: (f) => `${f['longSentences'] === 0 ? 'No long sentences' : `${String(f['longSentences'])} long ${f['longSentences'] === 1 ? 'sentence' : 'sentences'}`}; ${String(f['average'])} words per sentence on average.`,
  },
  checkTooShort: 'Too short to judge yet.',
  balance: 'Gender-coded words',
  masculine: 'Masculine',
  feminine: 'Feminine',
  meterDescription: (m, f) => `${m} masculine-coded and ${f} feminine-coded ${m + f === 1 ? 'word' : 'words'}`,
  noCodedWords: 'none',
  textLanguage: 'Language of the text',
  languageNames: { auto: 'Automatic', nl: 'Dutch', en: 'English' },
  detected: (name) => `Detected: ${name}`,
  unsupported: 'vacancy-lint does not check this language.',
  actions: 'Text and report',
  fixAll: 'Fix everything that is certain',
  fixedAll: (n) => `${n} ${n === 1 ? 'phrase' : 'phrases'} replaced. Read the text again.`,
  nothingToFix: 'Nothing to fix for certain: the other findings need wording of your own.',
  copy: 'Copy improved text',
  copied: 'Text copied.',
  copyFailed: 'Copying failed. Select the text and copy it with Ctrl+C.',
  downloadMarkdown: 'Download report (Markdown)',
  downloadJson: 'Download report (JSON)',
  settings: 'Settings',
  categoriesLegend: 'Topics that are checked',
  minSeverity: 'Show from',
  minSeverityOption: { info: 'tips, warnings and errors', warning: 'warnings and errors', error: 'errors only' },
  genderForm: 'Gender addition after a Dutch job title',
  genderFormDefault: 'v/m/x (default)',
  region: 'Country (law and wording)',
  regionAuto: 'From the language of the text',
  regionNames: { 'nl-NL': 'Netherlands', 'nl-BE': 'Belgium (Dutch)', 'en-GB': 'United Kingdom', 'en-US': 'United States', 'en-IE': 'Ireland', 'en-NL': 'Netherlands (English text)' },
  ignored: 'Ignored phrases',
  noIgnored: 'None.',
  unignore: (p) => `Stop ignoring “${p}”`,
  privacy: 'Everything happens in your browser. This page sends your text nowhere and keeps working offline once it has loaded.',
  applied: (s) => `Replaced with “${s}”.`,
  ignoredNow: (p) => `“${p}” is now ignored.`,
  engineError: (m) => `The check failed: ${m}`,
  summaryLine: (shown, hidden) => `${shown} ${shown === 1 ? 'finding' : 'findings'}${hidden > 0 ? ` (${hidden} hidden by the settings)` : ''}`,
  report: { title: 'Job ad report', language: 'Language', words: 'Words', line: 'line', suggestions: 'Write instead' },
};

export const MESSAGES: Record<Locale, Messages> = { nl, en };
