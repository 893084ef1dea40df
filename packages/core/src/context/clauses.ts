/**
 * Clauses inside sentences: "geen rijbewijs nodig, wel een VOG" is two statements, and a
 * "not required" in one must not silence a demand in the other.
 */
import type { TokenStream } from '../match/tokens.js';
import type { CompiledContextWords } from './words.js';

/** Clause number of every token in [from, to), indexed from `from`. */
export function clauseNumbers(stream: TokenStream, from: number, to: number, words: CompiledContextWords): Int32Array {
  const clauses = new Int32Array(Math.max(0, to - from));
  let clause = 0;
  for (let i = from; i < to; i++) {
    const token = stream.tokens[i]!;
    if (i > from && (token.sentence !== stream.tokens[i - 1]!.sentence || words.clauseBreaks.has(token.norm))) clause++;
    clauses[i - from] = clause;
  }
  return clauses;
}
