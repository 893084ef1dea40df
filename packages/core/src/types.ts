/**
 * Public types of @vacancy-lint/core. Everything a caller sees in a lint result is declared here,
 * so the CLI, the language server and the JSON schemas read one definition.
 */

/** Languages with rule data. */
export type Language = 'nl' | 'en';

/**
 * Jurisdictions with their own sources and wording: the law a finding cites and how a suggestion
 * names the right to work. The country decides; see `VacancyLintConfig.region`.
 */
export const REGIONS = ['nl-NL', 'nl-BE', 'en-GB', 'en-US', 'en-IE', 'en-NL'] as const;
export type Region = (typeof REGIONS)[number];

/** A text in a language vacancy-lint has no rules for. */
export interface UnsupportedLanguage {
  /** ISO 639-1 code of the language the text looks like (`de`, `fr`), or `und` when unknown. */
  language: string;
  /** Its English name, when known (`German`). */
  name?: string;
  /** One line for people: what the text looks like and that it was not checked. */
  message: string;
}

/** Fixed list of categories; documented in the README. */
export const CATEGORIES = [
  'gender',
  'gender-coded',
  'age',
  'origin',
  'disability',
  'religion',
  'sexual-orientation',
  'family',
  'appearance',
  'personal-data',
  'pay',
  'jargon',
  'readability',
  'structure',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * `error`: direct distinction, no lawful reading in an ordinary vacancy.
 * `warning`: likely exclusionary, or indirect distinction that needs a stated reason.
 * `info`: worth a look, depends on context.
 */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A severity or `off`, as used in configuration. */
export type SeveritySetting = Severity | 'off';

/** Where something is in the source: lines and columns for people, offsets for programs. */
export interface SourceRange {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
  endLine: number;
  /** Exclusive end column, 1-based. */
  endColumn: number;
  /** 0-based offset in UTF-16 code units. */
  offset: number;
  /** Exclusive end offset. */
  endOffset: number;
}

export interface Finding extends SourceRange {
  /** Stable id, e.g. `nl.age.jong-team`. */
  ruleId: string;
  category: Category;
  severity: Severity;
  /** One line, in the language of the text. */
  message: string;
  /** Why this matters, 1–3 plain sentences. */
  explanation: string;
  /** Replacement strings, best first; may be empty. */
  suggestions: string[];
  /** True when the first suggestion can replace `actual` without changing the meaning. */
  fixable: boolean;
  /**
   * True when the source range holds markup besides the matched words (`<b>verpleeg</b>ster`, an
   * entity, Markdown emphasis): replacing the range would delete it, so no tool offers that edit.
   */
  spansMarkup?: true;
  /** URLs or legal references. */
  sources: string[];
  /** The flagged text: always equal to `source.slice(offset, endOffset)`. */
  actual: string;
  /** Language of the passage the finding is in. */
  language: Language;
}

export interface GenderCodedBalance {
  masculine: number;
  feminine: number;
  /** Masculine-coded and feminine-coded words found, lowercased, each once. */
  masculineWords: string[];
  feminineWords: string[];
  /** Same labels as Gender Decoder. */
  label:
    | 'empty'
    | 'neutral'
    | 'feminine-coded'
    | 'strongly feminine-coded'
    | 'masculine-coded'
    | 'strongly masculine-coded';
}

export interface Summary {
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Number of findings per category (categories without findings are left out). */
  byCategory: Partial<Record<Category, number>>;
  /** Words in the linted text (code, URLs and front matter excluded). */
  words: number;
  /** Languages found, in order of size; more than one for mixed texts. */
  languages: Language[];
  /** Masculine- and feminine-coded words and Gender Decoder's label. */
  genderCoded: GenderCodedBalance;
  /** Whether the text names pay (an amount with a currency, or a salary scale). */
  hasPayRange: boolean;
  /** Sentences over the length limit (nl 25, en 30 words). */
  longSentences: number;
  averageSentenceLength: number;
  /** Number of items of every bullet or numbered list. */
  requirementLists: number[];
}

export interface LintResult {
  /**
   * Main language of the document; `und` when it is in a language without rules (see
   * `unsupported`): then nothing was checked and there are no findings.
   */
  language: Language | 'und';
  /** Set when the text is in a language vacancy-lint has no rules for. */
  unsupported?: UnsupportedLanguage;
  /**
   * Region whose law and wording the findings of the main language use; absent for English text
   * when no region was set (then sources name UK and US law, suggestions no country).
   */
  region?: Region;
  findings: Finding[];
  summary: Summary;
  /** Disable directives that silenced nothing (only with `reportUnusedDirectives`). */
  unusedDirectives?: UnusedDirective[];
}

export interface UnusedDirective extends SourceRange {
  /** The whole comment. */
  text: string;
}

/** How gender-coded wording is reported: one finding for the ad, or one per word. */
export type GenderCodedWords = 'document' | 'each';

export interface VacancyLintConfig {
  /**
   * Severity or `off`, keyed by rule id (`nl.age.jong-team`), by category (`age`), or by
   * language and category (`nl.age`). The most specific key wins.
   */
  rules?: Record<string, SeveritySetting>;
  /** Phrases that are fine in this text or organisation; a finding inside one is dropped. */
  allow?: string[];
  /** Language used when a text is too short or too mixed to tell. Default `nl`. */
  defaultLanguage?: Language;
  /** Run retext-equality on English text (default true). */
  equality?: boolean;
  /**
   * How the organisation writes the gender addition after a Dutch job title, e.g. `v/m/x`
   * (the rules' own form) or `m/v/x`. Suggestions follow it; text already in this form is fine.
   */
  genderForm?: string;
  /**
   * `document` (default): one finding when the ad leans masculine or feminine, with the words
   * found and what to add. `each`: one finding per coded word on that side instead.
   */
  genderCodedWords?: GenderCodedWords;
  /**
* Jurisdiction: which law the findings cite and how suggestions name the right to work.
   * Default: `nl-NL` for Dutch documents; none for English ones. The country applies to every
   * passage (an English paragraph in an `nl-BE` document is under Belgian law where we have data).
   */
  region?: Region;
}

/** How a source text is read; see `LintOptions.format`. */
export const INPUT_FORMATS = ['text', 'markdown', 'html'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export interface LintOptions {
  /** `auto` (default) detects per document, then per paragraph for mixed texts. */
  language?: Language | 'auto';
  /**
   * `text` (default), `markdown` (code, URLs, HTML and front matter skipped; `lang:` in front
   * matter sets the language) or `html` (visible text only; `lang` attributes respected).
   * Markdown and HTML honour `<!-- vacancy-lint-disable … -->` comments.
   */
  format?: InputFormat;
  config?: VacancyLintConfig;
  /** Region for this document; overrides `config.region`. */
  region?: Region;
  /** Report disable comments that silenced nothing in `LintResult.unusedDirectives`. */
  reportUnusedDirectives?: boolean;
}
