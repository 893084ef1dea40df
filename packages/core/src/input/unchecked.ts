/**
 * Parts of a document the rules did not see because of an input limit become one finding each,
 * so a reader knows the text there was not checked (instead of a crash, or silence).
 */
import type { Finding, Language, VacancyLintConfig } from '../types.js';
import type { LineIndex } from '../findings/positions.js';
import { resolveSeverity } from '../findings/config.js';
import { MAX_NESTING } from './nesting.js';
import type { UncheckedRange } from './types.js';

const MESSAGES: Record<Language, { message: string; explanation: string }> = {
  nl: {
    message: `Dit deel is dieper genest dan ${MAX_NESTING} niveaus en is niet gecontroleerd.`,
    explanation: `Lijsten en citaten die meer dan ${MAX_NESTING} niveaus diep in elkaar zitten, leest vacancy-lint niet: dat kost te veel tijd en komt in een vacature niet voor. Maak de lijst minder diep, dan wordt de tekst wel gecontroleerd.`,
  },
  en: {
    message: `This part is nested deeper than ${MAX_NESTING} levels and is not checked.`,
    explanation: `vacancy-lint does not read lists and quotes nested more than ${MAX_NESTING} levels deep: it would take too long, and job ads never nest that deep. Make the nesting shallower to have this text checked.`,
  },
};

export const NESTING_RULE = 'structure.nesting-too-deep';

export function uncheckedFindings(ranges: readonly UncheckedRange[], source: string, lines: LineIndex, language: Language, config: VacancyLintConfig | undefined): Finding[] {
  const ruleId = `${language}.${NESTING_RULE}`;
  const severity = resolveSeverity(config, ruleId, language, 'structure', 'warning');
  if (severity === 'off') return [];
  return ranges.map((range) => {
    const a = lines.point(range.offset);
    const b = lines.point(range.endOffset);
    return {
      ruleId,
      category: 'structure',
      severity,
      ...MESSAGES[language],
      suggestions: [],
      fixable: false,
      sources: [],
      language,
      actual: source.slice(range.offset, range.endOffset),
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      offset: range.offset,
      endOffset: range.endOffset,
    };
  });
}
