/**
 * A deterministic corpus of generated job ads (Dutch, English and mixed), for the benchmark and for
 * the test that holds the fast paths of the engine to the straightforward ones
 * (test/optimisation-equivalence.test.ts). The sentences are the project's own; flagged words of
 * every kind (our rules and retext-equality's, quoted, with apostrophes and dashes, glued sentences,
 * lists, one-word lines) are mixed in so every matcher has work to do.
 *
 *   import { syntheticCorpus } from './synthetic-corpus.mjs';
 *   syntheticCorpus({ documents: 200, seed: 7 }) → [{ id, language, text }]
 */

const SENTENCES = {
  en: [
    'We are looking for a colleague to join our team in the city centre.',
    'You will work with customers and suppliers on projects that matter.',
    'What we offer: a good salary, a pension and a laptop from the company.',
    'What you will do is plan the work, make arrangements and look after the quality of our service.',
    'We ask for a degree or equivalent experience with planning and good communication skills.',
    'Apply through the form on our website or call the people team for more information.',
    'The role reports to the head of operations and works closely with finance.',
    'You have at least three years of experience in a similar role.',
    'Our office is easy to reach by public transport and has a bike shed.',
    'Flexible hours and two days a week working from home are normal here.',
  ],
  nl: [
    'Wij zoeken een collega voor onze afdeling in het centrum van de stad.',
    'Je werkt samen met klanten en leveranciers aan projecten die ertoe doen.',
    'Wat bieden wij: een goed salaris, pensioen en een laptop van de zaak.',
    'Je plant het werk, maakt afspraken en bewaakt de kwaliteit van onze dienstverlening.',
    'Wat vragen wij: een afgeronde opleiding op mbo of hbo niveau en goede communicatie.',
    'Reageer via het formulier op onze website of bel voor meer informatie.',
    'De functie valt onder het hoofd bedrijfsvoering en je werkt nauw samen met financiën.',
    'Je hebt minimaal drie jaar ervaring in een vergelijkbare functie.',
    'Ons kantoor is goed bereikbaar met het openbaar vervoer.',
    'Flexibele werktijden en twee dagen per week thuiswerken zijn hier normaal.',
  ],
};

const FLAGGED = {
  en: [
    'Our chairman will meet every salesman personally.',
    'He should be a young and energetic digital native.',
    'The ideal candidate knows his way around a spreadsheet; she or he reports to the Chairman.',
    'Hey guys, we need some extra manpower in the warehouse!',
    'Native English speaker, max 5 years of experience, recent graduates welcome.',
    'Be a rockstar ninja who works hard and plays hard with the boys.',
    'The "chairman" role is called the chair here, see the man-hours report.',
    "The foreman's crew needs a handyman and a cleaning lady who is not crazy about overtime.",
    'You must be between 25 and 35 years old and able to lift 25 kg.',
    'Send a photo and your date of birth; a mother tongue of English is required.',
    'No cripples, no lame excuses: the policeman and the fireman both said so.',
    'Leavers.This role suits school leavers.Apply today.',
  ],
  nl: [
    'Wij zoeken een jonge en dynamische verpleegster voor ons team.',
    'Hij moet stressbestendig zijn en Nederlands als moedertaal spreken.',
    'Je bent tussen de 25 en 35 jaar oud en hebt maximaal 5 jaar ervaring.',
    'Stuur een foto en je geboortedatum mee met je sollicitatie.',
    'De kandidaat is een echte teamspeler; hij werkt graag in een jong team.',
    'Gezocht: ervaren barman en kapster, 24/7 beschikbaar.',
  ],
};

const HEADINGS = { en: ['About us', 'The role', 'What we offer', 'Requirements', 'How to apply'], nl: ['Over ons', 'De functie', 'Wat wij bieden', 'Wat wij vragen', 'Solliciteren'] };

function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    // xorshift32: small, fast and the same on every machine.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/** One ad of about `paragraphs` paragraphs; `mixed` puts a paragraph of the other language in. */
export function syntheticAd(language, next, paragraphs = 6, mixed = false) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const other = language === 'en' ? 'nl' : 'en';
  const out = [];
  for (let p = 0; p < paragraphs; p++) {
    const lang = mixed && p === paragraphs - 2 ? other : language;
    if (next() < 0.5) out.push(pick(HEADINGS[lang]));
    const kind = next();
    const sentences = [];
    const count = 1 + Math.floor(next() * 5);
    for (let s = 0; s < count; s++) sentences.push(next() < 0.3 ? pick(FLAGGED[lang]) : pick(SENTENCES[lang]));
    if (kind < 0.25) out.push(sentences.map((s) => `- ${s}`).join('\n'));
    else if (kind < 0.3) out.push(sentences.map((s) => s.split(' ').slice(0, 2).join(' ')).join('\n'));
    else out.push(sentences.join(' '));
  }
  return out.join('\n\n');
}

/** `documents` ads: mostly English and Dutch, some mixed, some long. */
export function syntheticCorpus({ documents = 200, seed = 7 } = {}) {
  const next = random(seed);
  const corpus = [];
  for (let i = 0; i < documents; i++) {
    const language = next() < 0.5 ? 'en' : 'nl';
    const mixed = next() < 0.15;
    const paragraphs = next() < 0.05 ? 60 : 3 + Math.floor(next() * 8);
    corpus.push({ id: `synthetic-${i + 1}`, language, text: syntheticAd(language, next, paragraphs, mixed) });
  }
  return corpus;
}
