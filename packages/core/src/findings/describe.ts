/**
 * What a rule (or a finding of it) is, as labelled fields in the rule's own language: one label
 * table (field headings here; category and severity names in labels.ts) and one renderer for the CLI's `--explain`, the editor's hover and the generated rule
 * pages, so the three cannot drift apart or show English headings for a Dutch rule.
 */
import type { RuleInfo } from '../rules/registry.js';
import type { Language } from '../types.js';
import { regex } from '../regexes.js';
import { categoryLabel, severityLabel } from './labels.js';

export type RuleField = 'severity' | 'category' | 'matches' | 'message' | 'why' | 'instead' | 'reason' | 'sources' | 'flagged' | 'passed' | 'docs';

/** A piece of text and how it is shown: plain, quoted (a word to write), code (a pattern), a link. */
export interface Part {
  text: string;
  style?: 'quote' | 'code' | 'link';
}

export interface DescribedField {
  field: RuleField;
  label: string;
  parts: Part[];
  /** Shown as a list, one part an item (examples, sources); otherwise on one line. */
  list: boolean;
}

export interface RuleDescription {
  id: string;
  language: Language;
  fields: DescribedField[];
}

/** A rule, or a finding seen as its rule (message and explanation already filled in). */
export type Describable = Pick<RuleInfo, 'id' | 'language' | 'message' | 'explanation' | 'suggestions' | 'sources'> &
  Partial<Pick<RuleInfo, 'severity' | 'category' | 'fixable' | 'kind' | 'phrases' | 'pattern' | 'lexicon' | 'lexiconSize' | 'reasons' | 'examples' | 'docsUrl' | 'max'>>;

interface Labels {
  fields: Record<RuleField, string>;
  fixable: string;
  /** What a rule that refers back to someone (generic he) looks for. */
  reference: string;
  lexicon: (size: number) => string;
  lexiconAdvice: string;
  noSuggestion: string;
}

const LABELS: Record<Language, Labels> = {
  nl: {
    fields: {
      severity: 'Ernst',
      category: 'Categorie',
      matches: 'Zoekt naar',
      message: 'Melding',
      why: 'Waarom',
      instead: 'Schrijf liever',
      reason: 'Reden elders in de tekst',
      sources: 'Bronnen',
      flagged: 'Wordt gemeld',
      passed: 'Wordt niet gemeld',
      docs: 'Documentatie',
    },
    fixable: 'automatisch te verbeteren met --fix',
    reference: "'hij', 'hem' en 'zijn' die naar de kandidaat of de functie verwijzen (zie rules/nl/lexicon/context.yml)",
    lexicon: (n) => `${n} titels met meervouden en samenstellingen`,
    lexiconAdvice: 'de neutrale titel uit de tabel, in hetzelfde getal',
    noSuggestion: 'Haal het weg of beschrijf wat het werk vraagt.',
  },
  en: {
    fields: {
      severity: 'Severity',
      category: 'Category',
      matches: 'Looks for',
      message: 'Message',
      why: 'Why',
      instead: 'Write instead',
      reason: 'Reason elsewhere in the text',
      sources: 'Sources',
      flagged: 'Flagged',
      passed: 'Not flagged',
      docs: 'Documentation',
    },
    fixable: 'fixable with --fix',
    reference: "'he', 'him' and 'his' that refer to the candidate or the role (see rules/en/lexicon/context.yml)",
    lexicon: (n) => `${n} titles with plurals`,
    lexiconAdvice: 'the neutral title from the table, in the same number',
    noSuggestion: 'Remove it, or describe what the job needs.',
  },
};

/** Placeholders (`{actual}`, `{suggestion}`, a check's own) stand for words of a text: shown as '…'. */
const PLACEHOLDER = regex('describe.placeholder', /\{\w+\}/gu);
const WHITESPACE = regex('describe.whitespace', /\s+/gu);
const oneLine = (s: string) => s.replace(WHITESPACE, ' ').trim();
/** The rule's own numbers (`{max}`) are known; the words of a text are not. */
const plain = (text: string, rule: Describable): Part => ({
  text: oneLine((rule.max === undefined ? text : text.replaceAll('{max}', String(rule.max))).replace(PLACEHOLDER, '…')),
});

function matches(rule: Describable, l: Labels): Part[] | undefined {
  if (rule.kind === 'reference') return [{ text: l.reference }];
  if (rule.kind === 'document' || rule.kind === undefined) return undefined;
  if (rule.phrases) return rule.phrases.map((p) => ({ text: p, style: 'code' }));
  if (rule.pattern) return [{ text: rule.pattern, style: 'code' }];
  if (rule.lexicon) {
    return [{ text: `rules/${rule.language}/lexicon/${rule.lexicon}.yml`, style: 'code' }, { text: l.lexicon(rule.lexiconSize ?? 0) }];
  }
  return undefined;
}

/** The rule's fields, labelled in `language` (by default the rule's own). */
export function describeRule(rule: Describable, language: Language = rule.language): RuleDescription {
  const l = LABELS[language];
  const fields: DescribedField[] = [];
  const add = (field: RuleField, parts: Part[] | undefined, list = false) => {
    if (parts && parts.length > 0) fields.push({ field, label: l.fields[field], parts, list });
  };
  if (rule.severity) add('severity', [{ text: severityLabel(rule.severity, language) + (rule.fixable ? ` · ${l.fixable}` : '') }]);
  // The name in the reader's language, and the key a configuration turns the category off by.
  if (rule.category) add('category', [{ text: `${categoryLabel(rule.category, language)} (${rule.category})` }]);
  add('matches', matches(rule, l));
  add('message', [plain(rule.message, rule)]);
  add('why', [plain(rule.explanation, rule)]);
  add(
    'instead',
    rule.suggestions.length > 0
      ? rule.suggestions.map((s) => ({ text: s, style: 'quote' }))
      : [{ text: rule.lexicon ? l.lexiconAdvice : l.noSuggestion }],
  );
  add('reason', rule.reasons?.map((r) => ({ text: r, style: 'code' })));
  add('sources', rule.sources.map((s) => ({ text: oneLine(s), style: 'link' })), true);
  add('flagged', rule.examples?.flag.map((e) => ({ text: oneLine(e) })), true);
  add('passed', rule.examples?.pass.map((e) => ({ text: oneLine(e) })), true);
  if (rule.docsUrl) add('docs', [{ text: rule.docsUrl, style: 'link' }]);
  return { id: rule.id, language: rule.language, fields };
}

const MARKDOWN_SPECIAL = regex('describe.markdown-special', /([\\`*_[\]<>])/gu);
const URL = regex('describe.url', /^https?:\/\/\S+$/u);

function markdownPart(part: Part): string {
  const escaped = part.text.replace(MARKDOWN_SPECIAL, '\\$1');
  if (part.style === 'code') return '`' + part.text.replaceAll('`', "'") + '`';
  if (part.style === 'quote') return `'${escaped}'`;
  if (part.style === 'link' && URL.test(part.text)) return `<${part.text}>`;
  return escaped;
}

function textPart(part: Part): string {
  return part.style === 'quote' ? `'${part.text}'` : part.text;
}

/**
 * The fields as Markdown (a list, for hovers and the rule pages) or as plain text (for a
 * terminal). Callers put their own heading above: the rule id, or a finding's message.
 */
export function renderRule(description: RuleDescription, format: 'markdown' | 'text'): string {
  const lines: string[] = [];
  for (const f of description.fields) {
    if (format === 'markdown') {
      if (f.list) lines.push(`- **${f.label}:**`, ...f.parts.map((p) => `  - ${markdownPart(p)}`));
      else lines.push(`- **${f.label}:** ${f.parts.map(markdownPart).join(', ')}`);
    } else if (f.list) {
      lines.push(`${f.label}:`, ...f.parts.map((p) => `  - ${textPart(p)}`));
    } else {
      lines.push(`${f.label}: ${f.parts.map(textPart).join(', ')}`);
    }
  }
  return lines.join('\n');
}
