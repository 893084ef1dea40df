/** Which passages of a prepared text are in which language: the engine asks, this module decides. */
import type { PreparedText } from '../input/types.js';
import type { Language, LintOptions } from '../types.js';
import { segmentByLanguage, type DetectedSegment, type Segment } from './detect.js';

/** Language segments: forced, stated by the document, or detected per paragraph and sentence. */
export function segmentsFor(prepared: PreparedText, options: LintOptions): { language: Language | 'und'; looksLike?: string; segments: DetectedSegment[] } {
  const fallback = options.config?.defaultLanguage ?? 'nl';
  const forced = options.language && options.language !== 'auto' ? options.language : undefined;
  const whole = (language: Language) => ({ language, segments: [{ start: 0, end: prepared.text.length, language }] });
  if (forced) return whole(forced);
  if (prepared.languageRuns) {
    const segments: DetectedSegment[] = [];
    const sizes = new Map<Language, number>();
    for (const run of prepared.languageRuns) {
      const parts: DetectedSegment[] = run.language
        ? [{ start: run.start, end: run.end, language: run.language }]
        : segmentByLanguage(prepared.text.slice(run.start, run.end), prepared.language ?? fallback).segments.map((s) => ({ ...s, start: s.start + run.start, end: s.end + run.start }));
      for (const part of parts) {
        if (part.language !== 'und') sizes.set(part.language, (sizes.get(part.language) ?? 0) + part.end - part.start);
        segments.push(part);
      }
    }
    const main = prepared.language ?? [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
    return { language: main, segments };
  }
  if (prepared.language) return whole(prepared.language);
  return segmentByLanguage(prepared.text, fallback);
}

/** The language of most of the text among `segments`. */
export function largest(segments: readonly Segment[]): Language {
  const sizes: Record<Language, number> = { nl: 0, en: 0 };
  for (const s of segments) sizes[s.language] += s.end - s.start;
  return sizes.en > sizes.nl ? 'en' : 'nl';
}
