/**
 * The context model every rule goes through: a hit is kept, or excused because its clause says
 * the request is not made, or because it is part of a proper name. Rules do not each keep lists
 * for these; the words are in rules/<lang>/lexicon/context.yml.
 */
import type { Hit } from '../match/phrases.js';
import type { TokenStream } from '../match/tokens.js';
import { nameLike, startsLower } from '../match/capitals.js';
import type { Language } from '../types.js';
import type { Span } from './negation.js';
import { clauseNumbers } from './clauses.js';
import { insideName, insideWorkTitle } from './names.js';
import { isPredicate, referentOf } from './pronouns.js';
import { notRequiredSpans, phraseSpans } from './negation.js';
import { contextWordsFor, type CompiledContextWords } from './words.js';
import { FUNCTION_WORDS } from '../language/words.js';
import { regex } from '../regexes.js';


export interface Judged {
  kept: Hit[];
  /** Hits the context excused, with the reason (for tools that explain silence). */
  excused: Array<Hit & { why: 'not-required' | 'name' | 'others' }>;
}

/** @param everywhere read the spans in all of [from, to) (the reference the nearness is tested against) */
export function judgeHits(hits: Hit[], stream: TokenStream, from: number, to: number, language: Language, everywhere = false): Judged {
  const words = contextWordsFor(language);
  const kept: Hit[] = [];
  const excused: Judged['excused'] = [];
  if (hits.length === 0) return { kept, excused };
  const clauses = clauseNumbers(stream, from, to, words);
  // Spans are read only where they can touch a hit: its sentence and the next (a clause break
  // opening it may take back the hit's clause, see concedes). Each span lies inside one sentence.
  const near: Array<[number, number]> = everywhere ? [[from, to]] : hitSentences(hits, stream, from, to);
  const negations = near.flatMap(([a, b]) => notRequiredSpans(stream, a, b, words));
  const cues = near.flatMap(([a, b]) => phraseSpans(stream, a, b, words.othersCues));
  const clauseOf = (i: number) => clauses[i - from] ?? -1;
  for (const hit of hits) {
    const { category } = hit.rule;
    const inRange = hit.first >= from && hit.first < to;
    if (inRange && words.negatable.has(category)) {
      const clause = clauseOf(hit.first);
      const negated = negations.some((n) => (clauseOf(n.first) === clause || concedes(n, hit, stream, clauseOf, words)) && (n.last < hit.first || n.first > hit.last));
      if (negated) {
        excused.push({ ...hit, why: 'not-required' });
        continue;
      }
    }
    if (inRange && words.negatable.has(category) && deniedBefore(hit, stream, clauseOf, words, category === 'jargon')) {
      excused.push({ ...hit, why: 'not-required' });
      continue;
    }
    if (inRange && category === 'jargon' && capitalisedJargonName(stream, hit.first, language, words.jobWords)) {
      excused.push({ ...hit, why: 'name' });
      continue;
    }
    if (inRange && category === 'gender' && namedPersonFollows(stream, hit.last)) {
      excused.push({ ...hit, why: 'name' });
      continue;
    }
    if (inRange && (category === 'gender' || category === 'sexual-orientation') && aboutSomeoneSpecific(hit, stream, from, language, words.personWords)) {
      excused.push({ ...hit, why: 'others' });
      continue;
    }
    // A gendered job title stays one when it names whom clients hire ("our clients need maids").
    // A compound on a gendered head ("tienermeisjes", "migrantenvrouwen") is a person noun: it may name clients.
    const title = category === 'gender' && hit.head !== true && (hit.rule.lexicon !== undefined || hit.rule.plurals === true);
    if (inRange && !title && words.othersCategories.has(category) && aboutOthers(hit, cues, stream, clauseOf, words.own)) {
      excused.push({ ...hit, why: 'others' });
      continue;
    }
    // Gender words inside a name are excused only before the organisation word ("James Beard
    // Foundation"): English job titles are capitalised after one too ("Hotel Barman").
    if (inRange && category === 'gender' && language === 'en' && (insideName(stream, hit.first, hit.last, language, words, true) || insideWorkTitle(stream, hit.first, hit.last))) {
      excused.push({ ...hit, why: 'name' });
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

/**
 * Token ranges, in order and apart, within [from, to), of the sentences holding the first token of
 * a hit in [from, to), each with the sentence after it.
 */
export function hitSentences(hits: readonly Hit[], stream: TokenStream, from: number, to: number): Array<[number, number]> {
  const { tokens } = stream;
  const firsts = hits.filter((hit) => hit.first >= from && hit.first < to).map((hit) => hit.first).sort((a, b) => a - b);
  const ranges: Array<[number, number]> = [];
  for (const first of firsts) {
    const last = ranges[ranges.length - 1];
    const sentence = tokens[first]!.sentence;
    let a = first;
    while (a > from && tokens[a - 1]!.sentence === sentence) a--;
    let b = first + 1;
    while (b < to && tokens[b]!.sentence === sentence) b++;
    // The sentence after it.
    if (b < to) {
      const next = tokens[b]!.sentence;
      while (b < to && tokens[b]!.sentence === next) b++;
    }
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else ranges.push([a, b]);
  }
  return ranges;
}

/**
 * A "not required" phrase that starts with the clause break itself ("useful but not essential",
 * "handig, maar geen must") takes back the clause just before it, where the hit is.
 */
function concedes(n: Span, hit: Hit, stream: TokenStream, clauseOf: (i: number) => number, words: CompiledContextWords): boolean {
  return n.first > hit.last && clauseOf(n.first) === clauseOf(hit.first) + 1 && words.clauseBreaks.has(stream.tokens[n.first]!.norm);
}

/** How far back a denying determiner may stand: "no rockstars or ninjas", "geen geldig rijbewijs". */
const DENIED_WINDOW = 3;

/**
 * A determiner that denies the hit's noun, a few words before it in the same clause ("No rockstars or
 * ninjas here", "geen rocksterren of goeroes"). A jargon word denied so is rejected by the ad itself;
 * any other hit only when its clause goes on to say the thing is not needed ("No driving licence is
 * needed"), since "geen baard" and "no children" are themselves the demand.
 */
function deniedBefore(hit: Hit, stream: TokenStream, clauseOf: (i: number) => number, words: CompiledContextWords, enough: boolean): boolean {
  const { tokens } = stream;
  const clause = clauseOf(hit.first);
  let denied = false;
  for (let k = hit.first - 1; k >= 0 && hit.first - k <= DENIED_WINDOW && clauseOf(k) === clause; k--) {
    if (words.negators.has(tokens[k]!.norm)) {
      denied = true;
      break;
    }
  }
  if (!denied || enough) return denied;
  for (let k = hit.last + 1; k < tokens.length && clauseOf(k) === clause; k++) {
    if (words.needed.has(tokens[k]!.norm) && !conditionalNeed(tokens, k, hit.last)) return true;
  }
  return false;
}

/**
 * "Geen 9-tot-5-mentaliteit en blijft als het nodig is", "no fixed hours and stays late when needed":
 * a need under a condition ("if needed") does not say the denied thing is unneeded.
 */
const IF_BEFORE_NEED = new Set(['indien', 'zo', 'waar', 'wanneer', 'if', 'when', 'whenever', 'where', 'as']);
const IF_OPENS_NEED = new Set(['als', 'indien', 'wanneer', 'if', 'when', 'whenever']);
function conditionalNeed(tokens: TokenStream['tokens'], k: number, after: number): boolean {
  if (k - 1 > after && IF_BEFORE_NEED.has(tokens[k - 1]!.norm)) return true;
  for (let back = 2; back <= 3; back++) if (k - back > after && IF_OPENS_NEED.has(tokens[k - back]!.norm)) return true;
  return false;
}

/** Pronouns: alone they have rules and checks of their own; here only their pair forms count. */
const PRONOUNS = new Set(['he', 'she', 's', 'his', 'her', 'him', 'hij', 'zij', 'ze', 'zijn', 'haar', 'hem']);

/**
 * A pair form ("hij/zij", "he or she") that refers to a named or other specific person (the recruiter
 * to call), or a person noun said of one ("the CEO, who is a fantastic guy"): not about the candidate.
 */
function aboutSomeoneSpecific(hit: Hit, stream: TokenStream, from: number, language: Language, personWords: Set<string>): boolean {
  const word = stream.tokens[hit.first]!.norm;
  if (!personWords.has(word)) return false;
  if (PRONOUNS.has(word) ? hit.last === hit.first : !isPredicate(stream.tokens, hit.first)) return false;
  const referent = referentOf(stream, from, hit.first, language);
  // A pair of pronouns needs a named person; a noun said of someone ("is a great guy") any specific one.
  return referent === 'named' || (!PRONOUNS.has(word) && referent === 'specific');
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

/** Honorifics that start a name after a title ("our chairman, Sir Richard Hale"). */
const HONORIFIC = regex('context.honorific', /^(?:sir|dame|lord|lady|mr|mrs|ms|dr|prof|mevrouw|meneer|dhr|mevr)\.?$/u);

/**
 * A title followed by a person's name, after an optional comma, is that person's title ("our
 * chairman, Sir Richard Hale", "directrice Anna de Vries"), not the job on offer.
 */
function namedPersonFollows(stream: TokenStream, last: number): boolean {
  const { tokens } = stream;
  let k = last + 1;
  if (tokens[k]?.norm === ',' && tokens[k]!.sentence === tokens[last]!.sentence) k++;
  const name = tokens[k];
  const next = tokens[k + 1];
  if (!name || name.sentence !== tokens[last]!.sentence || !name.word) return false;
  const capital = nameLike;
  if (HONORIFIC.test(name.norm) && capital(name)) return true;
  // Two capitalised words in a row: a first name and a surname.
  return capital(name) && next !== undefined && next.sentence === name.sentence && next.word && capital(next);
}

/**
 * Jargon words are borrowed English nouns; with a capital inside a sentence they are usually a
 * name: "Course Hero", "merken als Ninja en Philips", "sell Ninja air fryers". Title case before a
 * job word ("a Superstar Sales Manager") or after an acronym ("IT Rockstars") is still the jargon.
 */
/** Function words per language, and the words that join names into a list ("Ninja en Philips"). */
const functionWordSets = new Map<Language, Set<string>>();
const functionWordsOf = (language: Language): Set<string> => {
  let set = functionWordSets.get(language);
  if (!set) functionWordSets.set(language, (set = new Set(FUNCTION_WORDS[language])));
  return set;
};
const LIST_JOINERS = new Set(['and', 'or', 'en', 'of', '&']);

/**
 * A capitalised jargon word inside a sentence is a name ("Course Hero", "Ninja blenders", "the Ninja
 * build system") when a capitalised word precedes it or a lower-case content word follows it (a brand
 * before what it names). Followed by a function word or nothing ("looking for Rockstars to join",
 * "Are you a Ninja?") it is the cliché written with a capital, unless the function word joins it
 * to another name ("merken als Ninja en Philips").
 */
function capitalisedJargonName(stream: TokenStream, first: number, language: Language, jobWords: Set<string>): boolean {
  const { tokens } = stream;
  const token = tokens[first]!;
  if (!nameLike(token)) return false;
  // "Excel-goeroe", "SEO-ninja": the capital belongs to the head of the compound, not to the jargon word.
  const tail = token.exact.slice(token.exact.lastIndexOf('-') + 1);
  if (tail !== token.exact && tail === tail.toLowerCase()) return false;
  const previous = tokens[first - 1];
  const next = tokens[first + 1];
  if (!previous || previous.sentence !== token.sentence) return false;
  if (nameLike(previous)) return true;
  if (!startsLower(previous)) return false;
  if (!next || next.sentence !== token.sentence || !next.word) return false;
  // Title case after a lower-case word: a job title when a job word follows in the run ("a Rockstar
  // Sales Developer"), else a name ("our Ninja Warrior course", "Death of a Salesman" is a gender case).
  if (nameLike(next)) return !capitalisedRunHasJob(stream, first + 1, jobWords);
  if (!startsLower(next)) return false;
  if (!functionWordsOf(language).has(next.norm)) return true;
  const after = tokens[first + 2];
  return LIST_JOINERS.has(next.norm) && after !== undefined && after.sentence === token.sentence && nameLike(after);
}

/** How many capitalised words after a jargon word are read for a job word ("Superstar Inside Sales Manager"). */
const TITLE_RUN = 3;

function capitalisedRunHasJob(stream: TokenStream, from: number, jobWords: Set<string>): boolean {
  const { tokens } = stream;
  for (let k = from; k < tokens.length && k - from < TITLE_RUN; k++) {
    const token = tokens[k]!;
    if (!token.word || token.sentence !== tokens[from]!.sentence || !nameLike(token)) return false;
    if (jobWords.has(token.norm) || (token.norm.endsWith('s') && jobWords.has(token.norm.slice(0, -1)))) return true;
  }
  return false;
}
