/**
 * Region overlays (rules/<language>/regions/<region>.yml): what changes in the rules' texts where
 * another law applies. The rule files are written for one jurisdiction (Dutch rules for the
 * Netherlands, English rules for the UK and the US together); an overlay swaps the sources and the
 * wording that name a law or a country, so the rule files themselves stay the same.
 */
import type { Category, Language } from '../types.js';
import { regex } from '../regexes.js';

/** Every source that matches `match` (a regular expression) is replaced by `with` ([] drops it). */
export interface SourceReplacement {
  match: string;
  /** Only for rules of these categories (the legal ground); all rules when absent. */
  categories?: Category[];
  with: string[];
}

/** Text in messages, explanations and suggestions that matches `match` becomes `with`. */
export interface TextReplacement {
  match: string;
  categories?: Category[];
  with: string;
}

export interface RuleOverride {
  message?: string;
  explanation?: string;
  suggestions?: string[];
  sources?: string[];
}

export interface RegionOverlay {
  /** `nl-BE`, `en-US`, …; a bare language (`en`) is the overlay used when no region applies. */
  region: string;
  language: Language;
  /** What the region is, in English (for docs and messages). */
  name: string;
  sources?: SourceReplacement[];
  text?: TextReplacement[];
  /** Whole fields replaced for one rule, applied after `sources` and `text`. */
  rules?: Record<string, RuleOverride>;
}

/** The fields of a rule that an overlay may change. */
export interface RuleText {
  message: string;
  explanation: string;
  suggestions: string[];
  sources: string[];
}

interface CompiledOverlay {
  sources: Array<{ match: RegExp; categories?: Set<Category>; with: string[] }>;
  text: Array<{ match: RegExp; categories?: Set<Category>; with: string }>;
  rules: Record<string, RuleOverride>;
  cache: Map<string, RuleText>;
}

const compiled = new WeakMap<RegionOverlay, CompiledOverlay>();

function compile(overlay: RegionOverlay): CompiledOverlay {
  let c = compiled.get(overlay);
  if (!c) {
    const categories = (list?: Category[]) => (list ? { categories: new Set(list) } : {});
    c = {
      // Region data is rule data: its patterns are recorded like every rule pattern.
      sources: (overlay.sources ?? []).map((s, i) => ({ match: regex(`region:${overlay.region}.sources.${i + 1}`, s.match, 'u'), ...categories(s.categories), with: s.with })),
      text: (overlay.text ?? []).map((t, i) => ({ match: regex(`region:${overlay.region}.text.${i + 1}`, t.match, 'gu'), ...categories(t.categories), with: t.with })),
      rules: overlay.rules ?? {},
      cache: new Map(),
    };
    compiled.set(overlay, c);
  }
  return c;
}

/** A rule's texts as they read in the overlay's region (computed once per rule and region). */
export function localize(rule: { id: string; category: Category } & RuleText, overlay: RegionOverlay | undefined): RuleText {
  if (!overlay) return rule;
  const c = compile(overlay);
  const cached = c.cache.get(rule.id);
  if (cached) return cached;
  const applies = (entry: { categories?: Set<Category> }) => !entry.categories || entry.categories.has(rule.category);
  const sources: string[] = [];
  for (const source of rule.sources) {
    const swap = c.sources.find((s) => applies(s) && s.match.test(source));
    for (const s of swap ? swap.with : [source]) if (!sources.includes(s)) sources.push(s);
  }
  const rewrite = (value: string) => c.text.reduce((v, t) => (applies(t) ? v.replace(t.match, t.with) : v), value);
  const own = c.rules[rule.id] ?? {};
  const text: RuleText = {
    message: own.message ?? rewrite(rule.message),
    explanation: own.explanation ?? rewrite(rule.explanation),
    suggestions: own.suggestions ?? rule.suggestions.map(rewrite),
    sources: own.sources ?? sources,
  };
  c.cache.set(rule.id, text);
  return text;
}
