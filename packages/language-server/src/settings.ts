/**
 * Editor settings (section `vacancyLint`). The description below is the one source of truth:
 * the VS Code extension's `contributes.configuration` is generated from it and a test compares both.
 */
import { CATEGORIES, SEVERITIES, type Category, type SeveritySetting } from '@vacancy-lint/core';
import { DEFAULT_MAX_BYTES } from '@vacancy-lint/config';

export const LANGUAGE_SETTINGS = ['auto', 'nl', 'en'] as const;
export const SUMMARY_SETTINGS = ['codeLens', 'diagnostic', 'both', 'off'] as const;
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = [...SEVERITIES, 'off'];

export interface ServerSettings {
  enable: boolean;
  language: (typeof LANGUAGE_SETTINGS)[number];
  rules: Record<string, SeveritySetting>;
  allow: string[];
  categories: Record<Category, boolean>;
  summary: (typeof SUMMARY_SETTINGS)[number];
  /** Import the project's vacancy-lint.config.js/.mjs/.cjs, i.e. run its code. Off unless the client says so. */
  allowJavaScriptConfig: boolean;
  maxDocumentSizeMB: number;
}

export function defaultSettings(): ServerSettings {
  return {
    enable: true,
    language: 'auto',
    rules: {},
    allow: [],
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>,
    summary: 'codeLens',
    allowJavaScriptConfig: false,
    // The CLI's limit, so the editor and the pipeline skip the same files.
    maxDocumentSizeMB: DEFAULT_MAX_BYTES / 1024 / 1024,
  };
}

/** A JSON-schema fragment per setting, as VS Code's `contributes.configuration.properties` expects. */
export interface SettingSchema {
  type: 'boolean' | 'string' | 'object' | 'array' | 'number';
  default: unknown;
  description: string;
  enum?: readonly string[];
  enumDescriptions?: string[];
  items?: { type: 'string' };
  properties?: Record<string, { type: 'boolean'; default: boolean; description: string }>;
  additionalProperties?: { type: 'string'; enum: readonly string[] } | false;
  scope?: 'resource' | 'window';
  exclusiveMinimum?: number;
}

/** Keyed by the settings interface, so a new setting without a description does not compile. */
export const SETTINGS_DESCRIPTION: { [K in keyof ServerSettings]: SettingSchema } = {
  enable: {
    type: 'boolean',
    default: true,
    scope: 'resource',
    description: 'Check Markdown, plain-text and HTML job ads for exclusionary wording.',
  },
  language: {
    type: 'string',
    enum: LANGUAGE_SETTINGS,
    enumDescriptions: ['Detect per document, and per paragraph in mixed texts.', 'Always check as Dutch.', 'Always check as English.'],
    default: 'auto',
    scope: 'resource',
    description: 'Language of the job ads.',
  },
  rules: {
    type: 'object',
    additionalProperties: { type: 'string', enum: SEVERITY_SETTINGS },
    default: {},
    scope: 'resource',
    description:
      'Severity per rule id (`nl.age.jong-team`), category (`age`) or language and category (`nl.age`): error, warning, info or off. The most specific key wins; the project\'s .vacancylintrc file wins over this setting.',
  },
  allow: {
    type: 'array',
    items: { type: 'string' },
    default: [],
    scope: 'resource',
    description: 'Phrases that are fine in your organisation; a finding inside one of them is not shown.',
  },
  categories: {
    type: 'object',
    properties: Object.fromEntries(
      CATEGORIES.map((c) => [c, { type: 'boolean' as const, default: true, description: `Check the '${c}' category.` }]),
    ),
    additionalProperties: false,
    default: Object.fromEntries(CATEGORIES.map((c) => [c, true])),
    scope: 'resource',
    description: 'Turn whole categories on or off.',
  },
  summary: {
    type: 'string',
    enum: SUMMARY_SETTINGS,
    enumDescriptions: [
      'A line above the first line of the document (code lens).',
      'One information diagnostic on the first line.',
      'Both.',
      'No document summary.',
    ],
    default: 'codeLens',
    scope: 'resource',
    description: 'How the document summary (counts per category, gender-coded balance) is shown.',
  },
  allowJavaScriptConfig: {
    type: 'boolean',
    default: false,
    scope: 'window',
    description:
      "Load the project's JavaScript config file (vacancy-lint.config.js, .mjs or .cjs). Such a file is code and runs inside the language server, so it is off by default; JSON and YAML configs are always read. When a JavaScript config is skipped, the server says so once.",
  },
  maxDocumentSizeMB: {
    type: 'number',
    exclusiveMinimum: 0,
    default: DEFAULT_MAX_BYTES / 1024 / 1024,
    scope: 'resource',
    description: 'Documents larger than this (in MB of UTF-8) are not checked; one diagnostic on the first line says so. The CLI skips files over the same default size.',
  },
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The entries of an object-valued setting (`rules`, `categories`); anything else is reported. */
function forEachEntry(key: string, value: unknown, warn: (message: string) => void, each: (name: string, entry: unknown) => void): void {
  if (!isRecord(value)) warn(`vacancyLint.${key} must be an object`);
  else for (const [name, entry] of Object.entries(value)) each(name, entry);
}

/**
 * Overlays whatever a client sent on `base`, keeping each valid value and reporting each bad one,
 * so one typo in a user's settings does not switch the server off.
 */
export function mergeSettings(base: ServerSettings, raw: unknown, warn: (message: string) => void): ServerSettings {
  if (raw === undefined || raw === null) return base;
  if (!isRecord(raw)) {
    warn(`vacancyLint settings must be an object, got ${JSON.stringify(raw)}`);
    return base;
  }
  const out: ServerSettings = { ...base, rules: { ...base.rules }, allow: [...base.allow], categories: { ...base.categories } };
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || value === null) continue;
    switch (key) {
      case 'enable':
        if (typeof value === 'boolean') out.enable = value;
        else warn(`vacancyLint.enable must be true or false`);
        break;
      case 'language':
        if ((LANGUAGE_SETTINGS as readonly unknown[]).includes(value)) out.language = value as ServerSettings['language'];
        else warn(`vacancyLint.language must be one of ${LANGUAGE_SETTINGS.join(', ')}`);
        break;
      case 'summary':
        if ((SUMMARY_SETTINGS as readonly unknown[]).includes(value)) out.summary = value as ServerSettings['summary'];
        else warn(`vacancyLint.summary must be one of ${SUMMARY_SETTINGS.join(', ')}`);
        break;
      case 'rules':
        forEachEntry(key, value, warn, (id, severity) => {
          if ((SEVERITY_SETTINGS as readonly unknown[]).includes(severity)) out.rules[id] = severity as SeveritySetting;
          else warn(`vacancyLint.rules.${id} must be one of ${SEVERITY_SETTINGS.join(', ')}`);
        });
        break;
      case 'allowJavaScriptConfig':
        if (typeof value === 'boolean') out.allowJavaScriptConfig = value;
        else warn('vacancyLint.allowJavaScriptConfig must be true or false');
        break;
      case 'maxDocumentSizeMB':
        if (typeof value === 'number' && Number.isFinite(value) && value > 0) out.maxDocumentSizeMB = value;
        else warn('vacancyLint.maxDocumentSizeMB must be a number of megabytes above 0');
        break;
      case 'allow':
        if (Array.isArray(value)) out.allow = value.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
        else warn('vacancyLint.allow must be a list of phrases');
        break;
      case 'categories':
        forEachEntry(key, value, warn, (category, on) => {
          if (!(CATEGORIES as readonly string[]).includes(category)) warn(`vacancyLint.categories.${category} is not a category`);
          else if (typeof on !== 'boolean') warn(`vacancyLint.categories.${category} must be true or false`);
          else out.categories[category as Category] = on;
        });
        break;
      default:
        warn(`vacancyLint.${key} is not a known setting`);
    }
  }
  return out;
}

/** Settings may arrive flat or wrapped in `{ vacancyLint: {...} }` (initializationOptions, pushed settings). */
export function unwrapSettings(raw: unknown): unknown {
  return isRecord(raw) && isRecord(raw['vacancyLint']) ? raw['vacancyLint'] : raw;
}
