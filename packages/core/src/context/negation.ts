/**
 * Statements that a request is not made ("Een rijbewijs is geen vereiste", "Age is no barrier",
 * "we do not ask for a photo"): these are what we want recruiters to write, so the rules they
 * negate stay quiet in that clause.
 */
import type { TokenStream } from '../match/tokens.js';
import type { CompiledContextWords } from './words.js';

export interface Span {
  first: number;
  last: number;
}

/**
 * Token spans of "not required" phrases in [from, to), one sentence at a time. A phrase inside a
 * rejection ("55-plussers hoeven niet te reageren", "need not apply") turns the group away instead.
 */
export function notRequiredSpans(stream: TokenStream, from: number, to: number, words: CompiledContextWords): Span[] {
  const spans = phraseSpans(stream, from, to, words.notRequired);
  if (spans.length === 0 || words.rejections.size === 0) return spans;
  const rejections = phraseSpans(stream, from, to, words.rejections);
  if (rejections.length === 0) return spans;
  return spans.filter((n) => !rejections.some((r) => r.first <= n.first && n.last <= r.last));
}

/** Token spans in [from, to) of the phrases of an index built by `phraseIndex`, each inside one sentence. */
export function phraseSpans(stream: TokenStream, from: number, to: number, index: Map<string, string[][]>): Span[] {
  const spans: Span[] = [];
  const { tokens } = stream;
  for (let i = from; i < to; i++) {
    const candidates = index.get(tokens[i]!.norm);
    if (!candidates) continue;
    for (const phrase of candidates) {
      const last = i + phrase.length - 1;
      if (last >= to) continue;
      let same = true;
      for (let k = 1; k < phrase.length && same; k++) {
        const token = tokens[i + k]!;
        same = token.norm === phrase[k] && token.sentence === tokens[i]!.sentence;
      }
      if (same) spans.push({ first: i, last });
    }
  }
  return spans;
}
