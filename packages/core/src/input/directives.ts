/**
 * Inline directives in Markdown and HTML comments:
 *   <!-- vacancy-lint-disable [rule…] -->   <!-- vacancy-lint-enable [rule…] -->
 *   <!-- vacancy-lint-disable-next-line [rule…] -->   <!-- vacancy-lint-disable-line [rule…] -->
 * A rule may be named by id, by a dot-prefix of ids (`nl.age`) or by category (`age`).
 */
import type { Finding } from '../types.js';
import type { LineIndex } from '../findings/positions.js';
import { regex } from '../regexes.js';

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Empty: every rule. */
  rules: string[];
  /** Source range of the comment. */
  offset: number;
  endOffset: number;
  text: string;
}

// Matched against the trimmed comment: a lazy `[^]*?` followed by `\s*$` would retry the
// trailing whitespace from every position, quadratic on a comment with a long run of spaces.
const DIRECTIVE = regex('input.directive', /^vacancy-lint-(disable-next-line|disable-line|disable|enable)(?:\s+([^]*))?$/u);
const RULE_SEPARATOR = regex('input.directive-separator', /[\s,]+/u);

/** `value` is the comment's content (without `<!--`/`-->`). */
export function parseDirective(value: string, offset: number, endOffset: number): Directive | undefined {
  const m = DIRECTIVE.exec(value.trim());
  if (!m) return undefined;
  const rules = (m[2] ?? '').split(RULE_SEPARATOR).filter((r) => r !== '' && r !== '--');
  return { kind: m[1] as Directive['kind'], rules, offset, endOffset, text: `<!--${value}-->` };
}

function names(directive: Directive, finding: Finding): boolean {
  if (directive.rules.length === 0) return true;
  return directive.rules.some((r) => r === finding.ruleId || r === finding.category || finding.ruleId.startsWith(r + '.'));
}

/**
 * Drops findings silenced by a directive. Returns the kept findings and the directives that
 * silenced nothing (for --report-unused-disable-directives).
 */
export function applyDirectives(findings: Finding[], directives: readonly Directive[], lines: LineIndex): { kept: Finding[]; unused: Directive[] } {
  if (directives.length === 0) return { kept: findings, unused: [] };
  const used = new Set<Directive>();
  const ranges = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.offset - b.offset);
  const lineDirectives = directives.filter((d) => d.kind === 'disable-next-line' || d.kind === 'disable-line');
  const kept = findings.filter((finding) => {
    for (const d of lineDirectives) {
      const line = lines.point(d.kind === 'disable-line' ? d.offset : d.endOffset).line + (d.kind === 'disable-next-line' ? 1 : 0);
      if (finding.line === line && names(d, finding)) {
        used.add(d);
        return false;
      }
    }
    // The last disable/enable before the finding that names it decides.
    let silencer: Directive | undefined;
    for (const d of ranges) {
      if (d.offset > finding.offset) break;
      if (!names(d, finding)) continue;
      silencer = d.kind === 'disable' ? d : undefined;
    }
    if (silencer) {
      used.add(silencer);
      return false;
    }
    return true;
  });
  return { kept, unused: directives.filter((d) => d.kind !== 'enable' && !used.has(d)) };
}
