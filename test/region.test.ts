/**
 * Jurisdiction: the law a finding cites and the right-to-work wording follow the region
 * (config, per-document option, or the default from the language), through the overlay files in
 * rules/<language>/regions/.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Ajv } from 'ajv';
import { lintSync, REGIONS, type Finding, type LintResult } from '@vacancy-lint/core';

const ROOT = join(import.meta.dirname, '..');
const find = (r: LintResult, id: string): Finding => {
  const f = r.findings.find((x) => x.ruleId === id);
  if (!f) throw new Error(`${id} not reported; got ${r.findings.map((x) => x.ruleId).join(', ')}`);
  return f;
};
/** Everything a finding says that could name a law or a country. */
const said = (f: Finding) => [f.message, f.explanation, ...f.suggestions, ...f.sources].join('\n');
const DUTCH_ACTS = /\b(?:AWGB|WGBL|WGB m\/v|WGBH\/CZ|WOA)\b|Wet gelijke behandeling|mensenrechten\.nl\/nl\/(?:vacaturecheck|subpage)|NVP Sollicitatiecode/u;

const DUTCH = [
  'Wij zoeken een verpleegster voor ons jonge team.',
  'Stuur je cv met pasfoto en vermeld je nationaliteit.',
  'Vermeld je burgerlijke staat en je geboortedatum.',
  'Een hoofddoek is niet toegestaan.',
  'Je bent ongebonden en hebt geen kinderwens.',
  'Je bent fysiek fit en hebt een goede gezondheid.',
].join(' ');

describe('Dutch text in Belgium (nl-BE) cites Belgian law', () => {
  const be = lintSync(DUTCH, { region: 'nl-BE' });
  const nl = lintSync(DUTCH);

  it('the same sentences cite Dutch acts by default and Belgian acts with nl-BE', () => {
    expect(nl.region).toBe('nl-NL');
    expect(be.region).toBe('nl-BE');
    expect(be.findings.map((f) => f.ruleId)).toEqual(nl.findings.map((f) => f.ruleId));
    expect(nl.findings.some((f) => DUTCH_ACTS.test(said(f)))).toBe(true);
    for (const f of be.findings) expect(said(f), f.ruleId).not.toMatch(DUTCH_ACTS);
  });

  it('each ground gets its Belgian act', () => {
    expect(find(be, 'nl.age.jong-team').sources.join()).toMatch(/Antidiscriminatiewet \(wet van 10 mei 2007\)/u);
    expect(find(be, 'nl.age.jong-team').explanation).toContain('(Antidiscriminatiewet)');
    expect(find(be, 'nl.gender.functietitel-verpleegster').sources.join()).toMatch(/Genderwet \(wet van 10 mei 2007/u);
    expect(find(be, 'nl.gender.functietitel-verpleegster').explanation).toContain('(Genderwet)');
    expect(find(be, 'nl.religion.hoofddoek').sources.join()).toMatch(/Antidiscriminatiewet/u);
    expect(find(be, 'nl.disability.fysiek-fit').sources.join()).toMatch(/Antidiscriminatiewet/u);
    expect(find(be, 'nl.personal-data.nationaliteit-vermelden').sources.join()).toMatch(/Antiracismewet \(wet van 30 juli 1981\)/u);
    expect(find(be, 'nl.personal-data.foto').explanation).toContain('cao nr. 38');
    expect(find(be, 'nl.personal-data.foto').sources).toContain('https://www.unia.be');
  });

  it('config.region works like the option, and the option wins', () => {
    const viaConfig = lintSync(DUTCH, { config: { region: 'nl-BE' } });
    expect(viaConfig.findings).toEqual(be.findings);
    expect(lintSync(DUTCH, { config: { region: 'nl-BE' }, region: 'nl-NL' }).findings).toEqual(nl.findings);
  });

  it('an unknown region is a clear error, not a silent default', () => {
    expect(() => lintSync(DUTCH, { region: 'nl-XX' as never })).toThrow(/Unknown region 'nl-XX': use one of nl-NL, nl-BE/u);
    expect(() => lintSync('Wir suchen einen Verkäufer für unser Team.', { config: { region: 'BE' as never } })).toThrow(/Unknown region 'BE'/u);
  });
});

describe('the right to work is named per region', () => {
  const text = 'Please state your nationality. Candidates must be British nationals.';
  const suggestions = (region?: (typeof REGIONS)[number]) => {
    const r = lintSync(text, region ? { region } : {});
    return [...find(r, 'en.personal-data.origin-questions').suggestions, ...find(r, 'en.origin.nationality').suggestions].join(' | ');
  };

  it('en-GB: the right to work in the UK', () => {
    expect(suggestions('en-GB')).toContain('the right to work in the UK');
  });

  it('en-US: authorized to work in the US, never the UK', () => {
    expect(suggestions('en-US')).toMatch(/authorized to work in the (?:US|United States)/u);
    expect(suggestions('en-US')).not.toMatch(/\bUK\b/u);
  });

  it('en-IE: permission to work in Ireland, and Irish law', () => {
    const r = lintSync(text, { region: 'en-IE' });
    expect(suggestions('en-IE')).toContain('Ireland');
    expect(suggestions('en-IE')).not.toMatch(/\bUK\b|\bUS\b/u);
    expect(find(r, 'en.origin.nationality').sources.join()).toContain('Employment Equality Acts');
    for (const f of r.findings) expect(said(f), f.ruleId).not.toMatch(/Equality Act 2010|U\.S\.C\./u);
  });

  it('no region: English names no country', () => {
    expect(lintSync(text).region).toBeUndefined();
    expect(suggestions()).not.toMatch(/\bUK\b|\bUS\b|United States/u);
  });

  it('an English paragraph in a Dutch ad is read under Dutch law, not told about the UK', () => {
    const mixed = 'Wij zoeken een collega voor ons team in Utrecht. Je werkt met klanten in heel Nederland.\n\nPlease state your nationality and send your CV to our recruiter.';
    const r = lintSync(mixed);
    expect(r.language).toBe('nl');
    const f = find(r, 'en.personal-data.origin-questions');
    expect(f.language).toBe('en');
    expect(said(f)).toContain('the Netherlands');
    expect(said(f)).not.toMatch(/\bUK\b|U\.S\.C\./u);
  });

  it('US sources only for en-US, UK sources only for en-GB', () => {
    const us = lintSync('We are looking for a salesman.', { region: 'en-US' });
    const gb = lintSync('We are looking for a salesman.', { region: 'en-GB' });
    expect(find(us, 'en.gender.salesman').sources.join()).not.toMatch(/Equality Act 2010|acas/u);
    expect(find(us, 'en.gender.salesman').sources.join()).toMatch(/Title VII/u);
    expect(find(gb, 'en.gender.salesman').sources.join()).not.toMatch(/U\.S\.C\.|eeoc/u);
    expect(find(gb, 'en.gender.salesman').sources.join()).toMatch(/Equality Act 2010/u);
  });
});

describe('region overlay files', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'rules/region.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const files = ['nl', 'en'].flatMap((lang) => readdirSync(join(ROOT, 'rules', lang, 'regions')).map((name) => ({ lang, name })));

  it('validate against rules/region.schema.json and are named after their region', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const { lang, name } of files) {
      const data = parse(readFileSync(join(ROOT, 'rules', lang, 'regions', name), 'utf8'));
      expect(validate(data), `${lang}/regions/${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(`${data.region}.yml`).toBe(name);
      expect(data.language).toBe(lang);
    }
  });

  it('REGIONS lists exactly the regions with data (nl-NL is the rules’ own)', () => {
    const tags = files.map((f) => f.name.replace(/\.yml$/u, '')).filter((t) => t.includes('-'));
    expect([...REGIONS].sort()).toEqual(['nl-NL', ...tags].sort());
  });

  it('the config schema accepts exactly REGIONS', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'packages/config/schema/config.schema.json'), 'utf8'));
    expect([...config.properties.region.enum].sort()).toEqual([...REGIONS].sort());
  });
});
