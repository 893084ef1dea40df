/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/), the format code-scanning tools
 * (GitHub, GitLab, Azure DevOps) read. Each rule that has a result is described from core's rule
 * metadata: message as short description, explanation as help, sources, docs URL.
 */
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getRule, ruleDocsUrl, type Finding, type Severity } from '@vacancy-lint/core';
import type { FileResult } from './types.js';
import { summarizeRun } from './summary.js';
import { PLACEHOLDER, streamJson } from './stream-json.js';
import { VERSION } from '../version.js';


const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { category: string; tags: string[]; sources: string[]; fixable: boolean };
}

function helpFor(explanation: string, suggestions: readonly string[], sources: readonly string[]) {
  const text = [explanation, suggestions.length ? `Instead: ${suggestions.join(', ')}.` : '', sources.length ? `Sources: ${sources.join('; ')}` : '']
    .filter(Boolean)
    .join('\n\n');
  const markdown = [
    explanation,
    suggestions.length ? `**Instead:** ${suggestions.map((s) => `\`${s}\``).join(', ')}` : '',
    sources.length ? `**Sources:**\n${sources.map((s) => `- ${s}`).join('\n')}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  return { text, markdown };
}

/** Rule metadata from core; for rules it does not list (retext-equality's), from the finding. */
function descriptor(finding: Finding): ReportingDescriptor {
  const rule = getRule(finding.ruleId);
  const message = rule ? rule.message.replace(/\{\w+\}/gu, '…') : finding.message;
  const explanation = rule?.explanation ?? finding.explanation;
  const suggestions = rule?.suggestions ?? [];
  const sources = rule?.sources ?? finding.sources;
  const url = rule?.docsUrl ?? (finding.ruleId.includes('.') ? ruleDocsUrl(finding.ruleId) : undefined);
  return {
    id: finding.ruleId,
    name: finding.ruleId.split('.').pop()!,
    shortDescription: { text: message },
    fullDescription: { text: explanation },
    help: helpFor(explanation, suggestions, sources),
    ...(url && /^https?:/u.test(url) ? { helpUri: url } : {}),
    defaultConfiguration: { level: LEVEL[rule?.severity ?? finding.severity] },
    properties: { category: rule?.category ?? finding.category, tags: ['inclusive-language', rule?.category ?? finding.category], sources, fixable: rule?.fixable ?? finding.fixable },
  };
}

/** Relative, '/'-separated and percent-encoded: what `artifactLocation.uri` with %SRCROOT% expects. */
function artifactUri(filePath: string, cwd: string): string {
  const rel = relative(cwd, filePath);
  const path = rel.startsWith('..') ? filePath : rel;
  return path.split(sep).map((part) => encodeURIComponent(part).replaceAll('%3A', ':')).join('/');
}

function sarifResult(m: Finding, uri: string, ruleIndex: number): unknown {
  const region = {
    startLine: m.line,
    startColumn: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    charOffset: m.offset,
    charLength: m.endOffset - m.offset,
    snippet: { text: m.actual },
  };
  return {
    ruleId: m.ruleId,
    ruleIndex,
    level: LEVEL[m.severity],
    message: { text: m.suggestions.length ? `${m.message} Suggestion: ${m.suggestions.join(', ')}.` : m.message },
    locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region } }],
    // Stable across runs as long as the flagged text stays, so code scanning can track alerts.
    partialFingerprints: { 'vacancyLint/v1': `${m.ruleId}:${m.actual.toLowerCase()}:${m.line}` },
    ...(m.fixable && m.suggestions.length
      ? {
          fixes: [
            {
              description: { text: `Replace with '${m.suggestions[0]}'` },
              artifactChanges: [{ artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, replacements: [{ deletedRegion: { charOffset: m.offset, charLength: m.endOffset - m.offset }, insertedContent: { text: m.suggestions[0] } }] }],
            },
          ],
        }
      : {}),
    properties: { category: m.category, language: m.language, suggestions: m.suggestions },
  };
}

/**
 * The SARIF log in pieces (same text as `formatSarif`): the rules are collected in a first pass,
 * the results are written one at a time, so any number of findings fits.
 */
export function* sarifChunks(results: readonly FileResult[], cwd = process.cwd()): Generator<string> {
  const rules: ReportingDescriptor[] = [];
  const index = new Map<string, number>();
  for (const r of results) {
    for (const m of r.messages) {
      if (index.has(m.ruleId)) continue;
      index.set(m.ruleId, rules.length);
      rules.push(descriptor(m));
    }
  }
  function* sarifResults(): Generator<unknown> {
    for (const r of results) {
      const uri = artifactUri(r.filePath === '<stdin>' ? 'stdin' : r.filePath, cwd);
      for (const m of r.messages) yield sarifResult(m, uri, index.get(m.ruleId)!);
    }
  }
  const run = summarizeRun(results);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vacancy-lint',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: 'https://github.com/vacancy-lint/vacancy-lint',
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results: PLACEHOLDER,
        properties: { summary: { byCategory: run.byCategory, genderCoded: run.genderCoded } },
      },
    ],
  };
  yield* streamJson(log, sarifResults(), true);
  yield '\n';
}

export function formatSarif(results: readonly FileResult[], cwd = process.cwd()): string {
  return [...sarifChunks(results, cwd)].join('');
}
