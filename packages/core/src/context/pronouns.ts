/**
 * Generic male pronouns: "De medewerker plant het werk; hij overlegt …", "the candidate … he will".
 * A pronoun is about the candidate when the person noun it most likely refers to is the candidate
 * or the role: the nearest one before it in its sentence, or else the first one (the subject) of
 * the sentences before. A named or explicitly male person, or another specific person (the director,
 * a client), makes it about that person instead.
 */
import { contextWords } from '../generated/rules.js';
import type { Token, TokenStream } from '../match/tokens.js';
import { allCaps, nameLike, sentenceInitial } from '../match/capitals.js';
import type { Language } from '../types.js';
import { regex } from '../regexes.js';


/**
 * `named`: someone specific on strong evidence (a name with a surname, a listed word such as "CEO" or
 * "klant", a title in apposition to a name); `specific`: someone else on weaker evidence (a capital,
 * "our technician").
 */
export type Person = 'candidate' | 'specific' | 'named';

interface PronounWords {
  male: Set<string>;
  maleAfter: Map<string, Set<string>>;
  possessive: Map<string, { notAfter: Set<string>; notBefore: Set<string>; before: Set<string> }>;
  candidates: Set<string>;
  modifiers: Set<string>;
  specific: Set<string>;
  roles: Set<string>;
  /** The compound heads (ROLE_HEADS) that are roles themselves: only these make a longer word a role. */
  roleHeads: string[];
  /** Words for anyone who takes the job, with the word that must follow them (null: none). */
  genericAntecedents: Map<string, string | null>;
  /** "Wie zijn wij?": 'wie' before these asks a question, it is no "whoever". */
  notAfterWie: Set<string>;
  /** Verbs of a requirement after a bare "Hij"/"He" ("Hij heeft", "He holds"). */
  requirementVerbs: Set<string>;
  /** "Er wordt verwacht dat hij", "it is expected that he": words of an expectation. */
  expectationCues: Set<string>;
  /** Words for the job itself ("functie", "role"): a bare "Hij"/"He" after one is its holder. */
  roleNouns: Set<string>;
  /** "zoeken", "looking for": a person noun just after one is the person sought. */
  seekWords: Set<string>;
  /** "door heel Nederland", "across Kent": a capital just after one of these is a place, no person. */
  placeBefore: Set<string>;
}

const cache = new Map<Language, PronounWords | undefined>();

function wordsFor(language: Language): PronounWords | undefined {
  if (cache.has(language)) return cache.get(language);
  const data = contextWords.find((c) => c.language === language)?.pronouns;
  const words = data && {
    male: new Set(data.male),
    maleAfter: new Map(Object.entries(data.maleAfter ?? {}).map(([k, v]) => [k, new Set(v)])),
    possessive: new Map(Object.entries(data.possessive ?? {}).map(([k, v]) => [k, { notAfter: new Set(v.notAfter ?? []), notBefore: new Set(v.notBefore ?? []), before: new Set(v.before ?? []) }])),
    candidates: new Set(data.candidates),
    modifiers: new Set(data.modifiers),
    specific: new Set(data.specific),
    roles: new Set(data.roles ?? []),
    roleHeads: ROLE_HEADS.filter((h) => (data.roles ?? []).includes(h)),
    genericAntecedents: new Map(Object.entries(data.genericAntecedents ?? {})),
    notAfterWie: new Set(data.notAfterWie ?? []),
    requirementVerbs: new Set(data.requirementVerbs ?? []),
    expectationCues: new Set(data.expectationCues ?? []),
    roleNouns: new Set(data.roleNouns ?? []),
    seekWords: new Set(data.seekWords ?? []),
    placeBefore: new Set(data.placeBefore ?? []),
  };
  cache.set(language, words);
  return words;
}

/** Plural "-s"/"-en" of a listed noun refers to a group, not one person: only singular forms count. */
function personAt(tokens: Token[], i: number, words: PronounWords): Person | undefined {
  const token = tokens[i]!;
  if (!token.word) return undefined;
  const previous = tokens[i - 1];
  const sameSentence = previous !== undefined && previous.sentence === token.sentence;
  // "Tom is a retired engineer": a noun after "is a" describes someone already named.
  if (sameSentence && predicateNoun(tokens, i, words)) return undefined;
  // "the CEO", "our client": someone specific; as a subject, not after a preposition ("van de klant"), strong evidence.
  if (words.specific.has(token.norm)) return afterPreposition(tokens, i) || ANY_ONE_OF_MANY.has(token.norm) ? 'specific' : 'named';
  // "Mr Jansen", "mevrouw De Vries".
  if (sameSentence && nameLike(token) && !allCaps(previous) && HONORIFIC_BEFORE.has(previous.norm.endsWith('.') ? previous.norm.slice(0, -1) : previous.norm)) return 'named';
  // "Joris de Vries, adviseur werving", "Priya Shah, our recruiter": a noun in apposition to a name is that person's title.
  // (The comma test first: it is cheaper, and most words have no comma before them.)
  if (sameSentence && appositionToName(tokens, i) && personNoun(token.norm, words)) return 'named';
  // A capitalised word inside a sentence is a name: "Marcus", "mevrouw De Vries"; after "in", "door (heel)",
  // "across" a place.
  if (sameSentence && previous.word && nameLike(token)) return placeAt(tokens, i, words) ? undefined : 'specific';
  // "Wij zoeken een ervaren lasser", "we are looking for a driver": the person sought.
  if (token.exact === token.norm && (personNoun(token.norm, words) || words.roleHeads.some((h) => token.norm.endsWith(h)) || candidateCompound(token.norm, words)) && soughtAt(tokens, i, words) && !forSomeoneNamed(tokens, i)) return 'candidate';
  // "Directeur Ahmed Yilmaz", "Director Ahmed Khan": a title before a name is that person's title.
  if (nameFollows(tokens, i) && personNoun(token.norm, words)) return 'named';
  // "Wie hier werkt …", "iedereen die …", "anyone who …", "whoever …": anyone who takes the job.
  if (genericAntecedent(tokens, i, words)) return 'candidate';
  // "our senior technician", "onze teamleider": someone who already works there.
  if (ownedBefore(tokens, i, words.modifiers)) return words.candidates.has(token.norm) || AGENT_NOUN.test(token.norm) ? 'specific' : undefined;
  if (words.candidates.has(token.norm)) return 'candidate';
  // A role after a preposition is someone you work with; as a subject it is the role on offer.
  if (words.roles.has(token.norm) || words.roleHeads.some((h) => token.norm.endsWith(h))) {
    return afterPreposition(tokens, i) ? 'specific' : 'candidate';
  }
  // "de ideale planner", "the successful technician": a lower-case person noun after a modifier.
  if (previous && previous.sentence === token.sentence && words.modifiers.has(previous.norm) && token.exact === token.norm && AGENT_NOUN.test(token.norm)) return 'candidate';
  return undefined;
}

/** How many words may stand between a seeking word and the noun ("zoeken wij een ervaren, zelfstandige lasser"). */
const SOUGHT_GAP = 4;

/** A seeking word shortly before, with an article in between: "zoeken een (ervaren) lasser", "looking for a driver". */
function soughtAt(tokens: Token[], i: number, words: PronounWords): boolean {
  let article = false;
  for (let k = i - 1; k >= Math.max(0, i - SOUGHT_GAP - 2) && tokens[k]!.sentence === tokens[i]!.sentence; k--) {
    const norm = tokens[k]!.norm;
    if (ARTICLE.has(norm)) article = true;
    else if (words.seekWords.has(norm)) return article;
  }
  return false;
}

/** "a carer for Mr Jones", "een begeleider voor meneer De Boer": sought for someone named, who a pronoun after may be. */
function forSomeoneNamed(tokens: Token[], i: number): boolean {
  const preposition = tokens[i + 1];
  const next = tokens[i + 2];
  if (!preposition || !next || preposition.sentence !== tokens[i]!.sentence || next.sentence !== tokens[i]!.sentence) return false;
  if (preposition.norm !== 'for' && preposition.norm !== 'voor') return false;
  return HONORIFIC_BEFORE.has(next.norm.endsWith('.') ? next.norm.slice(0, -1) : next.norm) || nameLike(next);
}

/** "magazijnmedewerker", "servicespecialist": a compound on a listed candidate word of six letters or more. */
function candidateCompound(norm: string, words: PronounWords): boolean {
  for (const c of words.candidates) if (c.length >= 6 && norm.length > c.length && norm.endsWith(c)) return true;
  return false;
}

/** A capital after "in", "door (heel)", "across": a place ("door heel Nederland", "across Kent"). */
function placeAt(tokens: Token[], i: number, words: PronounWords): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 2) && tokens[k]!.sentence === tokens[i]!.sentence; k--) {
    if (words.placeBefore.has(tokens[k]!.norm)) return true;
  }
  return false;
}

/** "Directeur Ahmed Yilmaz": a capitalised word (not a title word) right after, in the same sentence. */
function nameFollows(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.sentence === tokens[i]!.sentence && next.word && nameLike(next) && !allCaps(next) && !TITLE_WORD.test(next.norm);
}

/**
 * "Iedereen die …", "anyone who …", "whoever …" (the language's genericAntecedents), and "Wie …"
 * opening a sentence ("Wie hier werkt, …"; only where the language lists notAfterWie).
 */
function genericAntecedent(tokens: Token[], i: number, words: PronounWords): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (next === undefined || next.sentence !== token.sentence) return false;
  if (token.norm === 'wie' && words.notAfterWie.size > 0) return sentenceInitial(tokens, i) && next.word && !words.notAfterWie.has(next.norm);
  const after = words.genericAntecedents.get(token.norm);
  if (after === undefined) return false;
  return after === null || next.norm === after;
}

const ARTICLE = new Set(['a', 'an', 'een']);
/**
 * Listed words for any one of many people ("so that the client is likely to buy"): someone other than the
 * candidate, but no one in particular, so no evidence that a pair form is about a named person.
 */
const ANY_ONE_OF_MANY = new Set(['client', 'customer', 'patient', 'pupil', 'student', 'resident', 'guest', 'klant', 'cliënt', 'patiënt', 'leerling', 'bewoner', 'deelnemer', 'gast', 'opdrachtgever']);
const HONORIFIC_BEFORE = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'sir', 'dame', 'meneer', 'mevrouw', 'dhr', 'mevr']);
const DETERMINERS = new Set(['our', 'the', 'your', 'onze', 'ons', 'de', 'het', 'jouw', 'je']);

/** A word for a person: a listed candidate or role word, a word of a job title, or an agent noun (recruiter, adviseur). */
function personNoun(norm: string, words: PronounWords): boolean {
  return words.candidates.has(norm) || words.roles.has(norm) || TITLE_WORD.test(norm) || AGENT_NOUN.test(norm);
}

/** "Priya Shah, our recruiter": a comma (and a determiner) between a name and the noun. */
function appositionToName(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (DETERMINERS.has(tokens[k]?.norm ?? '')) k--;
  if (tokens[k]?.norm !== ',') return false;
  const name = tokens[k - 1];
  return name !== undefined && name.sentence === tokens[i]!.sentence && nameLike(name) && !sentenceInitial(tokens, k - 1) && !TITLE_WORD.test(name.norm);
}

/** Words that capitalised job titles are made of ("Senior Product Manager", "Solution Architect"). */
const TITLE_WORD = regex('context.title-word', /^(?:senior|junior|medior|lead|head|chief|principal|staff|product|solution|solutions|software|data|sales|marketing|account|project|programme|program|business|operations|customer|service|support|team|technical|it|hr|finance|manager|engineer|developer|director|officer|designer|architect|executive|partner|associate|intern|president|vp|specialist|consultant|analyst|assistant|coordinator|administrator|advisor|adviser|scientist|representative|technician|leader|supervisor|recruiter|accountant|expert|owner|adviseur|medewerker|directeur|coördinator|teamleider|werving|selectie|recruitment)$/u);


/** A word said of someone after "is a" ("the CEO, who is a fantastic guy"). */
export function isPredicate(tokens: Token[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  for (let k = i - 1; k >= Math.max(1, i - 1 - PREDICATE_GAP); k--) {
    const token = tokens[k]!;
    if (token.sentence !== sentence || !token.word) return false;
    if (ARTICLE.has(token.norm)) return copulaAt(tokens, k - 1, sentence) || (tokens[k - 1]?.word === true && copulaAt(tokens, k - 2, sentence));
  }
  return false;
}

/** "is", or "is just" / "is echt" before the article. */
function copulaAt(tokens: Token[], k: number, sentence: number): boolean {
  return k >= 0 && tokens[k]!.sentence === sentence && COPULA.has(tokens[k]!.norm);
}

/** Adjectives that may stand between "is a" and the noun ("is a retired engineer", "is een ervaren monteur"). */
const PREDICATE_GAP = 2;

/**
 * A noun that says what someone already named is: "Tom is a (retired) engineer", "Anna is een
 * ervaren monteur". It is no new person, so a pronoun after it does not refer to the role.
 */
function predicateNoun(tokens: Token[], i: number, words: PronounWords): boolean {
  for (let k = i; k >= Math.max(0, i - PREDICATE_GAP); k--) if (words.modifiers.has(tokens[k]!.norm)) return false;
  return isPredicate(tokens, i);
}
/** Compound heads that make a longer word a role ("projectmanager", "werkvoorbereider"). */
const ROLE_HEADS = ['manager', 'leider', 'voorbereider', 'adviseur', 'coördinator', 'specialist', 'consultant', 'analist', 'ontwikkelaar', 'monteur', 'technicus', 'planner', 'engineer', 'developer', 'designer', 'officer', 'assistent'];
const PREPOSITIONS = new Set(['aan', 'met', 'van', 'voor', 'bij', 'naar', 'door', 'onder', 'to', 'with', 'for', 'from', 'by', 'under', 'alongside']);

/** "aan de teamleider", "to your line manager": a preposition within three words before. */
function afterPreposition(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3) && tokens[k]!.sentence === tokens[i]!.sentence; k--) {
    if (PREPOSITIONS.has(tokens[k]!.norm)) return true;
    if (!tokens[k]!.word) return false;
  }
  return false;
}
const COPULA = new Set(['is', 'was', 'are', 'were', 'ben', 'bent', 'zijn']);
const OWN = new Set(['our', 'ons', 'onze']);

/** "our (senior) technician": a possessive within two words before, and no "new" in between. */
function ownedBefore(tokens: Token[], i: number, modifiers: Set<string>): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3) && tokens[k]!.sentence === tokens[i]!.sentence; k--) {
    const norm = tokens[k]!.norm;
    if (norm === 'new' || norm === 'nieuwe' || norm === 'next' || norm === 'future' || norm === 'toekomstige') return false;
    // "our ideal hire", "onze ideale kandidaat": the person sought, not someone who works there.
    if (modifiers.has(norm)) return false;
    if (OWN.has(norm)) return true;
  }
  return false;
}

/** Endings of nouns for people who do something (planner, adviseur, analist, technician, trainee). */
const AGENT_NOUN = regex('context.agent-noun-ending', /(?:er|or|eur|ist|aar|ier|ige|ian|ee|ant|ent)$/u);

function isPronoun(tokens: Token[], i: number, words: PronounWords): boolean {
  const token = tokens[i]!;
  if (!token.word) return false;
  if (words.male.has(token.norm)) {
    // "hij/zij", "he or she": the pair form has a rule of its own.
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    if (next?.norm === '/' || ((next?.norm === 'or' || next?.norm === 'of') && PAIR_PARTNERS.has(after?.norm ?? ''))) return false;
    const previous = tokens[i - 1];
    if (previous?.norm === '/' || previous?.norm === 'or' || previous?.norm === 'of') return false;
    return true;
  }
  const after = words.maleAfter.get(token.norm);
  const previous = tokens[i - 1];
  const sameSentence = previous !== undefined && previous.sentence === token.sentence;
  if (after !== undefined && sameSentence && after.has(previous.norm)) return true;
  const possessive = words.possessive.get(token.norm);
  if (!possessive) return false;
  // As a verb it follows a plural ("de taken zijn") or a word like "wij", or ends the clause.
  const next = tokens[i + 1];
  if (!next || !next.word || next.sentence !== token.sentence || possessive.notBefore.has(next.norm)) return false;
  // "die zijn eigen planning maakt": 'zijn eigen' is possessive whatever comes before it.
  if (possessive.before.has(next.norm)) return true;
  if (sameSentence && (possessive.notAfter.has(previous.norm) || (previous.word && PLURAL_ENDING.test(previous.norm)))) return false;
  return true;
}

/** Dutch plurals end in -en, -s or -'s ("taken", "collega's"): a verb 'zijn' follows them. */
const PLURAL_ENDING = regex('context.dutch-plural-ending', /(?:en|s|'s)$/u);

/** "he or she", "his or her", "hij of zij", "zijn of haar": pair forms with a rule of their own. */
const PAIR_PARTNERS = new Set(['she', 'her', 'hers', 'zij', 'ze', 'haar']);

/** A sentence-initial "Hij"/"He" followed by a requirement verb: the role, when no one else is in view. */
function bareRequirementHe(tokens: Token[], i: number, words: PronounWords): boolean {
  const token = tokens[i]!;
  if ((token.norm !== 'hij' && token.norm !== 'he') || !sentenceInitial(tokens, i)) return false;
  const next = tokens[i + 1];
  if (next === undefined || next.sentence !== token.sentence || !words.requirementVerbs.has(next.norm)) return false;
  // In a list of requirements: after a heading ("Wat vragen wij?", "Eisen:") or at the start, not in
  // prose after a full stop ("Pieter werkt hier al tien jaar. Hij heeft …").
  const previous = tokens[i - 1];
  return previous === undefined || !PROSE_END.has(previous.norm);
}

const PROSE_END = new Set(['.', '!', '…']);

/** "Hij"/"He" (a listed male pronoun) opening its sentence. */
function bareHe(tokens: Token[], i: number, words: PronounWords): boolean {
  return words.male.has(tokens[i]!.norm) && sentenceInitial(tokens, i);
}

/** How far back in its sentence an expectation may stand ("it is expected that, from day one, he …"). */
const EXPECTATION_WINDOW = 8;

/** "Er wordt verwacht dat hij …", "It is essential that he …": an expectation shortly before the pronoun, in its sentence. */
function expectedOf(tokens: Token[], i: number, words: PronounWords): boolean {
  // The subject pronoun only: Dutch 'zijn' is a verb as often as a possessive.
  if (!words.male.has(tokens[i]!.norm)) return false;
  for (let k = i - 1; k >= Math.max(0, i - EXPECTATION_WINDOW) && tokens[k]!.sentence === tokens[i]!.sentence; k--) {
    if (words.expectationCues.has(tokens[k]!.norm)) return true;
  }
  return false;
}

/** How many sentences back a pronoun may refer. */
const SENTENCES_BACK = 2;

/** Token indices in [from, to) of male pronouns that refer to the candidate. */
export function genericPronouns(stream: TokenStream, from: number, to: number, language: Language, fromSegmentStart = false): number[] {
  const out: number[] = [];
  const words = wordsFor(language);
  if (!words) return out;
  // The walk reads every word for persons, but reports only pronouns: it starts two sentences
  // before the first one (what it keeps of the text before, see walkStart), and not at all
  // without one, which most segments are.
  let first = from;
  if (!fromSegmentStart) {
    while (first < to && !isPronoun(stream.tokens, first, words)) first++;
    if (first === to) return out;
    first = walkStart(stream.tokens, from, first);
  }
  walk(stream, first, to, language, (i, referent) => {
    if (referent === 'candidate') out.push(i);
  });
  return out;
}

/**
 * Who the words at `at` most likely refer to, read as a pronoun would be: the nearest person noun
 * before it in its sentence, or else the subject of one of the sentences before. Rules for pair forms
 * ("hij/zij", "he or she") and for one person ("a fantastic guy") use it: when that is a named or
 * other specific person (the recruiter, the CEO), the words are not about the candidate.
 */
export function referentOf(stream: TokenStream, from: number, at: number, language: Language, fromSegmentStart = false): Person | undefined {
  let found: Person | undefined;
  walk(stream, fromSegmentStart ? from : walkStart(stream.tokens, from, at), at + 1, language, (i, referent) => {
    if (i === at) found = referent;
  }, at);
  return found;
}

/**
 * Where a walk that ends at `at` may start and still find the same referent: at the first token
 * of the sentence SENTENCES_BACK sentences before that of `at` (the walk keeps nothing of the
 * sentences before those, and reads the tokens around a word from the stream itself), and never
 * before `from`. Walking from the segment start instead made every hit cost the length of the
 * text before it: quadratic on a long document.
 */
function walkStart(tokens: readonly Token[], from: number, at: number): number {
  let k = at;
  let sentences = 0;
  while (k > from) {
    if (tokens[k - 1]!.sentence !== tokens[k]!.sentence && ++sentences > SENTENCES_BACK) break;
    k--;
  }
  return k;
}

/** One pass over [from, to): reports each male pronoun (and the token `also`) with its likely referent. */
function walk(stream: TokenStream, from: number, to: number, language: Language, report: (i: number, referent: Person | undefined) => void, also = -1): void {
  const words = wordsFor(language);
  if (!words) return;
  const { tokens } = stream;
  // The first person noun of each sentence seen so far: its likely subject.
  const subjects: Array<Person | undefined> = [];
  let sentence = -1;
  let nearest: Person | undefined;
  let firstInSentence: Person | undefined;
  /**
   * Per sentence: a named, specific or capitalised person in it. A bare "Hij" may be about one in its
   * own sentence or the SENTENCES_BACK before (no further: the walk starts there, walkStart).
   */
  const seen: boolean[] = [];
  let seenHere = false;
  /** Per sentence: a word for the job itself ("De functie omvat …", "The role covers …"). */
  const roleSeen: boolean[] = [];
  let roleHere = false;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.sentence !== sentence) {
      if (sentence !== -1) subjects.push(firstInSentence), seen.push(seenHere), roleSeen.push(roleHere);
      seenHere = false;
      roleHere = false;
      sentence = token.sentence;
      nearest = undefined;
      firstInSentence = undefined;
    }
    if (i === also || isPronoun(tokens, i, words)) {
      let referent = nearest;
      for (let k = subjects.length - 1; referent === undefined && k >= Math.max(0, subjects.length - SENTENCES_BACK); k--) referent = subjects[k];
      // "Hij heeft vijf jaar ervaring." as a requirement, with nobody named or capitalised before it.
      const someoneSeen = seenHere || seen.slice(-SENTENCES_BACK).some(Boolean);
      const roleInView = roleHere || roleSeen.slice(-SENTENCES_BACK).some(Boolean);
      if (referent === undefined && !someoneSeen && (bareRequirementHe(tokens, i, words) || expectedOf(tokens, i, words) || (roleInView && bareHe(tokens, i, words)))) referent = 'candidate';
      report(i, referent);
      continue;
    }
    if (token.word && !sentenceInitial(tokens, i) && nameLike(token) && !placeAt(tokens, i, words)) seenHere = true;
    if (token.word && words.roleNouns.has(token.norm)) roleHere = true;
    const person = personAt(tokens, i, words);
    if (person === 'named' || person === 'specific') seenHere = true;
    if (person) {
      nearest = person;
      // "Call Priya Shah, our recruiter": the title names the person the capital already marked.
      if (person === 'named' && firstInSentence === 'specific') firstInSentence = person;
      firstInSentence ??= person;
    }
  }
}
