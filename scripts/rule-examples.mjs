// Runs rules' examples against the engine, in the manner of ESLint's RuleTester; one checker for
// `npm run rules:check` and test/rules.test.ts. Each example runs with its rule alone (every other
// rule and retext-equality off):
// - a `flag` example marks the spans the rule must report with [brackets], and the rule must
//   report exactly those;
// - a fixable rule's flag example gives `fixed`, the whole text after the fix, and applying the
//   rule's fix (core's selectFixes, as --fix does) must produce it, after which the rule is silent;
// - a `pass` example must not be flagged by the rule.
// Every problem names the YAML file and line of the example and what fired instead.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isMap, isSeq } from 'yaml';
import { flagExample, parseMarkedExample } from './build-rules.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The rule's examples as written in its YAML file, with line numbers and the config they run with. */
export function examplesInFile(rule) {
  const path = `rules/${rule.file}`;
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(join(root, path), 'utf8'), { lineCounter });
  const node = doc.get('rules').items.find((n) => isMap(n) && n.get('id') === rule.id);
  if (!isMap(node)) throw new Error(`${path}: rule ${rule.id} not found`);
  const list = (key) => {
    const seq = node.getIn(['examples', key], true);
    if (!isSeq(seq)) throw new Error(`${path}: ${rule.id} has no examples.${key}`);
    return seq.items.map((item) => ({ example: item.toJSON(), line: lineCounter.linePos(item.range[0]).line, where: `${path}:${lineCounter.linePos(item.range[0]).line}` }));
  };
  const config = node.getIn(['examples', 'config'])?.toJSON() ?? {};
  return { flag: list('flag'), pass: list('pass'), config };
}

/** The configuration an example runs with: its rule alone, at its own severity. */
export function aloneConfig(rule, extra) {
  return { ...extra, equality: false, rules: { nl: 'off', en: 'off', [rule.id]: rule.severity } };
}

export function mark(text, spans) {
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    out += text.slice(at, s) + '[' + text.slice(s, e) + ']';
    at = e;
  }
  return out + text.slice(at);
}

/** What fired on a text: this rule's spans, then every rule's findings with all rules on. */
function whatFired(core, rule, text, own, extra) {
  const all = core.lintSync(text, { language: rule.language, config: extra }).findings;
  return [
    `  ${rule.id} alone: ${own.length ? mark(text, own.map((f) => [f.offset, f.endOffset])) : 'nothing'}`,
    `  all rules: ${all.length ? all.map((f) => `${f.ruleId} [${f.actual}]`).join(', ') : 'nothing'}`,
  ].join('\n');
}

const ownFindings = (core, rule, text, config) => core.lintSync(text, { language: rule.language, config }).findings.filter((f) => f.ruleId === rule.id);

/** Problems with one flag example (empty when it holds). `core` is @vacancy-lint/core. */
export function flagProblems(core, rule, source, { example, where }) {
  const config = aloneConfig(rule, source.config);
  const { marked, fixed } = flagExample(example);
  const expected = parseMarkedExample(marked);
  if (!expected) return [`${where}: brackets must mark the expected spans: ${marked}`];
  const { text, spans } = expected;
  const own = ownFindings(core, rule, text, config);
  const problems = [];
  const got = mark(text, own.map((f) => [f.offset, f.endOffset]));
  if (got !== mark(text, spans)) problems.push(`${where}: ${rule.id} should flag ${mark(text, spans)}\n${whatFired(core, rule, text, own, source.config)}`);
  for (const f of own) if (text.slice(f.offset, f.endOffset) !== f.actual) problems.push(`${where}: ${rule.id} reports '${f.actual}' where the text has '${text.slice(f.offset, f.endOffset)}'`);
  if (rule.fixable) {
    if (fixed === undefined) return [...problems, `${where}: ${rule.id} is fixable, so this example needs 'fixed'`];
    const result = core.applyEdits(text, core.selectFixes(own, text));
    if (result !== fixed) problems.push(`${where}: the fix of ${rule.id} gives another text than 'fixed':\n  got:      ${result}\n  expected: ${fixed}`);
    // The fixed text is what the rule asked for: linting it again finds nothing to fix.
    const again = ownFindings(core, rule, fixed, config);
    if (again.length > 0) problems.push(`${where}: ${rule.id} still flags its own fixed text: ${again.map((f) => f.actual).join(', ')}`);
  } else if (own.some((f) => f.fixable)) {
    problems.push(`${where}: ${rule.id} is not fixable but a finding is`);
  }
  return problems;
}

/** Problems with one pass example (empty when the rule is silent on it). */
export function passProblems(core, rule, source, { example, where }) {
  const own = ownFindings(core, rule, example, aloneConfig(rule, source.config));
  return own.length === 0 ? [] : [`${where}: ${rule.id} should not flag this: ${example}\n${whatFired(core, rule, example, own, source.config)}`];
}

/** Every example of `rules` (RuleInfo from listRules); returns the problems and how many ran. */
export function checkExamples(core, rules) {
  const problems = [];
  let count = 0;
  for (const rule of rules) {
    const source = examplesInFile(rule);
    for (const flag of source.flag) problems.push(...flagProblems(core, rule, source, flag));
    for (const pass of source.pass) problems.push(...passProblems(core, rule, source, pass));
    count += source.flag.length + source.pass.length;
  }
  return { problems, count };
}
