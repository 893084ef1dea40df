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
  const capitalAt = (k: number) => k >= 0 && k < tokens.length && tokens[k]!.sentence === sentence && (capitalised(tokens[k]!) || possessiveAfterCapital(tokens, k));
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
  // "Jonge Honden is een bureau", "Young Enterprise runs the programme": a run that opens the sentence
  // is a name when a word after its first is capitalised too and the sentence is no title-case heading.
  // Not for English gender words (organisationAfter): "Friendly Waitress wanted" is the job.
  // Only a run of capitalised words alone, before a lower-case word ("Skills and Experience: 2 to 4 years",
  // "Een HBO-werk- en denkniveau" are a label and a sentence).
  if (!organisationAfter && end > start && capitals >= 1 && plainRun(tokens, start, end) && !personRun(tokens, start, end, language)) {
    const after = tokens[end + 1];
    // "Ivy League graduates": a noun for people after the run makes it a description of them.
    const lowerAfter = after !== undefined && after.sentence === sentence && after.word && !capitalised(after) && !(language === 'nl' ? DUTCH_PERSON_WORD.test(after.norm) : PERSON_WORD.test(after.norm) || PEOPLE_WORDS.has(after.norm));
    if (sentenceInitial(tokens, start) && (lowerAfter || organisationInApposition(tokens, end, words)) && !OPENING_WORDS.has(tokens[start]!.norm)) return titleCaseShare(tokens, sentence, start) < 0.6;
    // English capitalises terms too ("a valid Driver's License"): a run inside the sentence is a name only
    // after a word that places someone at an organisation ("work with Young Heroes", "at Young Enterprise")
    // or with one named in apposition ("Young Heroes, a charity").
    if (language === 'en' && capitals >= 2 && (ORGANISATION_BEFORE.has(tokens[start - 1]?.norm ?? '') || organisationInApposition(tokens, end, words))) return titleCaseShare(tokens, sentence, start) < 0.6;
  }
  if (language !== 'nl' || capitals < 2) return false;
  // "Jong Talent Gezocht" at the start of a line is a heading in title case, not a name.
  return !sentenceInitial(tokens, start) || titleCaseShare(tokens, sentence, start) < 0.6;
}

/** Capitalised words only (an apostrophe on one may stand between), no small joining words. */
function plainRun(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k <= end; k++) if (!capitalised(tokens[k]!) && !possessiveAfterCapital(tokens, k) && tokens[k]!.norm !== '&') return false;
  return true;
}

/** Words before an organisation's name: "at", "with", "join". */
const ORGANISATION_BEFORE = new Set(['at', 'with', 'join', 'joins', 'joining', 'partner', 'partners', 'from', 'by']);

/** ", a charity", ", the youth foundation": an organisation word in apposition right after the run. */
function organisationInApposition(tokens: readonly Token[], end: number, words: CompiledContextWords): boolean {
  const sentence = tokens[end]!.sentence;
  if (tokens[end + 1]?.norm !== ',') return false;
  for (let k = end + 2; k <= end + 5 && k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    if (words.organisationWords.has(tokens[k]!.norm)) return true;
    if (!tokens[k]!.word) return false;
  }
  return false;
}

/** Words that open a sentence with a capital but no name: articles, pronouns, prepositions. */
const OPENING_WORDS = new Set(['een', 'de', 'het', 'onze', 'ons', 'je', 'jouw', 'uw', 'wij', 'we', 'jij', 'ik', 'deze', 'dit', 'die', 'dat', 'als', 'voor', 'met', 'in', 'op', 'bij', 'van', 'a', 'an', 'the', 'our', 'your', 'you', 'this', 'that', 'these', 'with', 'for', 'at', 'as', 'if', 'when', 'all', 'any', 'no']);

/** An apostrophe written right after a capitalised word ("Boys' and Girls' Club"): part of the name. */
function possessiveAfterCapital(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  const previous = tokens[k - 1];
  return !token.word && token.norm === "'" && previous !== undefined && previous.end === token.start && capitalised(previous);
}

/**
 * English capitalises job titles and words for people ("Young Professionals wanted", "Native English
 * Speaker"): a run with such a word, or with a language or nationality word, is no name by its capitals.
 */
function personRun(tokens: readonly Token[], start: number, end: number, language: Language): boolean {
  for (let k = start; k <= end; k++) {
    const norm = tokens[k]!.norm;
    if (!tokens[k]!.word) continue;
    if (language === 'nl' ? DUTCH_PERSON_WORD.test(norm) || LANGUAGE_WORD.test(norm) : PERSON_WORD.test(norm) || PEOPLE_WORDS.has(norm)) return true;
  }
  return false;
}

/** Endings of English words for people and of language and nationality words (developer, graduate, English, Polish, Asian, Chinese). */
const PERSON_WORD = regex('context.names.person-word', /(?:er|ers|or|ors|ist|ists|ant|ants|ent|ents|ate|ates|ee|ees|ish|ian|ians|an|ans|ese|i|ic)$/u);
const PEOPLE_WORDS = new Set(['dutch', 'french', 'greek', 'swiss', 'thai', 'czech', 'welsh', 'scots', 'national', 'nationals', 'citizen', 'citizens', 'muslim', 'muslims', 'hindu', 'hindus', 'sikh', 'sikhs', 'jew', 'jews', 'individual', 'individuals', 'people', 'person', 'persons', 'staff', 'talent', 'talents', 'professional', 'professionals', 'men', 'women', 'man', 'woman', 'adults', 'adult', 'candidate', 'candidates', 'hire', 'hires', 'blood', 'team', 'teams', 'crew', 'colleague', 'colleagues', 'guy', 'guys', 'lad', 'lads', 'girl', 'girls', 'boy', 'boys', 'lady', 'ladies', 'native', 'natives', 'mother', 'mothers', 'father', 'fathers', 'parent', 'parents']);

/** Dutch words for people and job titles, written with a capital in a heading ("Jonge Monteur gezocht", "Ervaren Collega"). */
const DUTCH_PERSON_WORD = regex('context.names.dutch-person-word', /(?:er|ers|eur|eurs|ist|isten|aar|aars|ier|iers|ant|anten|ent|enten|ige|igen|ster|sters|collega|collega's|kracht|krachten|mens|mensen|man|mannen|vrouw|vrouwen|talent|talenten|team)$/u);

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
