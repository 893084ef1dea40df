/**
 * Applies the disable directives found in the input (input/directives.ts reads them) to findings:
 * a directive names rules by id, by a dot-prefix of ids (`nl.age`) or by category (`age`).
 */
import type { Finding } from '../types.js';
import type { Directive } from '../input/types.js';
import type { LineIndex } from './positions.js';

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
