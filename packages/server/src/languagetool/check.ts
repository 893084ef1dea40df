/**
 * POST /v2/check from parameters to answer: LanguageTool's parameter checks, the text or annotated
 * `data`, the language, the lint in the worker pool, the selection of findings, the upstream merge.
 */
import { getRule, type LintOptions, type VacancyLintConfig } from '@vacancy-lint/core';
import { BadRequest } from '../errors.js';
import type { LintPool } from '../pool.js';
import { parseData, plainText, type AnnotatedText } from './annotated.js';
import { describeChecked, languageName, preferredRegions, resolveLanguage, type NamedLanguage } from './languages.js';
import { list, type Params } from './params.js';
import { software, toMatches, type LtResponse, type Software } from './response.js';
import { selection } from './selection.js';
import type { Upstream } from './upstream.js';

export interface CheckContext {
  pool: LintPool;
  config: VacancyLintConfig;
  software: Software;
  upstream?: Upstream;
}

/** Parameters LanguageTool's v2 renamed; it answers them with a hint, and so do we. */
const RENAMED: Record<string, string> = {
  enabled: "you specified 'enabled' but the parameter is now called 'enabledRules' in v2 of the API",
  disabled: "you specified 'disabled' but the parameter is now called 'disabledRules' in v2 of the API",
  preferredvariants: "you specified 'preferredvariants' but the parameter is now called 'preferredVariants' (uppercase 'V') in v2 of the API",
  autodetect: "you specified 'autodetect' but automatic language detection is now activated with 'language=auto' in v2 of the API",
};

function readText(params: Params): AnnotatedText {
  if (params.text !== undefined && params.data !== undefined) throw new BadRequest("set only 'text' or 'data' parameter, not both");
  if (params.text !== undefined) return plainText(params.text);
  if (params.data !== undefined) return parseData(params.data);
  throw new BadRequest("missing 'text' or 'data' parameter");
}

/** Rules the client enabled by name that the server's config switched off come back on. */
function withEnabledRules(config: VacancyLintConfig, enabledRules: string[]): VacancyLintConfig {
  if (enabledRules.length === 0 || !config.rules) return config;
  const rules = { ...config.rules };
  for (const id of enabledRules) {
    const rule = getRule(id);
    if (rule && rules[id] === 'off') rules[id] = rule.severity;
  }
  return { ...config, rules };
}

function confidence(confident: boolean | undefined): number {
  // Core's detector says confident or not; LanguageTool clients want a number.
  return confident === false ? 0.5 : 1;
}

export async function checkText(params: Params, form: string, ctx: CheckContext): Promise<LtResponse> {
  for (const [name, message] of Object.entries(RENAMED)) if (params[name] !== undefined) throw new BadRequest(message);
  const text = readText(params);
  if (!params.language) {
    throw new BadRequest("missing 'language' parameter, e.g. 'language=nl-NL' for Dutch, 'language=en-GB' for British English or 'language=auto'");
  }
  const choice = resolveLanguage(params.language);
  const variants = list(params, 'preferredVariants');
  if (variants.length > 0 && choice.kind !== 'auto') throw new BadRequest("you specified 'preferredVariants' but you didn't specify 'language=auto'");
  const wanted = selection(params);
  const config = withEnabledRules(ctx.config, wanted.enabledRules);

  const upstream = ctx.upstream?.check(form);
  let language: NamedLanguage;
  let detected: NamedLanguage & { confidence: number };
  let checked = true;
  let findings: Awaited<ReturnType<LintPool['lint']>>['result']['findings'] = [];
  if (choice.kind === 'unsupported') {
    checked = false;
    language = { name: choice.name, code: choice.code };
    detected = { ...language, confidence: 1 };
  } else {
    const options: LintOptions = {
      format: 'text',
      config,
      language: choice.kind === 'auto' ? 'auto' : choice.language,
      ...(choice.kind === 'checked' && choice.region ? { region: choice.region } : {}),
    };
    const regions = choice.kind === 'auto' ? preferredRegions(variants) : undefined;
    const reply = await ctx.pool.lint({ text: text.plain, options, detect: true, ...(regions ? { preferredRegions: regions } : {}) });
    const { result, detection } = reply;
    findings = result.findings.filter((f) => wanted.keep(f));
    if (result.language === 'und') {
      checked = false;
      const code = result.unsupported?.language ?? 'und';
      language = { name: result.unsupported?.name ?? languageName(code) ?? 'Unknown', code };
    } else if (choice.kind === 'checked') {
      language = { name: choice.name, code: choice.code };
    } else {
      language = describeChecked(result.language, result.region);
    }
    detected =
      detection && detection.language !== 'und'
        ? { ...describeChecked(detection.language, result.region), confidence: confidence(detection.confident) }
        : { ...language, confidence: confidence(detection?.confident) };
  }

  const { matches, sentenceRanges } = toMatches(findings, text);
  const response: LtResponse = {
    software: software(ctx.software),
    warnings: { incompleteResults: false },
    language: { ...language, detectedLanguage: { ...detected, source: 'vacancy-lint' } },
    matches,
    sentenceRanges,
  };
  if (upstream) await mergeUpstream(response, await upstream, checked);
  return response;
}

async function mergeUpstream(response: LtResponse, answer: Awaited<ReturnType<Upstream['check']>>, checked: boolean): Promise<void> {
  if (!answer.ok) {
    response.warnings = { incompleteResults: true, incompleteResultsReason: answer.reason };
    return;
  }
  const theirs = Array.isArray(answer.body.matches) ? (answer.body.matches as LtResponse['matches']) : [];
  response.matches = [...response.matches, ...theirs].sort((a, b) => a.offset - b.offset || a.length - b.length);
  // For a language we do not check, the upstream server knows better what it is.
  if (!checked && answer.body.language && typeof answer.body.language === 'object') {
    response.language = answer.body.language as LtResponse['language'];
  }
}
