/**
 * Language from what a text contains: short texts, unsupported languages, sentences of two
 * languages in one paragraph, and sentences glued together by flattened HTML.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, lintSync, type LintResult } from '@vacancy-lint/core';
import { retext } from 'retext';
import retextDutch from 'retext-dutch';
import { retextVacancyLint } from '@vacancy-lint/core';

const ids = (r: LintResult) => r.findings.map((f) => f.ruleId);
/** Every finding's `actual` must be the source text at its offsets. */
function exact(source: string, r: LintResult): void {
  for (const f of r.findings) expect(source.slice(f.offset, f.endOffset)).toBe(f.actual);
}

describe('short texts are decided on what they contain, not on the default', () => {
  const cases: Array<[string, 'nl' | 'en']> = [
    ['Hiring a barman for weekends.', 'en'],
    ['Barman wanted', 'en'],
    ['Salesman wanted!', 'en'],
    ['Join our team as a waitress', 'en'],
    ['Wij zoeken een kapster', 'nl'],
    ['Kapster gezocht', 'nl'],
    ['Verpleegster gevraagd', 'nl'],
    ['Barman gezocht voor het weekend', 'nl'],
  ];
  for (const [text, language] of cases) {
    it(`"${text}" is ${language}, whatever the default`, () => {
      expect(detectLanguage(text, language === 'en' ? 'nl' : 'en').language).toBe(language);
      expect(lintSync(text, { config: { defaultLanguage: language === 'en' ? 'nl' : 'en' } }).language).toBe(language);
    });
  }

  it('"Hiring a barman for weekends." gets the English rule', () => {
    const r = lintSync('Hiring a barman for weekends.');
    expect(r.language).toBe('en');
    expect(r.findings.map((f) => [f.ruleId, f.actual, f.language])).toContainEqual(['en.gender.barmaid', 'barman', 'en']);
  });

  it('a text with no evidence at all still follows the configured default', () => {
    expect(lintSync('Amsterdam', { config: { defaultLanguage: 'en' } }).language).toBe('en');
    expect(lintSync('Amsterdam').language).toBe('nl');
  });
});

describe('languages without rules are reported, not linted with Dutch rules', () => {
  const cases: Array<[string, string, string]> = [
    ['Wir suchen einen Verkäufer für unser junges Team.', 'de', 'German'],
    ['Stellenangebot: Krankenschwester (m/w) gesucht. Wir bieten Ihnen ein junges, dynamisches Team und eine gute Bezahlung.', 'de', 'German'],
    ['Nous cherchons une serveuse pour notre équipe jeune et dynamique.', 'fr', 'French'],
    ['Buscamos un camarero para fines de semana, con experiencia.', 'es', 'Spanish'],
  ];
  for (const [text, code, name] of cases) {
    it(`${name}: language 'und', no findings, a notice that names it`, () => {
      const r = lintSync(text);
      expect(r.language).toBe('und');
      expect(r.findings).toEqual([]);
      expect(r.summary.languages).toEqual([]);
      expect(r.unsupported).toMatchObject({ language: code, name });
      expect(r.unsupported!.message).toBe(`This text looks ${name}; vacancy-lint checks Dutch and English, so it was not checked.`);
      expect(detectLanguage(text, 'nl')).toMatchObject({ language: 'und', looksLike: code });
    });
  }

  it('a forced language still lints (the caller knows best)', () => {
    const r = lintSync('Wir suchen einen Verkäufer für unser Team.', { language: 'nl' });
    expect(r.language).toBe('nl');
    expect(r.unsupported).toBeUndefined();
  });

  it('a German paragraph inside a Dutch ad is left out; the Dutch is linted', () => {
    const text =
      'Wij zoeken een verpleegster voor de nachtdienst in ons ziekenhuis in Venlo.\n\n' +
      'Für unsere deutschen Kunden: wir suchen auch eine Krankenschwester mit Erfahrung in der Pflege und einen Hausmeister für das Gebäude.';
    const r = lintSync(text);
    expect(r.language).toBe('nl');
    expect(r.findings.map((f) => f.actual)).toEqual(['verpleegster']);
    exact(text, r);
  });

  it('a French paragraph in an English ad is left out, even though "de" and "en" are Dutch words', () => {
    const text =
      'We are looking for a salesman for our shop in Ottawa. You will work with a friendly team.\n\n' +
      'Au Centre de santé, nous traitons la maladie lorsqu’elle se présente. En plus, nous travaillons fort pour créer une communauté en bonne santé, et nous cherchons un jeune vendeur.';
    const r = lintSync(text);
    expect(r.language).toBe('en');
    expect(r.findings.map((f) => [f.actual, f.language])).toEqual([['salesman', 'en']]);
    // Not read as Dutch (nor as English): only the English paragraph was linted.
    expect(r.summary.languages).toEqual(['en']);
    expect(r.summary.words).toBeLessThan(25);
    exact(text, r);
  });

  it('Dutch and English texts are never reported as unsupported', () => {
    for (const text of [
      'Je komt te werken in een team van tien collega’s. Salaris: schaal 8, maximaal € 4.000 per maand.',
      'You will join a team of ten. We offer a salary of £40,000 and flexible hours.',
      'De functie',
      'Senior Developer – Python, Django, PostgreSQL, Kubernetes, Docker, AWS, Terraform, Grafana, Prometheus',
    ]) expect(lintSync(text).language).not.toBe('und');
  });

  it('the unified plugin reports the language instead of linting it', async () => {
    const file = await retext().use(retextDutch).use(retextVacancyLint).process('Nous cherchons une serveuse pour notre équipe jeune et dynamique.');
    expect(file.messages.map((m) => [m.ruleId, m.reason])).toEqual([['unsupported-language', 'This text looks French; vacancy-lint checks Dutch and English, so it was not checked.']]);
  });
});

describe('a paragraph with sentences in both languages is split per sentence', () => {
  const text =
    'Wij zoeken een verpleegster voor ons ziekenhuis en je werkt in wisselende diensten. ' +
    'We are hiring a salesman for our partner company, and you report to the chairman.';

  it('each sentence gets its own language and rules, at exact positions', () => {
    const r = lintSync(text);
    const got = r.findings.map((f) => [f.ruleId, f.actual, f.language]);
    expect(got).toContainEqual(['nl.gender.functietitel-verpleegster', 'verpleegster', 'nl']);
    expect(got).toContainEqual(['en.gender.salesman', 'salesman', 'en']);
    expect(got).toContainEqual(['en.gender.chairman', 'chairman', 'en']);
    expect(r.summary.languages.sort()).toEqual(['en', 'nl']);
    exact(text, r);
  });

  it('one English word or phrase in a Dutch sentence does not switch it', () => {
    const dutch = 'Wij bieden een lease auto, een laptop, een phone and a great team, en je werkt als verpleegster in een ziekenhuis.';
    const r = lintSync(dutch);
    expect(r.language).toBe('nl');
    expect(r.findings.every((f) => f.language === 'nl')).toBe(true);
    expect(ids(r)).toContain('nl.gender.functietitel-verpleegster');
  });
});

describe('a missing space after a sentence end does not hide words', () => {
  it('"school leavers.This" is two sentences with both words seen (English)', () => {
    const glued = 'Ideal for school leavers.This role suits a salesman.';
    const spaced = 'Ideal for school leavers. This role suits a salesman.';
    const a = lintSync(glued, { language: 'en' });
    const b = lintSync(spaced, { language: 'en' });
    expect(a.findings.map((f) => f.ruleId)).toEqual(b.findings.map((f) => f.ruleId));
    expect(a.findings.map((f) => f.actual)).toEqual(['school leavers', 'salesman']);
    exact(glued, a);
  });

  it('Dutch, and with ? and !', () => {
    const glued = 'Wij zoeken een verpleegster.Heb jij een jong team nodig?Wij zoeken ook een kapster!Solliciteer nu.';
    const r = lintSync(glued, { language: 'nl' });
    expect(r.findings.map((f) => f.actual)).toEqual(expect.arrayContaining(['verpleegster', 'jong team']));
    exact(glued, r);
  });

  it('leaves Node.js, ASP.NET, e.g. and version numbers whole', () => {
    const r = lintSync('We use Node.js and ASP.NET, e.g. version 2.1.', { language: 'en' });
    expect(r.summary.longSentences).toBe(0);
    expect(r.findings).toEqual([]);
  });
});
