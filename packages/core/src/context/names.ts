/**
 * Proper names: a word inside "Stichting Jong Talent", "Verklaring Omtrent Gedrag" or "Young
 * Talent Foundation" names something; it says nothing about who may apply.
 */
import type { Token, TokenStream } from '../match/tokens.js';
import { allCaps, sentenceInitial, startsUpper } from '../match/capitals.js';
import type { Language } from '../types.js';
import type { CompiledContextWords } from './words.js';
import { regex } from '../regexes.js';


/** Small words that may sit inside a name ("Stichting voor Jong Talent", "Society of Young Artists"). */
const CONNECTORS = new Set(['van', 'de', 'het', 'der', 'voor', 'en', 'of', 'the', 'for', 'and', '&']);

const capitalised = startsUpper;

/**
 * Whether tokens [first, last] lie inside a run of capitalised words that is a name. Dutch writes
 * words inside a sentence in lower case, so any such run of two or more is a name; English
 * capitalises job titles, so there the run must hold an organisation word ("Foundation").
 */
export function insideName(stream: TokenStream, first: number, last: number, language: Language, words: CompiledContextWords, organisationAfter = false): boolean {
  const { tokens } = stream;
  if (!capitalised(tokens[first]!) || allCaps(tokens[first]!)) return false;
  const sentence = tokens[first]!.sentence;
  let start = first;
  let end = last;
  const capitalAt = (k: number) => k >= 0 && k < tokens.length && tokens[k]!.sentence === sentence && capitalised(tokens[k]!);
  const connectorAt = (k: number) => k >= 0 && k < tokens.length && tokens[k]!.sentence === sentence && CONNECTORS.has(tokens[k]!.norm);
  // A connector belongs to the run only between two capitalised words.
  // Up to two connectors ("Salesman of the Year Award"); not into an acronym after one ("… Foundation and IACP").
  const nameAt = (k: number) => capitalAt(k) && !allCaps(tokens[k]!);
  for (;;) {
    if (capitalAt(start - 1)) start--;
    else if (connectorAt(start - 1) && nameAt(start - 2)) start -= 2;
    else if (connectorAt(start - 1) && connectorAt(start - 2) && nameAt(start - 3)) start -= 3;
    else break;
  }
  for (;;) {
    if (capitalAt(end + 1)) end++;
    else if (connectorAt(end + 1) && nameAt(end + 2)) end += 2;
    else if (connectorAt(end + 1) && connectorAt(end + 2) && nameAt(end + 3)) end += 3;
    else break;
  }
  // Every capitalised word of the run; a heading in capitals or title case is no name.
  // Only capitals the sentence start does not explain count, and not Dutch language and nationality
  // words, which are capitalised in running text ("Nederlands of Engels als moedertaal").
  let capitals = 0;
  let organisation = false;
  const organisationWord = (k: number) => {
    const norm = tokens[k]!.norm;
    // "Award-winning" after "James Beard": the organisation word opens a hyphenated compound.
    return words.organisationWords.has(norm) || words.organisationWords.has(norm.split('-')[0]!);
  };
  for (let k = start; k <= end; k++) {
    if (allCaps(tokens[k]!)) return false;
    if (capitalised(tokens[k]!) && !sentenceInitial(tokens, k) && !(language === 'nl' && LANGUAGE_WORD.test(tokens[k]!.norm))) capitals++;
    if (organisationWord(k) && (!organisationAfter || k > last)) organisation = true;
  }
  // "the Young Vic theatre": a lower-case organisation word right after the run names it too.
  const next = end + 1;
  if (!organisation && next < tokens.length && tokens[next]!.sentence === sentence && tokens[next]!.word && organisationWord(next)) organisation = true;
  if (organisation && capitals >= 1) return true;
  if (language !== 'nl' || capitals < 2) return false;
  // "Jong Talent Gezocht" at the start of a line is a heading in title case, not a name.
  return !sentenceInitial(tokens, start) || titleCaseShare(tokens, sentence, start) < 0.6;
}

/** Dutch language and nationality words: Nederlands, Engelse, Marokkaans, Chinees, Arabisch. */
const LANGUAGE_WORD = regex('context.names.language-word', /(?:s|se|sch|sche|ees|ese)$/u);

/** Share of capitalised words in the sentence: headings in title case have most words capitalised. */
function titleCaseShare(tokens: Token[], sentence: number, near: number): number {
  let words = 0;
  let capitals = 0;
  for (let k = near; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    if (!tokens[k]!.word) continue;
    words++;
    if (capitalised(tokens[k]!)) capitals++;
  }
  return words === 0 ? 0 : capitals / words;
}

/** Words that join the capitalised words of a title of a work ("Death of a Salesman", "Girls Who Code"). */
const WORK_CONNECTORS = new Set(['of', 'a', 'an', 'the', 'and', '&', 'who', 'in', 'on', 'for', 'to', 'with']);
/** Words that say the capitalised run before or around them is a work or an organisation, not a job. */
const WORK_CUES = new Set(['musical', 'musicals', 'play', 'plays', 'novel', 'novels', 'book', 'books', 'film', 'films', 'movie', 'movies', 'show', 'shows', 'series', 'album', 'song', 'opera', 'production', 'charity', 'charities', 'club', 'clubs', 'initiative', 'campaign', 'nonprofit', 'non-profit', 'partner', 'partners', 'publisher']);

/**
 * English gender words inside the title of a work or an organisation: a run of capitalised words
 * joined by small words ("Guys and Dolls", "Death of a Salesman", "Boys & Girls Clubs of America",
 * "Girls Who Code") with a word for a work or an organisation in the sentence ("musical", "book
 * club", "charity"). A title-case job heading ("Chairman of the Board") has no such word.
 */
export function insideWorkTitle(stream: TokenStream, first: number, last: number): boolean {
  const { tokens } = stream;
  const sentence = tokens[first]!.sentence;
  const inSentence = (k: number) => k >= 0 && k < tokens.length && tokens[k]!.sentence === sentence;
  const capitalAt = (k: number) => inSentence(k) && tokens[k]!.word && capitalised(tokens[k]!) && !allCaps(tokens[k]!);
  const connectorAt = (k: number) => inSentence(k) && WORK_CONNECTORS.has(tokens[k]!.norm);
  if (!capitalAt(first)) return false;
  let start = first;
  let end = last;
  let joined = false;
  for (;;) {
    if (capitalAt(start - 1)) start--;
    else if (connectorAt(start - 1) && capitalAt(start - 2)) (start -= 2), (joined = true);
    else if (connectorAt(start - 1) && connectorAt(start - 2) && capitalAt(start - 3)) (start -= 3), (joined = true);
    else break;
  }
  for (;;) {
    if (capitalAt(end + 1)) end++;
    else if (connectorAt(end + 1) && capitalAt(end + 2)) (end += 2), (joined = true);
    else if (connectorAt(end + 1) && connectorAt(end + 2) && capitalAt(end + 3)) (end += 3), (joined = true);
    else break;
  }
  if (!joined) return false;
  for (let k = start - 1; inSentence(k); k--) if (WORK_CUES.has(tokens[k]!.norm)) return true;
  for (let k = start; inSentence(k); k++) if ((k < first || k > last) && WORK_CUES.has(tokens[k]!.norm)) return true;
  return false;
}
