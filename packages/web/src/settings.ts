/**
 * The user's settings, kept in localStorage so they survive a reload. Whatever is stored is read
 * defensively: a missing, old or hand-edited value falls back to the default, never to an error.
 */
import { CATEGORIES, REGIONS, SEVERITIES, type Category, type LintOptions, type Region, type Severity, type VacancyLintConfig } from '@vacancy-lint/core';

export const STORAGE_KEY = 'vacancy-lint.web.settings';

export type TextLanguage = 'auto' | 'nl' | 'en';
export type Locale = 'nl' | 'en';

export interface Settings {
  /** Categories switched off are not checked at all (`rules: { age: 'off' }` for the engine). */
  categoriesOff: Category[];
  /** The lowest severity shown: `info` shows everything, `error` only errors. */
  minSeverity: Severity;
  /** How the organisation writes the gender addition after a Dutch job title; empty: the rules' own. */
  genderForm: string;
  region: Region | 'auto';
  /** Language of the text: detected (`auto`) or fixed. */
  language: TextLanguage;
  /** Phrases the user chose to ignore ("ignore this phrase"): the engine's `allow` list. */
  allow: string[];
  /** Interface language; undefined: follow the browser. */
  locale?: Locale;
}

export const DEFAULT_SETTINGS: Settings = {
  categoriesOff: [],
  minSeverity: 'info',
  genderForm: '',
  region: 'auto',
  language: 'auto',
  allow: [],
};

/** Gender additions offered in the settings (any other is allowed too, as in the config file). */
export const GENDER_FORMS = ['v/m/x', 'm/v/x', 'm/v/x/-', 'm/v/-'] as const;

const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T => typeof value === 'string' && (list as readonly string[]).includes(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Settings from whatever was stored (a JSON string, or null): unknown or wrong fields take defaults. */
export function parseSettings(stored: string | null): Settings {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = stored === null ? {} : JSON.parse(stored);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
  } catch {
    // Not JSON (hand-edited or from another tool): start from the defaults.
  }
  const settings: Settings = {
    categoriesOff: [...new Set(strings(raw['categoriesOff']).filter((c): c is Category => oneOf(CATEGORIES, c)))],
    minSeverity: oneOf(SEVERITIES, raw['minSeverity']) ? raw['minSeverity'] : DEFAULT_SETTINGS.minSeverity,
    genderForm: typeof raw['genderForm'] === 'string' ? raw['genderForm'].trim().slice(0, 20) : '',
    region: raw['region'] === 'auto' || oneOf(REGIONS, raw['region']) ? (raw['region'] as Region | 'auto') : 'auto',
    language: oneOf(['auto', 'nl', 'en'] as const, raw['language']) ? raw['language'] : 'auto',
    allow: [...new Set(strings(raw['allow']).map((s) => s.trim()).filter((s) => s.length > 0))],
  };
  if (oneOf(['nl', 'en'] as const, raw['locale'])) settings.locale = raw['locale'];
  return settings;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function loadSettings(store: KeyValueStore | undefined): Settings {
  try {
    return parseSettings(store?.getItem(STORAGE_KEY) ?? null);
  } catch {
    // Storage switched off (private mode, a policy): the page works without it.
    return parseSettings(null);
  }
}

export function saveSettings(store: KeyValueStore | undefined, settings: Settings): void {
  try {
    store?.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Full or switched off: the settings last for this visit only.
  }
}

/** The engine's options for these settings. The editor holds Markdown (pasted HTML is turned into it). */
export function lintOptions(settings: Settings): LintOptions {
  const config: VacancyLintConfig = {};
  if (settings.categoriesOff.length > 0) config.rules = Object.fromEntries(settings.categoriesOff.map((c) => [c, 'off' as const]));
  if (settings.allow.length > 0) config.allow = [...settings.allow];
  if (settings.genderForm !== '') config.genderForm = settings.genderForm;
  const options: LintOptions = { format: 'markdown', language: settings.language, config };
  if (settings.region !== 'auto') options.region = settings.region;
  return options;
}

/** The interface language: the stored choice, else the browser's first Dutch or English preference. */
export function pickLocale(stored: Locale | undefined, browserLanguages: readonly string[]): Locale {
  if (stored) return stored;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'nl') return 'nl';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
