// The context model (packages/core/src/context/, words in rules/<lang>/lexicon/context.yml): a
// clause that says a request is not made silences the rules it negates, only in that clause; a
// word inside a proper name is not advice about the candidate.
import { describe, expect, it } from 'vitest';
import { lintSync, type Language } from '@vacancy-lint/core';

function categories(text: string, language: Language): string[] {
  return lintSync(text, { language })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.category}:${f.actual}`);
}

describe('requests that are not made', () => {
  it.each([
    ['nl', 'Een rijbewijs is geen vereiste.'],
    ['nl', 'Nederlands als moedertaal is niet nodig; niveau B2 is genoeg.'],
    ['nl', 'Een pasfoto hoef je niet mee te sturen.'],
    ['nl', 'Je leeftijd speelt geen rol.'],
    ['nl', 'Studenten en herintreders zijn ook welkom.'],
    ['nl', 'Wij vragen niet naar je geboortedatum.'],
    ['en', 'A driving licence is not required for this role.'],
    ['en', 'We do not ask for a photo or your date of birth.'],
    ['en', 'Age is no barrier here.'],
    ['en', 'Native English is not a requirement; fluent English is enough.'],
  ] as const)('%s: %s', (language, text) => {
    expect(categories(text, language)).toEqual([]);
  });

  it.each([
    ['nl', 'Ervaring is geen vereiste, maar je moet wel jonger dan 30 zijn.', 'age'],
    ['nl', 'Geen rijbewijs nodig, wel Nederlands als moedertaal.', 'origin'],
    ['en', 'A photo is not required, but you must be under 30.', 'age'],
  ] as const)('only in its own clause — %s: %s', (language, text, category) => {
    expect(categories(text, language).some((c) => c.startsWith(`${category}:`)), text).toBe(true);
  });

  it.each([
    ['en', 'No driving licence is needed: the office is next to the station.'],
    ['nl', 'Geen rijbewijs nodig, de bus stopt voor de deur.'],
    ['en', 'No rockstars or ninjas here, just kind colleagues.'],
    ['nl', 'Bij ons geen rocksterren of goeroes, wel fijne collega\'s.'],
  ] as const)('a denied noun that is not needed, or denied jargon — %s: %s', (language, text) => {
    expect(categories(text, language)).toEqual([]);
  });

  it.each([
    ['en', 'No beards are allowed behind the counter.', 'religion'],
    ['en', 'No driving licence, no job: a licence is required.', 'disability'],
    ['nl', 'Je hebt geen baard, dat is vereist aan de balie.', 'religion'],
  ] as const)('a denied noun is still flagged when the denial is the demand — %s: %s', (language, text, category) => {
    expect(categories(text, language).some((c) => c.startsWith(`${category}:`)), text).toBe(true);
  });

  it.each([
    ['nl', 'Rijbewijs B is handig, maar geen must.'],
    ['nl', 'Een pasfoto is leuk, maar is niet verplicht.'],
    ['en', 'A driving licence is useful but not essential.'],
    ['en', 'A headshot is nice but is optional.'],
  ] as const)('a concession takes back the clause before it — %s: %s', (language, text) => {
    expect(categories(text, language)).toEqual([]);
  });

  it.each([
    ['nl', 'Rijbewijs B vereist, maar ervaring is niet nodig.', 'disability'],
    ['en', 'A driving licence is required, but no experience is needed.', 'disability'],
  ] as const)('a concession only takes back the clause when it starts with the break — %s: %s', (language, text, category) => {
    expect(categories(text, language).some((c) => c.startsWith(`${category}:`)), text).toBe(true);
  });

  it.each([
    ['nl', 'Mensen met een negen-tot-vijfmentaliteit hoeven niet te reageren.', 'family'],
    ['nl', '60-plussers hoeven niet te solliciteren.', 'age'],
    ['en', 'Candidates over 55 need not apply.', 'age'],
  ] as const)('a refusal is not a request that is not made — %s: %s', (language, text, category) => {
    expect(categories(text, language).some((c) => c.startsWith(`${category}:`)), text).toBe(true);
  });

  it.each([
    ['nl', 'We vragen nooit om je leeftijd.'],
    ['en', 'We never ask your age or your current salary.'],
  ] as const)('"nooit" and "never" deny the request — %s: %s', (language, text) => {
    expect(categories(text, language)).toEqual([]);
  });

  it('does not treat a demand phrased with "geen" as a negated request', () => {
    expect(categories('Je hebt geen kinderen en bent fulltime beschikbaar.', 'nl').some((c) => c.startsWith('family:'))).toBe(true);
  });

  it('still flags the same request without the negation', () => {
    expect(categories('Nederlands als moedertaal is vereist.', 'nl')).not.toEqual([]);
    expect(categories('Please send a photo with your CV.', 'en')).not.toEqual([]);
  });
});

describe('capitalised jargon before a capitalised run', () => {
  it('is a name without a job word in the run', () => {
    expect(categories("You'll coach kids on our Ninja Warrior obstacle course.", 'en')).toEqual([]);
  });

  it('is the jargon with a job word in the run', () => {
    expect(categories('We are hiring a Rockstar Sales Manager.', 'en').some((c) => c.startsWith('jargon:'))).toBe(true);
  });
});

describe('names', () => {
  it.each([
    ['nl', 'Je werkt mee aan projecten van Stichting Jong Talent.'],
    ['nl', 'Een Verklaring Omtrent Gedrag vragen we bij indiensttreding.'],
    ['en', 'We sponsor the Young Talent Foundation every year.'],
    // A capitalised run opening a sentence before a verb, after "at/with/join", or with ", a charity" after it.
    ['nl', 'Jonge Honden is het bureau dat onze campagnes maakt.'],
    ['en', 'Young Enterprise runs the school visits with us.'],
    ['en', 'You will volunteer with Young Heroes, a charity for carers.'],
    // A street word names a place; a possessive apostrophe stays inside a name or before an exception word.
    ['en', 'The depot is on Workman Road, next to the station.'],
    ['en', "We coach at the Boys' and Girls' Club in Hull."],
    ['en', "Our shop sells girls' school uniforms and shoes."],
  ] as const)('%s: %s', (language, text) => {
    expect(categories(text, language).filter((c) => !c.startsWith('personal-data'))).toEqual([]);
  });

  it.each([
    ['nl', 'Je spreekt Nederlands of Engels als moedertaal.', 'origin'],
    ['nl', 'Moedertaal Nederlands is een vereiste.', 'origin'],
    ['nl', 'Jong Team Gezocht', 'age'],
    ['en', 'Join our Young Team in Leeds.', 'age'],
    // A word for people or a title in the run, or a noun for people after it: a description, no name.
    ['en', 'We want a Young Developer for our studio.', 'age'],
    ['nl', 'Jonge Collega gezocht voor ons team.', 'age'],
    ['en', 'Ivy League graduates preferred.', 'jargon'],
  ] as const)('a capital is not a name on its own — %s: %s', (language, text, category) => {
    expect(categories(text, language).some((c) => c.startsWith(`${category}:`)), text).toBe(true);
  });
});

describe('reasons elsewhere in the ad', () => {
  it.each([
    ['nl', 'Rijbewijs B vereist.\n\nJe bezoekt dagelijks bouwplaatsen in heel Limburg.', 'nl.disability.rijbewijs', 3],
    ['nl', 'Als servicemonteur rij je met de bus van de zaak naar klanten.\n\nWat vragen wij?\n\n- Rijbewijs B', 'nl.disability.rijbewijs', 1],
    ['en', 'Requirements: a full driving licence.\n\nYou will visit sites across Yorkshire every week.', 'en.disability.driving-licence', 3],
    ['en', "Must have a valid driver's license.\n\nYou call on physicians and pharmacies in your territory.", 'en.disability.driving-licence', 3],
    ['nl', 'Je beschikt over een rijbewijs B.\n\nHet werk is deels op verplaatsing in heel Limburg.', 'nl.disability.rijbewijs', 3],
    // A driving job: its title is the reason.
    ['en', "# Courier, city centre\n\nA valid driver's licence is required.", 'en.disability.driving-licence', 1],
    ['en', 'We are hiring a mobile engineer for our boiler service.\n\nYou hold a full UK driving licence.', 'en.disability.driving-licence', 1],
    ['en', 'Deckhands must hold a valid ENG1 certificate.\n\nYou are physically fit and at ease on the water.', 'en.disability.good-health', 1],
  ] as const)('%s: a reason on another line turns the warning into information naming that line', (language, text, ruleId, line) => {
    const finding = lintSync(text, { language }).findings.find((f) => f.ruleId === ruleId);
    expect(finding?.severity).toBe('info');
    expect(finding?.message).toContain(language === 'nl' ? `regel ${line}` : `Line ${line}`);
  });

  it.each([
    ['nl', 'Rijbewijs B vereist.\n\nJe werkt op ons kantoor in Utrecht.', 'nl.disability.rijbewijs'],
    ['en', 'Requirements: a full driving licence.\n\nYou will work in our Leeds office.', 'en.disability.driving-licence'],
  ] as const)('%s: without a reason the demand stays a warning', (language, text, ruleId) => {
    expect(lintSync(text, { language }).findings.find((f) => f.ruleId === ruleId)?.severity).toBe('warning');
  });
});

describe('generic male pronouns', () => {
  const pronouns = (text: string, language: Language) =>
    lintSync(text, { language })
      // The older pattern rules (kandidaat-hij, generic-he) may report the same word first.
      .findings.filter((f) => ['nl.gender.generiek-hij', 'nl.gender.kandidaat-hij', 'en.gender.generic-pronoun', 'en.gender.generic-he'].includes(f.ruleId))
      .map((f) => f.actual);

  it.each([
    ['nl', 'De ideale kandidaat werkt nauwkeurig. Hij houdt van cijfers en bewaakt zijn planning.', ['Hij', 'zijn']],
    ['nl', 'Onze nieuwe collega start in maart; hij krijgt een inwerkprogramma.', ['hij']],
    ['en', 'The successful applicant will work shifts. He must be able to lift 20 kg.', ['He']],
    ['en', 'The employee keeps his workstation clean.', ['his']],
    // 'die zijn eigen …': after 'die' the word is still the possessive when 'eigen' follows.
    ['nl', 'Wij zoeken een servicemonteur die zijn eigen planning maakt.', ['zijn']],
    // 'our ideal …' is the person sought, not someone who already works there.
    ['en', 'Our ideal hire knows his way around spreadsheets.', ['his']],
    // "wie …", "iedereen die …", "anyone who …", "whoever …": anyone who takes the job.
    ['nl', 'Wie bij ons begint, krijgt een laptop. Hij werkt vaak bij klanten.', ['Hij']],
    ['nl', 'Iedereen die solliciteert, stuurt zijn cv naar de afdeling HR.', ['zijn']],
    ['en', 'Anyone who joins the crew brings his own boots.', ['his']],
    ['en', 'Whoever takes the role will find his desk ready.', ['his']],
    // A bare "Hij"/"He" with a requirement verb after a heading, with nobody named before it.
    ['nl', 'Wat vragen wij? Hij heeft een VCA-diploma.', ['Hij']],
    // A bare "Hij"/"He" after a word for the job itself, and a pronoun after an expectation with no one before it.
    ['nl', 'De functie omvat het plannen van ritten. Hij rapporteert aan de vestigingsmanager.', ['Hij']],
    ['en', 'The role covers the rota for two shops. He will order stock each week.', ['He']],
    ['nl', 'Er wordt verwacht dat hij zelfstandig werkt.', ['hij']],
    ['en', 'It is essential that he holds a forklift licence.', ['he']],
    // The person sought ("Wij zoeken een ervaren lasser", "looking for a driver"); a place is no person ("door heel Nederland").
    ['nl', 'Wij zoeken een ervaren lasser die zelfstandig werkt. Hij leest tekeningen.', ['Hij']],
    ['en', 'We are looking for a driver. He will deliver parcels across Kent.', ['He']],
    ['nl', 'De chauffeur rijdt door heel Nederland en hij laadt zelf.', ['hij']],
  ] as const)('%s: %s', (language, text, expected) => {
    expect(pronouns(text, language)).toEqual([...expected]);
  });

  it.each([
    ['nl', 'Je werkt samen met onze teamleider. Hij heeft twintig jaar ervaring.'],
    ['nl', 'De kandidaat stuurt een cv. Wij zijn blij met zijn of haar reactie.'],
    ['nl', 'Wij zijn een team van 40 mensen en zijn trots op ons werk.'],
    ['nl', 'Onze monteurs zijn eigen baas op de bouwplaats.'],
    ['en', 'You will support our director. He leads the finance team.'],
    ['en', 'The candidate will help each customer find what he needs.'],
    ['en', 'Every applicant can describe his or her experience.'],
    // A title before a name is that person's title: "Directeur Ahmed Yilmaz".
    ['nl', 'Directeur Ahmed Yilmaz leidt het bedrijf. Hij is trots op het team.'],
    ['en', 'Director Ahmed Khan leads the firm. He is proud of the team.'],
    ['nl', 'Wie zijn wij? Onze oprichter begon in 1990 en hij werkt nog elke dag mee.'],
    ['nl', 'Pieter werkt al tien jaar bij ons. Hij heeft veel geleerd.'],
    ['en', 'Requirements: Maria Lopez leads the team. He has no say in it.'],
    // An expectation about someone else in view; 'wil … zijn' is the verb, not a possessive.
    ['nl', 'Je rapporteert aan de directeur. Er wordt verwacht dat hij je wekelijks spreekt.'],
    ['en', 'You will report to the director. It is important that he trusts your judgement.'],
    ['nl', 'Wil je de schakel zijn tussen techniek en gebruiker?'],
    ['en', 'We are looking for a carer for Mr Jones. He needs help with meals.'],
    ['nl', 'Je werkt samen met Jan uit Utrecht. Hij leert je het vak.'],
  ] as const)('not about the candidate — %s: %s', (language, text) => {
    expect(pronouns(text, language)).toEqual([]);
  });
});

describe('words about other people', () => {
  it.each([
    ['nl', 'Als loopbaancoach help je schoolverlaters aan een eerste baan.'],
    ['nl', 'Je adviseert jonge ouders over kinderopvang.'],
    ['en', 'You will advise first-time buyers and young couples on mortgages.'],
    ['en', 'Our app serves young mothers and their babies.'],
  ] as const)('%s: %s', (language, text) => {
    expect(categories(text, language)).toEqual([]);
  });

  it.each([
    ['nl', 'Help jij ons jonge team met de planning?', 'age'],
    ['nl', 'Dit is een baan voor schoolverlaters.', 'age'],
    ['en', 'Help our young team grow the business.', 'age'],
  ] as const)('the reader’s own group is still flagged — %s: %s', (language, text, category) => {
    expect(categories(text, language).some((c) => c.startsWith(`${category}:`)), text).toBe(true);
  });
});

describe('words about someone specific', () => {
  it.each([
    // A pair form for the named contact person, with the person's title in apposition.
    ['nl', 'Bel Sanne Verbeek, adviseur werving, op 010 123 45 67. Bij vragen kan hij/zij je verder helpen.'],
    ['en', 'Questions? Call Priya Shah, our recruiter, on 0161 555 0101. He or she will explain the next steps.'],
    // A person noun said of someone specific.
    ['en', 'You will work closely with our founder, who is a really friendly guy.'],
    // A noun after "is a (retired)" describes the person already named.
    ['en', 'Our client Bert is a retired builder; you will help him with his shopping.'],
  ] as const)('%s: %s', (language, text) => {
    expect(categories(text, language).filter((c) => c.startsWith('gender:') || c.startsWith('sexual-orientation:'))).toEqual([]);
  });

  it.each([
    ['nl', 'De kandidaat werkt zelfstandig. Hij/zij plant het eigen werk.', 'gender'],
    ['en', 'The successful applicant joins the sales team. He or she reports to the director.', 'gender'],
    ['en', 'We are looking for a JavaScript guy to join us.', 'gender'],
  ] as const)('still flagged for the candidate — %s: %s', (language, text, category) => {
    expect(categories(text, language).some((c) => c.startsWith(`${category}:`)), text).toBe(true);
  });
});

describe('names with the organisation word after them', () => {
  it.each([
    ['en', 'The Old Vic theatre is one of our partners.', 'gender'],
    ['en', 'Our chef won a James Beard Award in 2019.', 'gender'],
    ['en', 'She was named by the James Beard Foundation and IACP.', 'gender'],
    ['en', 'The Young Vic theatre is one of our clients.', 'age'],
  ] as const)('%s: %s', (language, text, category) => {
    expect(categories(text, language).filter((c) => c.startsWith(`${category}:`))).toEqual([]);
  });

  it('a job title before an organisation word is still the job', () => {
    expect(categories('Hotel Barman wanted for weekend shifts.', 'en').some((c) => c.startsWith('gender:'))).toBe(true);
  });
});

describe('possessives and plurals of person nouns', () => {
  it.each([
    ['en', "The foreman's duties include safety briefings.", "foreman's", "supervisor's"],
    ['en', "The chambermaid's trolley is in the lift.", "chambermaid's", undefined],
    ['nl', 'Wij zoeken twee timmermannen voor een nieuwbouwwijk.', 'timmermannen', 'timmerkrachten'],
    ['nl', 'Wij zoeken timmerlieden met ervaring in houtbouw.', 'timmerlieden', 'timmerkrachten'],
  ] as const)('%s: %s', (language, text, actual, suggestion) => {
    const finding = lintSync(text, { language }).findings.find((f) => f.category === 'gender');
    expect(finding?.actual).toBe(actual);
    expect(finding?.fixable).toBe(false);
    if (suggestion) expect(finding?.suggestions[0]).toBe(suggestion);
  });

  it('a capitalised surname in the plural form is still a name', () => {
    expect(categories('Stuur je brief naar de familie Timmermannen.', 'nl')).toEqual([]);
  });
});
