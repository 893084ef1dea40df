/**
 * The context model every rule goes through: a hit is kept, or excused because its clause says
 * the request is not made, or because it is part of a proper name. Rules do not each keep lists
 * for these; the words are in rules/<lang>/lexicon/context.yml.
 */
import type { Hit } from '../match/phrases.js';
import type { TokenStream } from '../match/tokens.js';
import type { Language } from '../types.js';
import type { Span } from './negation.js';
import { clauseNumbers } from './clauses.js';
import { insideName } from './names.js';
import { notRequiredSpans, phraseSpans } from './negation.js';
import { contextWordsFor } from './words.js';

export interface Judged {
  kept: Hit[];
  /** Hits the context excused, with the reason (for tools that explain silence). */
  excused: Array<Hit & { why: 'not-required' | 'name' | 'others' }>;
}

export function judgeHits(hits: Hit[], stream: TokenStream, from: number, to: number, language: Language): Judged {
  const words = contextWordsFor(language);
  const kept: Hit[] = [];
  const excused: Judged['excused'] = [];
  if (hits.length === 0) return { kept, excused };
  const clauses = clauseNumbers(stream, from, to, words);
  const negations = notRequiredSpans(stream, from, to, words);
  const cues = phraseSpans(stream, from, to, words.othersCues);
  const clauseOf = (i: number) => clauses[i - from] ?? -1;
  for (const hit of hits) {
    const { category } = hit.rule;
    const inRange = hit.first >= from && hit.first < to;
    if (inRange && words.negatable.has(category)) {
      const clause = clauseOf(hit.first);
      const negated = negations.some((n) => clauseOf(n.first) === clause && (n.last < hit.first || n.first > hit.last));
      if (negated) {
        excused.push({ ...hit, why: 'not-required' });
        continue;
      }
    }
    if (inRange && words.othersCategories.has(category) && aboutOthers(hit, cues, stream, clauseOf, words.own)) {
      excused.push({ ...hit, why: 'others' });
      continue;
    }
    if (inRange && words.nameCategories.has(category) && insideName(stream, hit.first, hit.last, language, words)) {
      excused.push({ ...hit, why: 'name' });
      continue;
    }
    kept.push(hit);
  }
  return { kept, excused };
}

/** How close before the words a cue must be ("je begeleidt [jonge] [moeders]"). */
const CUE_WINDOW = 4;

/**
 * The words are about other people when a service verb or client word comes just before them in the
 * same clause, with nothing in between that makes the group the reader's own ("help jij ons jonge team").
 */
function aboutOthers(hit: Hit, cues: Span[], stream: TokenStream, clauseOf: (i: number) => number, own: Set<string>): boolean {
  const clause = clauseOf(hit.first);
  return cues.some((cue) => {
    if (cue.last >= hit.first || hit.first - cue.last > CUE_WINDOW || clauseOf(cue.last) !== clause) return false;
    for (let k = cue.last + 1; k < hit.first; k++) if (own.has(stream.tokens[k]!.norm)) return false;
    return true;
  });
}
