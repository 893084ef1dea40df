/**
 * The lint pipeline: input → language → tokens → rules → findings. `lintSync` is the whole job;
 * `lint` is its promise-returning twin for callers that prefer async.
 */
import { prepare } from './input/prepare.js';
import type { PreparedText } from './input/types.js';
import { sourceRange } from './input/text-map.js';
import { applyDirectives } from './findings/directives.js';
import type { Segment } from './language/detect.js';
import { largest, segmentsFor } from './language/segments.js';
import { unsupportedResult } from './language/unsupported.js';
import { localize } from './region/overlay.js';
import { checkRegion, overlayFor, regionFor, reportedRegion } from './region/resolve.js';
import { uncheckedFindings } from './input/unchecked.js';
import { parsePieces, type ParsedPiece } from './language/parse.js';
import { tokenize, type TokenStream } from './match/tokens.js';
import { matchPhrases, excusedByNeighbours, type Hit } from './match/phrases.js';
import { matchPatterns } from './match/patterns.js';
import { equalityHits, searchEquality, equalityOffByDefault, equalityWanted, type EqualityHit, type EqualityMatches } from './match/equality.js';
import { allowanceWords, payWords, requirementHeadings, ruleTable } from './rules/registry.js';
import { judgeHits } from './context/judge.js';
import { pluralOf } from './rules/morphology.js';
import { genericPronouns } from './context/pronouns.js';
import { LineIndex } from './findings/positions.js';
import { compileAllowList, equalitySeverity, isAllowed, resolveSeverity, settingFor } from './findings/config.js';
import { suggestionsFor } from './findings/casing.js';
import { dropContained } from './findings/dedupe.js';
import { summarize } from './findings/summary.js';
import { withGenderForm } from './findings/gender-form.js';
import { isFixSafe, spansMarkup } from './findings/fix-safety.js';
import { documentChecks } from './checks/document.js';
import type { Finding, Language, LintOptions, LintResult, VacancyLintConfig } from './types.js';
import { regex } from './regexes.js';

// Created through regex() (regexes.ts), which records them for the linearity test.
const WHITESPACE_RUN = regex('engine.whitespace-run', /\s+/gu);
const CAPITALISED_WORD = regex('engine.capitalised-word', /^\p{Lu}\p{Ll}/u);
const OPENING_MARK = regex('engine.opening-mark', /[\s"'“‘(\[*_-]/u);
const SENTENCE_BOUNDARY_MARK = regex('engine.sentence-boundary-mark', /[.!?:;\n•·]/u);

const WHITESPACE = regex('engine.whitespace', /\s+/gu);

export interface ParsedSegment extends Segment {
  /**
   * The segment's tree in pieces, in order, each with its offset in the segment (one piece at 0
   * for a tree that is given whole). Read once: a long segment is parsed piece by piece while it
   * is read, so each piece's tree can die young instead of living, and being copied by every
   * garbage collection, until the whole document is read.
   */
  trees: Iterable<ParsedPiece>;
}

interface Context {
  source: string;
  prepared: PreparedText;
  lines: LineIndex;
  config: VacancyLintConfig | undefined;
  findings: Finding[];
  /** Rule id → the first job-related reason for its demand anywhere in the document. */
  reasons?: Map<string, { start: number; end: number }>;
  /** Region (or bare language) whose texts each language's findings use. */
  regions: Record<Language, string>;
}

/** Source range of text range [start, end). */
function toSource(ctx: Context, start: number, end: number): [number, number] {
  const map = ctx.prepared.map;
  if (!map || end <= start) return [start, end];
  return sourceRange(map, start, end);
}

function position(ctx: Context, textStart: number, textEnd: number) {
  const [start, end] = toSource(ctx, textStart, textEnd);
  const a = ctx.lines.point(start);
  const b = ctx.lines.point(end);
  return { actual: ctx.source.slice(start, end), line: a.line, column: a.column, endLine: b.line, endColumn: b.column, offset: start, endOffset: end };
}

function ruleFindings(ctx: Context, hits: Hit[], stream: TokenStream, language: Language): void {
  const allow = compileAllowList(ctx.config, language);
  for (const hit of hits) {
    const { rule } = hit;
    const text = localize(rule, overlayFor(ctx.regions[language]));
    let severity = resolveSeverity(ctx.config, rule.id, language, rule.category, rule.severity);
    if (severity === 'off') continue;
    // A reason elsewhere in the ad answers the rule's question: say where, as information.
    const reason = rule.reasonFound ? ctx.reasons?.get(rule.id) : undefined;
    let message = text.message;
    if (reason && rule.reasonFound) {
      severity = 'info';
      message = rule.reasonFound
        .replaceAll('{reason}', ctx.source.slice(...toSource(ctx, reason.start, reason.end)).replace(WHITESPACE_RUN, ' '))
        .replaceAll('{line}', String(ctx.lines.point(toSource(ctx, reason.start, reason.end)[0]).line));
    }
    if (isAllowed({ offset: hit.start, endOffset: hit.end }, stream.tokens, hit.first, hit.last, allow)) continue;
    const where = position(ctx, hit.start, hit.end);
    const actual = where.actual;
    const shown = actual.replace(WHITESPACE, ' ');
    const raw = hit.suggestions ?? (hit.plural ? text.suggestions.map((s) => pluralOf(s, language)) : text.suggestions);
    const suggestions = withGenderForm(actual, suggestionsFor(hit.compoundHead, actual, raw), ctx.config?.genderForm);
    if (!suggestions) continue;
    // `{suggestion}`: the first suggestion as it will be offered (lexicon rules name it in the message).
    const fill = (template: string) =>
      Object.entries(hit.vars ?? {}).reduce(
        (t, [k, v]) => t.replaceAll(`{${k}}`, v),
        template.replaceAll('{actual}', shown).replaceAll('{suggestion}', suggestions[0] ?? ''),
      );
    const range = { source: ctx.source, text: ctx.prepared.text, textStart: hit.start, textEnd: hit.end, sourceStart: where.offset, sourceEnd: where.endOffset };
    ctx.findings.push({
      ruleId: rule.id,
      category: rule.category,
      severity,
      message: fill(message),
      explanation: fill(text.explanation),
      suggestions,
      // A check's computed suggestions are advice, not drop-ins; a lexicon entry says whether its own are.
      fixable:
        (rule.fixable ?? false) &&
        (hit.suggestions ? hit.dropIn === true : text.suggestions.length > 0 && !hit.plural) &&
        // Never a fix across markup: `<b>verpleeg</b>ster` must keep its tags.
        isFixSafe({ ...range, replacement: suggestions[0] ?? '' }),
      ...(spansMarkup(range) ? { spansMarkup: true as const } : {}),
      sources: text.sources,
      language,
      ...where,
    });
  }
}

function equalityFindings(ctx: Context, hits: EqualityHit[], ours: Array<{ start: number; end: number }>): void {
  for (const hit of hits) {
    // Our job-ad rules say it better, and where one of them excused the words ("former
    // chairman"), retext-equality must not flag them either: keep theirs only where ours are silent.
    if (ours.some((f) => f.start < hit.end && hit.start < f.end)) continue;
    // A capital inside a sentence makes the word a name here ("Superman", "the Ombudsman's office").
    if (capitalisedInsideSentence(ctx.prepared.text, hit.start)) continue;
    const where = position(ctx, hit.start, hit.end);
    const explicit = settingFor(ctx.config, hit.ruleId, 'en', hit.category);
    if (explicit === undefined && equalityOffByDefault(hit.id)) continue;
    const severity = explicit ?? equalitySeverity(hit.category);
    if (severity === 'off') continue;
    ctx.findings.push({
      ruleId: hit.ruleId,
      category: hit.category,
      severity,
      message: hit.message,
      explanation: hit.note || 'This word can exclude or hurt people; the suggestions are more inclusive.',
      suggestions: hit.suggestions,
      fixable: false,
      sources: [hit.url],
      language: 'en',
      ...where,
    });
  }
}

/** True when text[start] is a capital letter that no sentence start explains. */
function capitalisedInsideSentence(text: string, start: number): boolean {
  const first = text.charAt(start);
  if (first === first.toLowerCase()) return false;
  // Acronyms ("ADD", "O.C.D.") are written in capitals anywhere; a name has lower case after its capital.
  if (!CAPITALISED_WORD.test(text.slice(start, start + 2))) return false;
  let k = start - 1;
  while (k >= 0 && OPENING_MARK.test(text.charAt(k))) k--;
  return k >= 0 && !SENTENCE_BOUNDARY_MARK.test(text.charAt(k));
}

export interface AnalyzeOptions {
  /** The document as given: finding positions and `actual` refer to it. */
  source: string;
  /** What the rules read (input/prepare.ts). */
  prepared: PreparedText;
  /** Parsed passages of the prepared text, each in its language. */
  segments: ParsedSegment[];
  /** The document's main language: document-level findings and the result use it. */
  language: Language;
  config?: VacancyLintConfig | undefined;
  /** Report disable comments that silenced nothing. */
  reportUnusedDirectives?: boolean | undefined;
}

/**
 * Runs every rule over segments that are already parsed. Shared by `lintSync` and the unified
 * plugin (which gets its tree from the user's processor).
 */
export function analyze(options: AnalyzeOptions): LintResult {
  const { source, prepared, segments, language: mainLanguage, config, reportUnusedDirectives = false } = options;
  const region = checkRegion(config?.region);
  const regions = { nl: regionFor('nl', region, mainLanguage), en: regionFor('en', region, mainLanguage) };
  const ctx: Context = { source, prepared, lines: new LineIndex(source), config, findings: [], regions };
  const stream: TokenStream = { tokens: [], words: 0, sentences: [] };
  const sizes = new Map<Language, number>();
  const spans: Array<{ segment: Segment; from: number; to: number }> = [];
  // Findings wait until every segment is read: a reason for a demand may come later in the ad.
  const pending: Array<{ hits: Hit[]; language: Language }> = [];
  const reasons = new Map<string, { start: number; end: number }>();
  const equality = config?.equality !== false;
  const wanted = equalityWanted(config);
  for (const segment of segments) {
    const from = stream.tokens.length;
    // Everything after this loop reads tokens and text, never the tree: only retext-equality does.
    const matches: EqualityMatches | undefined = segment.language === 'en' && equality ? { dropped: [], kept: [] } : undefined;
    for (const { tree, offset } of segment.trees) {
      tokenize(tree, segment.start + offset, prepared.blockEnds, stream);
      if (matches) searchEquality(tree, wanted, matches, offset);
    }
    const to = stream.tokens.length;
    spans.push({ segment, from, to });
    sizes.set(segment.language, (sizes.get(segment.language) ?? 0) + segment.end - segment.start);
    const table = ruleTable(segment.language);
    const { hits, contexts, excused, reasons: phraseReasons } = matchPhrases(table, stream, from, to);
    const patternHits = matchPatterns(table, prepared.text, segment.start, segment.end, stream, (i) => contexts.get(i)).filter(
      (hit) => !excusedByNeighbours(hit.rule, stream.tokens, hit.first, hit.last),
    );
    // One context model for every rule: clauses that say the request is not made, and names.
    const judged = judgeHits([...hits, ...patternHits], stream, from, to, segment.language);
    const pronounRule = table.documentRules.find((r) => r.check === 'generic-pronoun');
    const pronouns: Hit[] = pronounRule
      ? genericPronouns(stream, from, to, segment.language).map((i) => ({ rule: pronounRule, start: stream.tokens[i]!.start, end: stream.tokens[i]!.end, first: i, last: i }))
      : [];
    pending.push({ hits: [...judged.kept, ...pronouns], language: segment.language });
    for (const [index, at] of phraseReasons) {
      const id = table.rules[index]!.id;
      if (!reasons.has(id)) reasons.set(id, at);
    }
    if (matches) {
      // Text ranges our rules matched, reported or excused (configuration aside).
      const ours = [...hits, ...patternHits, ...excused];
      equalityFindings(ctx, equalityHits(matches, prepared.text.slice(segment.start, segment.end), segment.start), ours);
    }
  }
  ctx.reasons = reasons;
  for (const { hits, language } of pending) ruleFindings(ctx, hits, stream, language);
  const document = documentChecks(prepared, stream, spans, mainLanguage, { tables: ruleTable, requirementHeadings: requirementHeadings(), payWords: payWords(), allowanceWords: allowanceWords(), genderCodedWords: config?.genderCodedWords });
  for (const span of spans) {
    const own = document.hits.filter((h) => h.rule.language === span.segment.language);
    if (own.length > 0) ruleFindings(ctx, own, stream, span.segment.language);
    document.hits = document.hits.filter((h) => h.rule.language !== span.segment.language);
  }
  if (prepared.unchecked) ctx.findings.push(...uncheckedFindings(prepared.unchecked, source, ctx.lines, mainLanguage, config));
  const { kept, unused } = applyDirectives(dropContained(ctx.findings), prepared.directives, ctx.lines);
  kept.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId));
  const languages = [...sizes.entries()].sort((a, b) => b[1] - a[1]).map(([l]) => l);
  const summary = { ...summarize(kept), words: stream.words, languages: languages.length ? languages : [mainLanguage], ...document.facts };
  const result: LintResult = { language: mainLanguage, findings: kept, summary };
  const reported = reportedRegion(regions[mainLanguage]);
  if (reported) result.region = reported;
  if (reportUnusedDirectives) {
    result.unusedDirectives = unused.map((d) => {
      const a = ctx.lines.point(d.offset);
      const b = ctx.lines.point(d.endOffset);
      return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, offset: d.offset, endOffset: d.endOffset, text: d.text };
    });
  }
  return result;
}

export function lintSync(source: string, options: LintOptions = {}): LintResult {
  return lintWith(source, options, parsePieces);
}

/**
 * `lintSync` with the parser given: `parsePieces` there; test/piecewise-lint.test.ts gives each
 * segment's whole tree at once, which must give the same result.
 */
export function lintWith(source: string, options: LintOptions, parse: (text: string, language: Language) => Iterable<ParsedPiece>): LintResult {
  const prepared = prepare(source, options.format ?? 'text');
  const config = options.region ? { ...options.config, region: options.region } : options.config;
  checkRegion(config?.region);
  const { language, looksLike, segments } = segmentsFor(prepared, options);
  // Passages in a language without rules are left out, never linted with the wrong rules; a
  // text with nothing else is reported as such.
  const parsed = segments.flatMap((s) => (s.language === 'und' ? [] : [{ ...s, language: s.language, trees: parse(prepared.text.slice(s.start, s.end), s.language) }]));
  if (parsed.length === 0) return unsupportedResult(prepared.text, looksLike);
  const main = language !== 'und' ? language : largest(parsed);
  return analyze({ source, prepared, segments: parsed, language: main, config, reportUnusedDirectives: options.reportUnusedDirectives });
}

export async function lint(source: string, options: LintOptions = {}): Promise<LintResult> {
  return lintSync(source, options);
}
