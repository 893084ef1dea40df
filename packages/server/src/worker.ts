/**
 * Worker-thread entry (piscina): lints one text. Kept off the event loop so one huge text does not
 * stall other requests; the pool stops this thread when the request's time limit passes.
 */
import { detectLanguage, lintSync, type Language, type LintOptions, type LintResult, type Region } from '@vacancy-lint/core';

export interface LintTask {
  text: string;
  options: LintOptions;
  /**
   * LanguageTool's `preferredVariants` with `language=auto`: the region to use when the text turns
   * out to be in that language. Needs the detection first, so it is decided here, in the worker.
   */
  preferredRegions?: Partial<Record<Language, Region>>;
  /** Also report the document-level detection (for LanguageTool's `detectedLanguage`). */
  detect?: boolean;
}

export interface LintReply {
  result: LintResult;
  detection?: { language: Language | 'und'; confident: boolean; looksLike?: string };
}

// Build both languages' rule tables now, when the thread starts (with the server, or after a
// thread was stopped for the time limit), not inside the first request's time limit.
lintSync('Wij zoeken een collega.', { language: 'nl' });
lintSync('We are hiring a colleague.', { language: 'en' });

export default function lintTask(task: LintTask): LintReply {
  const options: LintOptions = { ...task.options };
  let detection: LintReply['detection'];
  if (task.detect || task.preferredRegions) {
    const fallback = options.config?.defaultLanguage ?? 'nl';
    const found = detectLanguage(task.text, fallback);
    detection = { language: found.language, confident: found.confident, ...(found.looksLike ? { looksLike: found.looksLike } : {}) };
    const preferred = found.language === 'und' ? undefined : task.preferredRegions?.[found.language];
    if (preferred && !options.region) options.region = preferred;
  }
  const result = lintSync(task.text, options);
  return detection ? { result, detection } : { result };
}
