// The gendered job title tables (rules/<lang>/lexicon/gendered-titles.yml): every entry, its
// generated plural and its compounds are flagged with the neutral title in the same number; pair
// forms and words that only end like a title are not.
import { describe, expect, it } from 'vitest';
import { lintSync, type Finding, type Language } from '@vacancy-lint/core';
import { titleLexicons } from '../packages/core/src/generated/rules.js';
import { expandTitles } from '../packages/core/src/rules/titles.js';
import { pluralOf } from '../packages/core/src/rules/morphology.js';

const RULE: Record<Language, string> = { nl: 'nl.gender.functietitel', en: 'en.gender.job-title' };
const CARRIER: Record<Language, (title: string) => string> = {
  nl: (t) => `Voor ons team in Zwolle zoeken wij ${t} met ervaring.`,
  en: (t) => `For our team in Leeds we are looking for ${t} with experience.`,
};

/** The gender finding on exactly `words` in `text`, from any gender rule. */
function genderFindingOn(text: string, words: string, language: Language): Finding | undefined {
  const start = text.indexOf(words);
  const { findings } = lintSync(text, { language });
  return findings.find((f) => f.category === 'gender' && f.offset <= start && f.endOffset >= start + words.length);
}

/** What the title rule flags in `text`: the false-friend tables below expect nothing. */
const titleFindings = (language: Language, text: string) => lintSync(text, { language }).findings.filter((f) => f.ruleId === RULE[language]).map((f) => f.actual);

describe('morphology', () => {
  it.each([
    ['kapster', 'kapsters'],
    ['lerares', 'leraressen'],
    ['studentin', 'studentinnen'],
    ['directrice', 'directrices'],
    ['adviseuse', 'adviseuses'],
    ['poetsvrouw', 'poetsvrouwen'],
    ['vakman', 'vakmannen'],
    ['kassameisje', 'kassameisjes'],
    ['loopjongen', 'loopjongens'],
    ['medewerker', 'medewerkers'],
    ['leraar', 'leraren'],
    ['verpleegkundige', 'verpleegkundigen'],
    ['vakkracht', 'vakkrachten'],
    ['contactpersoon', 'contactpersonen'],
    ['docent', 'docenten'],
    ['psycholoog', 'psychologen'],
    ['adviseur', 'adviseurs'],
    ['journalist', 'journalisten'],
  ])('nl %s → %s', (singular, plural) => {
    expect(pluralOf(singular, 'nl')).toBe(plural);
  });
  it.each([
    ['seamstress', 'seamstresses'],
    ['repairman', 'repairmen'],
    ['businesswoman', 'businesswomen'],
    ['busboy', 'busboys'],
    ['delivery driver', 'delivery drivers'],
    ['businessperson', 'businesspeople'],
    ['security guard', 'security guards'],
    ['secretary', 'secretaries'],
  ])('en %s → %s', (singular, plural) => {
    expect(pluralOf(singular, 'en')).toBe(plural);
  });
});

describe.each(titleLexicons.map((l) => [l.language, l] as const))('title table %s', (language, lexicon) => {
  const titles = expandTitles(lexicon);

  it('has no form twice and every form is lower case', () => {
    const forms = lexicon.entries.map((e) => e.form);
    expect(new Set(forms).size).toBe(forms.length);
    for (const form of forms) expect(form).toBe(form.toLowerCase());
  });

  // Heads ("-vrouw") are only the end of a compound: tested there and below.
  it.each(titles.phrases.filter((p) => !p.headOnly).map((p) => [p.phrase, p] as const))('flags "%s" with a neutral title', (phrase, title) => {
    const text = CARRIER[language](phrase);
    const finding = genderFindingOn(text, phrase, language);
    expect(finding, `no gender finding on '${phrase}'`).toBeDefined();
    if (finding!.ruleId === RULE[language]) {
      // Standing alone, an entry offers its `alone` suggestions when it has them.
      expect(finding!.suggestions[0]!.toLowerCase()).toBe((title.alone ?? title.suggestions)[0]!.toLowerCase());
      expect(finding!.fixable).toBe(title.dropIn);
    }
  });

  it.each(lexicon.entries.filter((e) => e.compound ?? language === 'nl').map((e) => [e.form, e] as const))(
    'flags "%s" at the end of a compound and keeps the head in the suggestion',
    (form, entry) => {
      const word = `hr-${form}`;
      const text = CARRIER[language](word);
      const finding = genderFindingOn(text, word, language);
      expect(finding, `no gender finding on '${word}'`).toBeDefined();
      if (finding!.ruleId === RULE[language]) expect(finding!.suggestions[0]).toBe(`hr-${entry.neutral[0]}`);
    },
  );

  it.each(lexicon.entries.map((e) => [e.form, e] as const))('accepts the pair form of "%s"', (form, entry) => {
    const partner = entry.pair ?? entry.neutral.find((n) => !/[/()]/u.test(n));
    if (!partner) return;
    const joiner = language === 'nl' ? 'of' : 'or';
    for (const text of [CARRIER[language](`${partner} ${joiner} ${form}`), CARRIER[language](`${form}/${partner}`)]) {
      const { findings } = lintSync(text, { language });
      expect(findings.filter((f) => f.ruleId === RULE[language]).map((f) => f.actual), text).toEqual([]);
    }
  });
});

describe('words that only look like titles', () => {
  it.each([
    ['nl', 'De hamster, de pleister en de minister staan in het register van het monster in Amsterdam.'],
    ['nl', 'Luister naar de ster van de avond: de filmster en de popster zingen in de Pinksteren.'],
    ['nl', 'Het management van Manhattan werkt met mantelzorg, bemanning en de human resources-afdeling.'],
    ['nl', 'Je werkt samen met de kapper, de directeur, de medewerker en de vakkracht.'],
    ['nl', 'Je test API’s met tools zoals Postman en SoapUI, en knipt bij Salon Kapster.'],
    ['en', 'We place governors, governesses and tutors with families.'],
    ['en', 'You will work with tin, copper and Hermes parcels in our Manchester warehouse.'],
    ['en', 'The human resources manager reports on management, the Ottoman archive and the German office.'],
    ['en', 'Our princess cake and the business of Mr Fisherman, a Dutch author, are both famous.'],
  ] as const)('%s: %s', (language, text) => {
    expect(titleFindings(language, text)).toEqual([]);
  });
});

describe('capitals', () => {
  it('flags a Dutch title written with a capital after an article or at the start', () => {
    for (const text of ['Wij zoeken een Kapster voor de zaterdag.', 'Kapster gezocht!', 'VAKMAN GEZOCHT']) {
      expect(lintSync(text, { language: 'nl' }).findings.some((f) => f.ruleId === RULE.nl), text).toBe(true);
    }
  });
});

describe('fixes', () => {
  it('offers a drop-in fix when a/an stays right ("an usherette" → "an usher")', () => {
    const f = lintSync('We need an usherette for the evening shows.', { language: 'en' }).findings.find((x) => x.ruleId === RULE.en)!;
    expect(f.suggestions[0]).toBe('usher');
    expect(f.fixable).toBe(true);
  });
  it('replaces a compound title and keeps its head and capital', () => {
    const text = 'Projectleidster gezocht voor onze vestiging.';
    const f = lintSync(text, { language: 'nl' }).findings.find((x) => x.ruleId === RULE.nl)!;
    expect(f.suggestions[0]).toBe('Projectleider');
    expect(f.fixable).toBe(true);
  });
  it('does not offer a fix that changes the article ("het kassameisje")', () => {
    const text = 'Het kassameisje helpt klanten.';
    const f = lintSync(text, { language: 'nl' }).findings.find((x) => x.ruleId === RULE.nl)!;
    expect(f.suggestions[0]).toBe('kassamedewerker');
    expect(f.fixable).toBe(false);
  });
  it('does not offer a fix that needs "an" instead of "a"', () => {
    const f = lintSync('We are hiring an anchorman for the evening news.', { language: 'en' }).findings.find((x) => x.ruleId === RULE.en)!;
    expect(f.suggestions[0]).toBe('news anchor');
    expect(f.fixable).toBe(false);
  });
});

describe('gendered compound heads by rule', () => {
  it.each([
    ['nl', 'Voor het kantoor zoeken we een kuisvrouw.', 'kuisvrouw', 'schoonmaker'],
    ['nl', 'Als werkplaatsjongen help je de monteurs.', 'werkplaatsjongen', 'werkplaatsmedewerker'],
    ['nl', 'Wij zoeken twee keukenmeiden.', 'keukenmeiden', 'keukenmedewerkers'],
    ['nl', 'Onze onthaaldame verwelkomt de gasten.', 'onthaaldame', 'onthaalmedewerker'],
    ['nl', 'Als tuinbouwjongen werk je buiten.', 'tuinbouwjongen', 'tuinbouwmedewerker'],
    ['nl', 'Als opslagman beheer je de voorraad.', 'opslagman', 'opslagmedewerker'],
    ['nl', 'Wij zoeken een microbiologe voor het lab.', 'microbiologe', 'microbioloog'],
    ['nl', 'Wij zoeken een huwelijksfotografe.', 'huwelijksfotografe', 'huwelijksfotograaf'],
    ['nl', 'De wijkagente kent de buurt.', 'wijkagente', 'wijkagent'],
    ['en', 'Our vice-chairman leads the committee.', 'vice-chairman', 'vice-chairperson'],
    ['en', 'The Co-Chairwoman opens the meeting.', 'Co-Chairwoman', 'Co-Chairperson'],
    ['en', 'Explain it in layman\'s terms.', "layman's", "layperson's"],
    ['en', 'Our deliverywomen start at six.', 'deliverywomen', 'deliverypeople'],
  ] as const)('%s: %s', (language, text, actual, suggestion) => {
    const f = lintSync(text, { language }).findings.find((x) => x.category === 'gender' && x.actual === actual);
    expect(f, text).toBeDefined();
    if (f!.ruleId === RULE[language]) expect(f!.suggestions[0]).toBe(suggestion);
  });

  it.each([
    ['nl', 'Mevrouw Jansen en onze bovenbuurvrouw lezen een roman; de transvrouw en de transman zijn welkom.'],
    ['nl', 'Wij bemannen de stand, verjongen het team en werken met human resources en een walkman.'],
    ['nl', 'Bosman en Zeeman zoeken collega\'s; neem contact op met meneer Timmerman.'],
    ['nl', 'Onze Engelsman en de Fransman werken in het Onze-Lieve-Vrouwziekenhuis.'],
    ['nl', 'Je werkt met homologe reeksen en biologische producten.'],
    ['nl', 'Wij zoeken een gastheer/gastvrouw (v/m/x) en een vakman of vakvrouw.'],
    ['en', 'She has business acumen, sends a specimen and keeps to a regimen.'],
    ['en', 'Goldman Sachs, Paul Newman and the Superman crew need a human touch.'],
    ['en', 'Women and gentlemen are welcome; the German and Roman offices are open.'],
    ['en', 'Experience managing a teamAn understanding of nightlife; ask Buijs-Palmen.'],
  ] as const)('not: %s: %s', (language, text) => {
    expect(titleFindings(language, text)).toEqual([]);
  });

  it('a head about clients is excused ("je begeleidt tienermeisjes")', () => {
    const { findings } = lintSync('Je begeleidt tienermeisjes bij hun huiswerk.', { language: 'nl' });
    expect(findings.filter((f) => f.category === 'gender').map((f) => f.actual)).toEqual([]);
  });
});
