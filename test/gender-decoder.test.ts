// Conformance with Gender Decoder's own test cases (lovedaybrooke/gender-decoder @ 73724e6, in
// ../shared/peer-fixtures): our English gender-coded balance must find the same coded words, the
// same counts and the same label. Every disagreement is listed below with the reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintSync } from '@vacancy-lint/core';
import { describeNeeding, sharedPath } from './fixtures/shared.js';

const FIXTURE = sharedPath('peer-fixtures/lovedaybrooke__gender-decoder/derived_test_cases.json');

interface Case {
  test: string;
  var: string;
  input: string;
  expected: Record<string, unknown>;
}

/** Where we differ from Gender Decoder on purpose, keyed by `test/var/field`. */
const DIFFERENCES: Record<string, string> = {
  'test_analyse/j1/masculine_coded_words':
    "Gender Decoder's analyse() keeps repeats in its word list ('decisiveness' twice); we list each coded word once. The counts, which do include repeats, agree.",
};

/** Gender Decoder tests of its own helpers that have no counterpart in our output. */
const NOT_COMPARABLE: Record<string, string> = {
  test_clean_up_word_list: 'tests its internal word splitter (which also drops every non-ASCII letter, so it breaks "creëren"); we split words with NLCST',
  test_list_words: 'tests an internal helper with no expected output in the fixture',
  test_increment_or_create: 'tests an internal counter helper with no expected output',
  test_process_ad: 'tests the web form plumbing with no expected output',
};

describeNeeding(['peerFixtures'], 'Gender Decoder conformance', () => {
  const cases = (JSON.parse(readFileSync(FIXTURE, 'utf8')) as { cases: Case[] }).cases;

  it('every peer test is either compared or explained', () => {
    for (const c of cases) {
      const compared = ['coding', 'masculine_coded_words', 'masculine_word_count'].some((k) => k in c.expected);
      expect(compared || c.test in NOT_COMPARABLE, `${c.test}/${c.var}`).toBe(true);
    }
  });

  const comparable = cases.filter((c) => !(c.test in NOT_COMPARABLE));
  it.each(comparable.map((c) => [`${c.test}/${c.var}`, c] as const))('%s', (_name, c) => {
    const g = lintSync(c.input, { language: 'en' }).summary.genderCoded;
    const ours: Record<string, string> = {
      masculine_coded_words: g.masculineWords.join(','),
      feminine_coded_words: g.feminineWords.join(','),
      masculine_word_count: String(g.masculine),
      feminine_word_count: String(g.feminine),
      coding: g.label,
    };
    let checked = 0;
    for (const [field, expected] of Object.entries(c.expected)) {
      if (!(field in ours)) continue;
      const key = `${c.test}/${c.var}/${field}`;
      if (key in DIFFERENCES) {
        // A listed difference must still be a difference; if it goes away, drop it from the list.
        expect(ours[field], key).not.toBe(String(expected));
        continue;
      }
      expect(ours[field], key).toBe(String(expected));
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('Gender Decoder word splitting', () => {
  it('handles Dutch diacritics as part of a word (creëren, financiële)', () => {
    const g = lintSync('Je bent ambitieus en competitief en je wilt nieuwe dingen creëren.', { language: 'nl' }).summary.genderCoded;
    expect(g.masculineWords).toEqual(['ambitieus', 'competitief']);
    const tokens = lintSync('Wij creëren een financiële planning.', { language: 'nl' }).summary.words;
    expect(tokens).toBe(5);
  });
});

describe('gender-coded findings in an ad', () => {
  const ad = 'You are competitive, driven, decisive and fearless. You work independently and lead the team.';

  it('give one finding for a strongly coded ad by default, with the words and what to add', () => {
    const { findings } = lintSync(ad, { language: 'en' });
    const coded = findings.filter((f) => f.category === 'gender-coded');
    expect(coded.map((f) => [f.ruleId, f.actual])).toEqual([['en.gender-coded.masculine', 'competitive']]);
    expect(coded[0]!.message).toMatch(/^This ad leans masculine: 6 masculine-coded words \(competitive, driven, decisive, fearless, independently, lead\) against 0 feminine-coded\. Add words like 'collaborative', 'committed', 'thoughtful', …\.$/);
  });

  it("give one finding per coded word only with genderCodedWords: 'each'", () => {
    const each = lintSync(ad, { language: 'en', config: { genderCodedWords: 'each' } }).findings.filter((f) => f.category === 'gender-coded');
    expect(each.map((f) => f.ruleId)).toEqual(Array(6).fill('en.gender-coded.masculine-word'));
  });

  it('stay silent when the ad leans only slightly (the summary still has the label)', () => {
    const result = lintSync('You are competitive and driven, and you support the team.', { language: 'en' });
    expect(result.summary.genderCoded.label).toBe('masculine-coded');
    expect(result.findings.filter((f) => f.category === 'gender-coded')).toEqual([]);
  });

  it('do not count headings, labels or title-case names ("Data Analyst", "Responsibilities")', () => {
    const text = 'Senior Data Analyst\n\nResponsibilities\nYou build reports.\nLead Developer: Sam\nRequirements: you know SQL.\nWe hire a Senior Data Analyst who is supportive.';
    const g = lintSync(text, { language: 'en' }).summary.genderCoded;
    expect(g.masculineWords).toEqual([]);
    expect(g.feminineWords).toEqual(['supportive']);
  });

  it('still count coded words in list items and ordinary sentences', () => {
    const g = lintSync('What we ask:\n- Competitive\n- Ambitious\nYou lead a team.', { language: 'en' }).summary.genderCoded;
    expect(g.masculineWords).toEqual(['competitive', 'ambitious', 'lead']);
  });
});
