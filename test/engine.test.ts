// Behaviour of the core engine that no single rule owns: positions, formats, languages,
// configuration, directives and the unified plugin.
import { describe, expect, it } from 'vitest';
import { retext } from 'retext';
import retextDutch from 'retext-dutch';
import { lint, lintSync, listRules, retextVacancyLint, type Finding } from '@vacancy-lint/core';

function expectExactPositions(source: string, findings: Finding[]) {
  const lines = source.split(/\r\n|\r|\n/u);
  for (const f of findings) {
    expect(source.slice(f.offset, f.endOffset)).toBe(f.actual);
    // line/column point at the same place as offset.
    const before = lines.slice(0, f.line - 1).reduce((n, l) => n + l.length, 0);
    const newlineChars = source.slice(0, f.offset).match(/\r\n|\r|\n/gu)?.join('').length ?? 0;
    expect(before + newlineChars + f.column - 1).toBe(f.offset);
  }
}

describe('the examples of the issue', () => {
  it('stays quiet on management, mantelzorg, Manhattan and Human Resources', () => {
    expect(lintSync('De manager bedrijfsvoering regelt mantelzorgverlof.').findings).toEqual([]);
    expect(lintSync('Our Manhattan office is managed by Human Resources.').findings).toEqual([]);
  });

  it('flags a gendered title and an age cue, with suggestions, in Dutch', async () => {
    const text = 'Wij zoeken een verpleegster voor ons jonge team.';
    const result = await lint(text);
    expect(result.language).toBe('nl');
    const byCategory = new Map(result.findings.map((f) => [f.category, f]));
    expect(byCategory.get('gender')?.actual).toBe('verpleegster');
    expect(byCategory.get('gender')?.suggestions).toContain('verpleegkundige');
    expect(byCategory.get('age')?.actual).toBe('jonge team');
    expect(byCategory.get('age')?.suggestions.length).toBeGreaterThan(0);
    for (const f of result.findings) {
      expect(f.message).not.toMatch(/\n/u);
      expect(f.explanation.length).toBeGreaterThan(20);
      expect(f.sources.length).toBeGreaterThan(0);
      expect(f.language).toBe('nl');
    }
    expectExactPositions(text, result.findings);
  });

  it('gives the sync and async variants the same result', async () => {
    const text = 'Wij zoeken een verpleegster voor ons jonge team.';
    expect(await lint(text)).toEqual(lintSync(text));
  });
});

describe('positions', () => {
  it('are exact after accents, emoji and CRLF line ends', () => {
    const text = 'Café “De Jonge Hond” 🚀 zoekt:\r\nÉén collega voor ons jonge\r\nteam. Crème brûlée 👩‍🍳 en een jong team.';
    const { findings } = lintSync(text, { language: 'nl' });
    expect(findings.filter((f) => f.ruleId === 'nl.age.jong-team').map((f) => f.actual)).toEqual(['jonge\r\nteam', 'jong team']);
    expectExactPositions(text, findings);
    const first = findings.find((f) => f.actual === 'jonge\r\nteam')!;
    expect([first.line, first.column, first.endLine, first.endColumn]).toEqual([2, 22, 3, 5]);
  });

  it('do not match across sentences or paragraphs', () => {
    expect(lintSync('Wij zijn jong.\n\nTeam B begint om 9 uur.', { language: 'nl' }).findings.filter((f) => f.category === 'age')).toEqual([]);
    expect(lintSync('Ik ben jong. Team is alles.', { language: 'nl' }).findings.filter((f) => f.category === 'age')).toEqual([]);
  });

  it('never match inside a longer word', () => {
    expect(lintSync('De jongeteamleider en het jongteamoverleg.', { language: 'nl' }).findings.filter((f) => f.ruleId === 'nl.age.jong-team')).toEqual([]);
  });
});

describe('markdown', () => {
  const md = [
    '---',
    'lang: nl',
    'title: jong team',
    '---',
    '# Vacature',
    '',
    'Code `jong team` and',
    '',
    '```',
    'jong team',
    '```',
    '',
    'Zie https://example.org/jong-team of mail jong.team@example.org.',
    '',
    'Je komt in een **jonge** team.',
    '',
  ].join('\n');

  it('skips front matter, code, URLs and e-mail, and maps positions to the source', () => {
    const { findings, language } = lintSync(md, { format: 'markdown' });
    expect(language).toBe('nl');
    const ages = findings.filter((f) => f.ruleId === 'nl.age.jong-team');
    expect(ages).toHaveLength(1);
    expect(ages[0]!.line).toBe(15);
    expectExactPositions(md, findings);
  });

  it('lets front matter set the language even for English-looking text', () => {
    expect(lintSync('---\nlang: en\n---\nJong team.', { format: 'markdown' }).language).toBe('en');
  });

  it('honours disable, enable and disable-next-line comments and reports unused ones', () => {
    const text = [
      'Wij zijn een jong team.',
      '',
      '<!-- vacancy-lint-disable nl.age -->',
      '',
      'Nog een jong team.',
      '',
      '<!-- vacancy-lint-enable -->',
      '<!-- vacancy-lint-disable-next-line age -->',
      'Weer een jong team.',
      '',
      'En nog een jong team.',
      '',
      '<!-- vacancy-lint-disable-next-line -->',
      'Niets aan de hand.',
    ].join('\n');
    const result = lintSync(text, { format: 'markdown', language: 'nl', reportUnusedDirectives: true });
    const lines = result.findings.filter((f) => f.ruleId === 'nl.age.jong-team').map((f) => f.line);
    expect(lines).toEqual([1, 11]);
    expect(result.unusedDirectives?.map((d) => d.line)).toEqual([13]);
  });
});

describe('html', () => {
  it('lints visible text only, maps entities and tags back to the source, and reads lang', () => {
    const html =
      '<html lang="nl"><head><title>jong team</title><style>.jong{}</style></head><body>' +
      '<p>Caf&eacute; zoekt: een <b>jong</b>e team!</p><script>var x = "jong team";</script>' +
      '<div lang="en"><p>Join our young team today, we have free snacks and good coffee for everyone.</p></div></body></html>';
    const result = lintSync(html, { format: 'html' });
    expect(result.language).toBe('nl');
    expect(result.summary.languages.sort()).toEqual(['en', 'nl']);
    const dutch = result.findings.filter((f) => f.ruleId === 'nl.age.jong-team');
    expect(dutch.map((f) => f.actual)).toEqual(['jong</b>e team']);
    expect(result.findings.filter((f) => f.language === 'en' && f.category === 'age').length).toBeGreaterThan(0);
    expectExactPositions(html, result.findings);
  });
});

describe('language detection', () => {
  it('detects Dutch and English documents', () => {
    expect(lintSync('Wij zoeken een collega voor de afdeling financiën in Utrecht.').language).toBe('nl');
    expect(lintSync('We are looking for a colleague for our finance team in Utrecht.').language).toBe('en');
  });

  it('falls back to the configured default for short or unclear text', () => {
    expect(lintSync('OK', { config: { defaultLanguage: 'en' } }).language).toBe('en');
    expect(lintSync('OK').language).toBe('nl');
  });

  it('checks each paragraph of a mixed text in its own language', () => {
    const text =
      'We are looking for a data engineer who enjoys building reliable pipelines with our young team in Amsterdam.\n\n' +
      'Wat wij bieden: een goed salaris, een pensioenregeling en een jong team met veel ruimte voor je eigen ideeën.';
    const result = lintSync(text);
    expect(result.summary.languages.sort()).toEqual(['en', 'nl']);
    const languages = result.findings.filter((f) => f.category === 'age').map((f) => f.language);
    expect(languages).toContain('nl');
    expect(languages).toContain('en');
  });
});

describe('configuration', () => {
  const text = 'Wij zoeken een verpleegster voor ons jonge team.';

  it('changes severity by rule id, by category and by language.category', () => {
    const byId = lintSync(text, { config: { rules: { 'nl.age.jong-team': 'info' } } });
    expect(byId.findings.find((f) => f.ruleId === 'nl.age.jong-team')?.severity).toBe('info');
    const byCategory = lintSync(text, { config: { rules: { gender: 'info' } } });
    expect(byCategory.findings.filter((f) => f.category === 'gender').every((f) => f.severity === 'info')).toBe(true);
    const specificWins = lintSync(text, { config: { rules: { age: 'off', 'nl.age.jong-team': 'warning' } } });
    expect(specificWins.findings.find((f) => f.ruleId === 'nl.age.jong-team')?.severity).toBe('warning');
  });

  it('turns rules and categories off', () => {
    const result = lintSync(text, { config: { rules: { 'nl.age': 'off', gender: 'off' } } });
    expect(result.findings.filter((f) => f.category === 'age' || f.category === 'gender')).toEqual([]);
  });

  it('drops findings inside an allowed phrase, by phrase and not by rule id', () => {
    const allowed = lintSync('De prijs heet Jonge Team Award. Wij hebben een jong team.', { config: { allow: ['jonge team award'] } });
    expect(allowed.findings.filter((f) => f.ruleId === 'nl.age.jong-team').map((f) => f.actual)).toEqual(['jong team']);
  });

  it('reads an allow list compiled once per list again when a phrase is added to it in place', () => {
    const text = 'Wij hebben een jong team.';
    const config = { allow: ['jonge team award'] };
    const jong = (r: ReturnType<typeof lintSync>) => r.findings.filter((f) => f.ruleId === 'nl.age.jong-team').length;
    expect(jong(lintSync(text, { config }))).toBe(1);
    config.allow.push('jong team');
    expect(jong(lintSync(text, { config }))).toBe(0);
  });

  it("writes '(v/m/x)' suggestions in the organisation's genderForm and accepts text already in it", () => {
    const mv = lintSync('Verpleegkundige (m/v) gezocht.', { config: { genderForm: 'm/v/x' } });
    expect(mv.findings.find((f) => f.ruleId === 'nl.gender.m-v')?.suggestions[0]).toBe('m/v/x');
    const plain = lintSync('Verpleegkundige (m/v) gezocht.');
    expect(plain.findings.find((f) => f.ruleId === 'nl.gender.m-v')?.suggestions[0]).toBe('v/m/x');
  });

  it('can switch retext-equality off for English', () => {
    const english = 'We need more manpower on the night shift.';
    const on = lintSync(english, { language: 'en' });
    const off = lintSync(english, { language: 'en', config: { equality: false } });
    expect(on.findings.map((f) => f.ruleId)).toEqual(['en.equality.manpower']);
    expect(off.findings).toEqual([]);
  });

  it('keeps misfiring retext-equality patterns off unless the config names them', () => {
    const named = 'Maria runs the team and she is proud of it.';
    const equality = (config: object) =>
      lintSync(named, { language: 'en', config }).findings.filter((f) => f.ruleId.startsWith('en.equality.')).map((f) => [f.ruleId, f.actual]);
    expect(equality({})).toEqual([]);
    expect(equality({ rules: { 'en.equality.he-she': 'warning' } })).toEqual([['en.equality.he-she', 'she']]);
  });
});

describe('summary', () => {
  it('counts findings by severity and category and counts words', () => {
    const { findings, summary } = lintSync('Wij zoeken een verpleegster voor ons jonge team.');
    expect(summary.errorCount + summary.warningCount + summary.infoCount).toBe(findings.length);
    expect(Object.values(summary.byCategory).reduce((a, b) => a + b, 0)).toBe(findings.length);
    expect(summary.words).toBe(8);
  });
});

describe('unified plugin', () => {
  it('reports findings as VFile messages', async () => {
    const file = await retext().use(retextDutch).use(retextVacancyLint, { language: 'nl' }).process('Wij zoeken een verpleegster voor ons jonge team.');
    const ids = file.messages.map((m) => m.ruleId);
    expect(ids).toContain('nl.age.jong-team');
    const message = file.messages.find((m) => m.ruleId === 'nl.age.jong-team')!;
    expect(message.source).toBe('vacancy-lint');
    expect(message.actual).toBe('jonge team');
    expect(message.fatal).toBe(true);
    expect(message.place).toMatchObject({ start: { line: 1, column: 38 } });
  });
});

describe('rule set', () => {
  it('has at least three rules per ground category in each language', () => {
    const grounds = ['gender', 'age', 'origin', 'disability', 'religion', 'sexual-orientation', 'family', 'appearance', 'personal-data', 'pay', 'jargon'] as const;
    for (const language of ['nl', 'en'] as const) {
      for (const category of grounds) {
        expect(listRules({ language, category }).length, `${language} ${category}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
