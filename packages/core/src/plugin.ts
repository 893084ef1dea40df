/**
 * vacancy-lint as a unified/retext plugin:
 *
 *   const file = await retext().use(retextDutch).use(retextVacancyLint).process(text)
 *
 * Findings become VFile messages (source `vacancy-lint`, `ruleId`, `actual`, `expected`, `note`,
 * `url`; `fatal: true` for errors, `false` for warnings, undefined for info).
 */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { analyze } from './engine.js';
import { prepareParsed } from './input/prepare.js';
import { detectLanguage } from './language/detect.js';
import { unsupportedNotice } from './language/unsupported.js';
import { ruleDocsUrl } from './rules/registry.js';
import { isEqualityRule } from './rules/ids.js';
import type { Language, VacancyLintConfig } from './types.js';

export interface PluginOptions {
  /** Language of the text; `auto` (default) detects it. */
  language?: Language | 'auto';
  config?: VacancyLintConfig;
}

export default function retextVacancyLint(options: PluginOptions = {}) {
  return function transform(tree: Root, file: VFile): void {
    const source = String(file);
    const detected =
      options.language && options.language !== 'auto'
        ? { language: options.language }
        : detectLanguage(source, options.config?.defaultLanguage ?? 'nl');
    if (detected.language === 'und') {
      // Not Dutch or English: say so once instead of linting with the wrong rules.
      file.info(unsupportedNotice(detected.looksLike).message, { ruleId: 'unsupported-language', source: 'vacancy-lint' });
      return;
    }
    const language = detected.language;
    const result = analyze({ source, prepared: prepareParsed(source), segments: [{ start: 0, end: source.length, language, trees: [{ tree, offset: 0 }] }], language, config: options.config });
    for (const finding of result.findings) {
      const message = file.message(finding.message, {
        place: {
          start: { line: finding.line, column: finding.column, offset: finding.offset },
          end: { line: finding.endLine, column: finding.endColumn, offset: finding.endOffset },
        },
        ruleId: finding.ruleId,
        source: 'vacancy-lint',
      });
      message.actual = finding.actual;
      message.expected = finding.suggestions;
      message.note = finding.explanation;
      message.url = isEqualityRule(finding.ruleId) ? finding.sources[0] : ruleDocsUrl(finding.ruleId);
      message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined;
    }
  };
}
