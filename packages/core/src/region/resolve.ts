/**
 * Which region's law applies to a passage. A region is a language and a country (`nl-BE`); the
 * country is the jurisdiction, so it applies to every passage of a document: an English paragraph
 * in a Belgian ad is under Belgian law too. Where we have no data for a passage's language in that
 * country, the language's own default applies.
 */
import { regionOverlays } from '../generated/rules.js';
import { REGIONS, type Language, type Region } from '../types.js';
import type { RegionOverlay } from './overlay.js';

/**
 * Regions without an overlay: the rule data is written for them. Dutch rules cite Dutch law;
 * English rules cite UK and US law side by side, which the neutral overlay (`en`) keeps, without
 * naming one country in a suggestion.
 */
const BASE: Record<Language, string> = { nl: 'nl-NL', en: 'en' };

export function isRegion(value: unknown): value is Region {
  return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}

/** The region itself when it is known; a clear error for JavaScript callers who pass another. */
export function checkRegion(value: unknown): Region | undefined {
  if (value === undefined || isRegion(value)) return value;
  throw new TypeError(`Unknown region '${String(value)}': use one of ${REGIONS.join(', ')}.`);
}

/**
 * The region (or bare language, for no region) whose texts a passage in `language` gets.
 * @param configured the region the caller set, if any
 * @param main the document's main language: without a configured region, Dutch documents are
 *   read as Dutch (nl-NL: the rules' own law), English ones as from no particular country.
 */
export function regionFor(language: Language, configured: Region | undefined, main: Language): string {
  const country = configured ? configured.slice(3) : main === 'nl' ? 'NL' : undefined;
  if (country) {
    const tag = `${language}-${country}`;
    if (tag === BASE[language] || regionOverlays.some((o) => o.region === tag)) return tag;
  }
  return BASE[language];
}

export function overlayFor(region: string): RegionOverlay | undefined {
  return regionOverlays.find((o) => o.region === region);
}

/** What `LintResult.region` reports: a country region, or nothing when none applies. */
export function reportedRegion(region: string): Region | undefined {
  return region.includes('-') ? (region as Region) : undefined;
}
