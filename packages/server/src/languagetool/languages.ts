/**
 * The `language` parameter. Dutch and English in any variant are checked (a variant that is one of
 * core's regions sets the region: nl-BE cites Belgian law); any other real language gets an empty
 * result, as the issue asks, so a client pointed at this server never breaks on a German text; a
 * code that names no language at all is a 400.
 */
import { REGIONS, type Language, type Region } from '@vacancy-lint/core';
import { BadRequest } from '../errors.js';

/** One entry of GET /v2/languages, LanguageTool's shape. */
export interface LtLanguage {
  name: string;
  code: string;
  longCode: string;
}

/** Names as LanguageTool gives them, for the variants clients ask for. */
const NAMES: Record<string, string> = {
  nl: 'Dutch',
  'nl-NL': 'Dutch',
  'nl-BE': 'Dutch (Belgium)',
  en: 'English',
  'en-US': 'English (US)',
  'en-GB': 'English (GB)',
  'en-AU': 'English (Australian)',
  'en-CA': 'English (Canadian)',
  'en-NZ': 'English (New Zealand)',
  'en-ZA': 'English (South African)',
  'en-IE': 'English (Ireland)',
  'en-NL': 'English (Netherlands)',
};

/** GET /v2/languages: what clients offer in their language menus. */
export const LANGUAGES: readonly LtLanguage[] = [
  { name: 'Dutch', code: 'nl', longCode: 'nl-NL' },
  { name: 'Dutch (Belgium)', code: 'nl', longCode: 'nl-BE' },
  { name: 'English', code: 'en', longCode: 'en' },
  { name: 'English (Australian)', code: 'en', longCode: 'en-AU' },
  { name: 'English (Canadian)', code: 'en', longCode: 'en-CA' },
  { name: 'English (GB)', code: 'en', longCode: 'en-GB' },
  { name: 'English (Ireland)', code: 'en', longCode: 'en-IE' },
  { name: 'English (New Zealand)', code: 'en', longCode: 'en-NZ' },
  { name: 'English (South African)', code: 'en', longCode: 'en-ZA' },
  { name: 'English (US)', code: 'en', longCode: 'en-US' },
];

export interface NamedLanguage {
  name: string;
  code: string;
}

export type LanguageChoice =
  | { kind: 'auto' }
  | ({ kind: 'checked'; language: Language; region?: Region } & NamedLanguage)
  | ({ kind: 'unsupported' } & NamedLanguage);

const TAG = /^([a-z]{2,3})(?:-([a-z0-9]{2,8}))*$/iu;
let displayNames: Intl.DisplayNames | undefined;

/** English name of a language tag, or undefined when it names no language. */
export function languageName(tag: string): string | undefined {
  displayNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  try {
    return displayNames.of(tag);
  } catch {
    return undefined;
  }
}

/** `de-de` → `de-DE`. */
function canonical(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
}

function isRegion(tag: string): tag is Region {
  return (REGIONS as readonly string[]).includes(tag);
}

export function resolveLanguage(param: string): LanguageChoice {
  if (param === 'auto') return { kind: 'auto' };
  const match = TAG.exec(param);
  const base = match?.[1]?.toLowerCase();
  if (!match || !base || !languageName(base)) {
    throw new BadRequest(`'${param.slice(0, 40)}' is not a language code; use e.g. 'nl', 'nl-BE', 'en-GB' or 'auto' (GET /v2/languages lists them)`);
  }
  const tag = canonical(param);
  if (base === 'nl' || base === 'en') {
    const region = isRegion(tag) ? tag : undefined;
    const code = tag === 'nl' ? 'nl-NL' : tag;
    return { kind: 'checked', language: base, ...(region ? { region } : {}), name: NAMES[tag] ?? languageName(tag) ?? NAMES[base]!, code };
  }
  return { kind: 'unsupported', name: languageName(tag) ?? languageName(base)!, code: tag };
}

/** The name and code LanguageTool would show for a checked language and region. */
export function describeChecked(language: Language, region: Region | undefined): NamedLanguage {
  if (region && region.startsWith(language)) return { name: NAMES[region] ?? region, code: region };
  return language === 'nl' ? { name: 'Dutch', code: 'nl-NL' } : { name: 'English', code: 'en' };
}

/** `preferredVariants=en-GB,nl-BE`: the region per language for `language=auto`. */
export function preferredRegions(variants: string[]): Partial<Record<Language, Region>> {
  const out: Partial<Record<Language, Region>> = {};
  for (const variant of variants) {
    if (!variant.includes('-')) throw new BadRequest(`invalid format for 'preferredVariants', expected a dash as in 'en-GB': '${variant.slice(0, 20)}'`);
    const tag = canonical(variant);
    const base = tag.split('-')[0];
    if ((base === 'nl' || base === 'en') && isRegion(tag) && !out[base]) out[base] = tag;
  }
  return out;
}
