/**
 * The LanguageTool-compatible API through Fastify's injection: parameters the way LanguageTool's
 * server reads them, its JSON shape, UTF-16 offsets, annotated `data`, languages, rule selection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, type LtResponse, type Server } from '@vacancy-lint/server';

let server: Server;
beforeAll(async () => {
  server = await buildServer({ logLevel: 'silent', threads: 2 });
});
afterAll(() => server.close());

const form = (params: Record<string, string>) => new URLSearchParams(params).toString();

async function check(params: Record<string, string>, headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' }) {
  const res = await server.app.inject({ method: 'POST', url: '/v2/check', payload: form(params), headers });
  return res;
}

async function matches(params: Record<string, string>): Promise<LtResponse> {
  const res = await check(params);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as LtResponse;
}

describe('POST /v2/check', () => {
  it("answers the issue's example with a LanguageTool-shaped match on 'verpleegster'", async () => {
    const body = await matches({ language: 'auto', text: 'Wij zoeken een verpleegster.' });
    expect(body.software).toMatchObject({ name: 'vacancy-lint', apiVersion: 1, premium: false });
    expect(body.warnings).toEqual({ incompleteResults: false });
    expect(body.language).toMatchObject({ name: 'Dutch', code: 'nl-NL', detectedLanguage: { name: 'Dutch', code: 'nl-NL', confidence: 1 } });
    expect(body.matches).toHaveLength(1);
    const [m] = body.matches;
    expect(m).toMatchObject({
      offset: 15,
      length: 12,
      replacements: [{ value: 'verpleegkundige' }],
      context: { text: 'Wij zoeken een verpleegster.', offset: 15, length: 12 },
      sentence: 'Wij zoeken een verpleegster.',
      type: { typeName: 'Other' },
      rule: { id: 'nl.gender.functietitel-verpleegster', issueType: 'legal', category: { id: 'GENDER', name: 'Gender' } },
    });
    expect(m!.message).toContain('verpleegster');
    expect(m!.shortMessage).toBe('Vacaturecheck: gender');
    expect(m!.rule.description).not.toContain('{');
    expect(m!.rule.urls[0]!.value).toMatch(/^https:\/\//u);
  });

  it('names the category and the rule in the language of the text, from core\'s label table', async () => {
    const nl = (await matches({ language: 'nl', text: 'Wij zoeken een jonge collega.' })).matches.find((m) => m.rule.category.id === 'AGE');
    expect(nl).toMatchObject({ shortMessage: 'Vacaturecheck: leeftijd', rule: { category: { id: 'AGE', name: 'Leeftijd' } } });
    // The Dutch rule's own message (filled in where it has a placeholder), not an English one.
    expect(nl!.rule.description).toContain('vraagt om jonge mensen');
    const en = (await matches({ language: 'en-GB', text: 'We are looking for a young colleague.' })).matches.find((m) => m.rule.category.id === 'AGE');
    expect(en).toMatchObject({ shortMessage: 'Vacancy check: age', rule: { category: { id: 'AGE', name: 'Age' } } });
  });

  it('reads a form body sent without a Content-Type header, as LanguageTool does', async () => {
    const res = await server.app.inject({ method: 'POST', url: '/v2/check', payload: 'language=nl&text=Wij+zoeken+een+verpleegster.' });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as LtResponse).matches[0]!.offset).toBe(15);
  });

  it('reads a form body sent as text/plain or JSON-typed, as LanguageTool does (it ignores the type)', async () => {
    for (const type of ['text/plain', 'application/json']) {
      const res = await check({ language: 'nl', text: 'Wij zoeken een verpleegster.' }, { 'content-type': type });
      expect(res.statusCode, `${type}: ${res.body}`).toBe(200);
      expect((res.json() as LtResponse).matches).toHaveLength(1);
    }
  });

  it('takes parameters from the query string, of a GET or a POST, and the query wins over the body', async () => {
    const get = await server.app.inject({ method: 'GET', url: `/v2/check?${form({ language: 'nl', text: 'Wij zoeken een verpleegster.' })}` });
    expect((get.json() as LtResponse).matches).toHaveLength(1);
    const post = await server.app.inject({ method: 'POST', url: `/v2/check?${form({ text: 'Wij zoeken een verpleegster.' })}`, payload: form({ language: 'nl', text: 'Niets aan de hand.' }) });
    expect((post.json() as LtResponse).matches).toHaveLength(1);
  });

  it('gives offsets in UTF-16 code units after accented letters and an emoji, as LanguageTool does', async () => {
    const text = 'Café 😀 ñandú — wij zoeken een verpleegster.';
    const body = await matches({ language: 'nl', text });
    const m = body.matches[0]!;
    expect(text.slice(m.offset, m.offset + m.length)).toBe('verpleegster');
    expect(m.offset).toBe(text.indexOf('verpleegster'));
    expect(m.context.text.slice(m.context.offset, m.context.offset + m.context.length)).toBe('verpleegster');
  });

  it("cuts the context to 40 characters each side with '...', line breaks as spaces", async () => {
    const before = 'Wij zijn een zorginstelling in Utrecht met veel afdelingen.\nWij zoeken ';
    const text = `${before}een verpleegster voor de nachtdienst op de afdeling geriatrie in het centrum.`;
    const m = (await matches({ language: 'nl', text })).matches[0]!;
    expect(m.context.text.startsWith('...')).toBe(true);
    expect(m.context.text.endsWith('...')).toBe(true);
    expect(m.context.text).not.toContain('\n');
    expect(m.context.text.slice(m.context.offset, m.context.offset + m.context.length)).toBe('verpleegster');
    expect(m.context.offset).toBe(3 + 40);
    expect(m.sentence).toBe('Wij zoeken een verpleegster voor de nachtdienst op de afdeling geriatrie in het centrum.');
  });

  it('checks annotated data: markup is skipped, offsets are in the original with the markup', async () => {
    const annotation = [
      { markup: '<p>' },
      { text: 'Wij zoeken een ' },
      { markup: '<b class="x">' },
      { text: 'verpleegster' },
      { markup: '</b>' },
      { text: ' in Café 😀' },
      { markup: '<br/>', interpretAs: '\n' },
      { text: 'Reageer snel.' },
      { markup: '</p>' },
    ];
    const original = annotation.map((a) => a.text ?? a.markup).join('');
    const m = (await matches({ language: 'nl', data: JSON.stringify({ annotation }) })).matches[0]!;
    expect(original.slice(m.offset, m.offset + m.length)).toBe('verpleegster');
    expect(m.context.text.slice(m.context.offset, m.context.offset + m.context.length)).toBe('verpleegster');
  });

  it("takes data as {text} too, and a finding across markup ('verpleeg<b>ster</b>') covers the markup", async () => {
    expect((await matches({ language: 'nl', data: JSON.stringify({ text: 'Wij zoeken een verpleegster.' }) })).matches[0]!.offset).toBe(15);
    const annotation = [{ text: 'Wij zoeken een verpleeg' }, { markup: '<i>' }, { text: 'ster' }, { markup: '</i>' }, { text: '.' }];
    const original = annotation.map((a) => a.text ?? a.markup).join('');
    const m = (await matches({ language: 'nl', data: JSON.stringify({ annotation }) })).matches[0]!;
    expect(original.slice(m.offset, m.offset + m.length)).toBe('verpleeg<i>ster');
  });

  it('answers language=auto with the detected language, and English with its variant', async () => {
    const en = await matches({ language: 'auto', text: 'We are looking for a young and dynamic team player to join our sales team.' });
    expect(en.language.detectedLanguage.code.startsWith('en')).toBe(true);
    expect(en.matches.length).toBeGreaterThan(0);
    const gb = await matches({ language: 'en-GB', text: 'We are looking for a young and dynamic team player.' });
    expect(gb.language).toMatchObject({ name: 'English (GB)', code: 'en-GB' });
    const be = await matches({ language: 'nl-BE', text: 'Wij zoeken een verpleegster.' });
    expect(be.language).toMatchObject({ name: 'Dutch (Belgium)', code: 'nl-BE' });
  });

  it('uses preferredVariants with language=auto, and refuses them without it', async () => {
    const body = await matches({ language: 'auto', preferredVariants: 'en-GB,nl-BE', text: 'Wij zoeken een verpleegster voor ons team in Gent.' });
    expect(body.language.code).toBe('nl-BE');
    const res = await check({ language: 'nl', preferredVariants: 'nl-BE', text: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toBe("Error: you specified 'preferredVariants' but you didn't specify 'language=auto'");
  });

  it('gives other real languages an empty result, not an error', async () => {
    const body = await matches({ language: 'de-DE', text: 'Wir suchen eine Krankenschwester.' });
    expect(body.matches).toEqual([]);
    expect(body.language).toMatchObject({ name: 'German (Germany)', code: 'de-DE' });
    const auto = await matches({ language: 'auto', text: 'Nous recherchons une infirmière pour notre équipe de nuit, avec une bonne expérience du travail en hôpital.' });
    expect(auto.matches).toEqual([]);
    expect(auto.language.code).toBe('fr');
  });

  it('refuses a code that names no language with a clear 400', async () => {
    const res = await check({ language: 'klingon!', text: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^text\/plain/u);
    expect(res.body).toMatch(/^Error: 'klingon!' is not a language code/u);
  });

  it('selects findings with enabledRules, disabledRules, enabledCategories, disabledCategories and enabledOnly', async () => {
    const text = 'Wij zoeken een jonge verpleegster voor ons jonge team.';
    const all = (await matches({ language: 'nl', text, level: 'picky' })).matches;
    const ids = new Set(all.map((m) => m.rule.id));
    const cats = new Set(all.map((m) => m.rule.category.id));
    expect(ids.has('nl.gender.functietitel-verpleegster')).toBe(true);
    expect(cats.size).toBeGreaterThan(1);
    const noGenderRule = (await matches({ language: 'nl', text, level: 'picky', disabledRules: 'nl.gender.functietitel-verpleegster' })).matches;
    expect(noGenderRule.some((m) => m.rule.id === 'nl.gender.functietitel-verpleegster')).toBe(false);
    expect(noGenderRule.length).toBe(all.length - 1);
    const noGender = (await matches({ language: 'nl', text, level: 'picky', disabledCategories: 'GENDER' })).matches;
    expect(noGender.some((m) => m.rule.category.id === 'GENDER')).toBe(false);
    const onlyGender = (await matches({ language: 'nl', text, enabledOnly: 'true', enabledCategories: 'gender' })).matches;
    expect(onlyGender.length).toBeGreaterThan(0);
    expect(onlyGender.every((m) => m.rule.category.id === 'GENDER')).toBe(true);
    const onlyRule = (await matches({ language: 'nl', text, enabledOnly: 'yes', enabledRules: 'nl.gender.functietitel-verpleegster' })).matches;
    expect(onlyRule.map((m) => m.rule.id)).toEqual(['nl.gender.functietitel-verpleegster']);
  });

  it("refuses contradicting selections with LanguageTool's messages", async () => {
    const a = await check({ language: 'nl', text: 'x', enabledOnly: 'true' });
    expect([a.statusCode, a.body]).toEqual([400, 'Error: you must specify enabled rules or categories when using enabledOnly=true']);
    const b = await check({ language: 'nl', text: 'x', enabledOnly: 'true', enabledRules: 'a', disabledRules: 'b' });
    expect([b.statusCode, b.body]).toEqual([400, 'Error: you cannot specify disabled rules or categories using enabledOnly=true']);
    const c = await check({ language: 'nl', text: 'x', level: 'pedantic' });
    expect(c.statusCode).toBe(400);
    const d = await check({ language: 'nl', text: 'x', disabled: 'X' });
    expect(d.body).toMatch(/'disabledRules'/u);
  });

  it('level=picky adds the info findings; the default level leaves them out', async () => {
    const text = 'We are looking for an energetic store assistant.';
    const picky = (await matches({ language: 'en', text, level: 'picky' })).matches;
    const info = picky.filter((m) => m.type.typeName === 'Hint');
    expect(info.length).toBeGreaterThan(0);
    const normal = (await matches({ language: 'en', text })).matches;
    expect(normal.some((m) => m.type.typeName === 'Hint')).toBe(false);
    // A rule asked for by name shows at the default level too.
    const named = (await matches({ language: 'en', text, enabledRules: info[0]!.rule.id })).matches;
    expect(named.some((m) => m.rule.id === info[0]!.rule.id)).toBe(true);
  });

  it('reads a paragraph sent unencoded, as LibreOffice 7.4 sends it: a stray % and a bare & are part of the text', async () => {
    const text = 'R&D: 100% doorbetaling, 8%-regeling & een verpleegster gezocht.';
    const res = await server.app.inject({ method: 'POST', url: '/v2/check', payload: `text=${text}&language=nl-NL&enabledOnly=false`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as LtResponse;
    const found = body.matches.map((m) => text.slice(m.offset, m.offset + m.length));
    expect(found).toContain('verpleegster');
    // The same text encoded properly gives the same matches: the lenient reading changes nothing there.
    const encoded = await server.app.inject({ method: 'POST', url: '/v2/check', payload: new URLSearchParams({ text, language: 'nl-NL' }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect((encoded.json() as LtResponse).matches.map((m) => [m.offset, m.length, m.rule.id])).toEqual(body.matches.map((m) => [m.offset, m.length, m.rule.id]));
    // A piece that is a real parameter still counts as one.
    const split = await server.app.inject({ method: 'POST', url: '/v2/check', payload: 'text=Q&A over een verpleegster&language=en', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect((split.json() as LtResponse).language.code).toMatch(/^en/u);
    // In a paragraph sent unencoded, 'Q&A=…' is text: only LanguageTool's own parameter names split it.
    const qa = 'Q&A=vragen van een verpleegster, R&D=onderzoek.';
    const joined = await server.app.inject({ method: 'POST', url: '/v2/check', payload: `text=${qa}&language=nl-NL&enabledOnly=false`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(joined.statusCode, joined.body).toBe(200);
    const joinedBody = joined.json() as LtResponse;
    expect(joinedBody.language.code).toMatch(/^nl/u);
    expect(joinedBody.matches.map((m) => qa.slice(m.offset, m.offset + m.length))).toContain('verpleegster');
    // An encoded form keeps an unknown pair as a parameter of its own: the text is only what 'text' holds.
    const plain = 'Een verpleegster gezocht.';
    const extra = await server.app.inject({ method: 'POST', url: '/v2/check', payload: `${new URLSearchParams({ text: plain, language: 'nl-NL' }).toString()}&clientVersion=7.4`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const extraBody = extra.json() as LtResponse;
    expect(extraBody.matches.map((m) => plain.slice(m.offset, m.offset + m.length))).toEqual(['verpleegster']);
    expect(Math.max(...extraBody.matches.map((m) => m.offset + m.length))).toBeLessThanOrEqual(plain.length);
  });

  it('answers bad input with a 400 and a one-line message', async () => {
    const cases: [string, RegExp][] = [
      ['language=nl&text=%FF', /not valid form encoding/u],
      ['language=nl&text=%C3%28', /not valid form encoding/u],
      ['language=nl&data={"annotation":', /could not parse JSON from 'data'/u],
      ['language=nl&data=[1,2]', /'data' must be a JSON object/u],
      ['language=nl&data={"annotation":[{"text":"a","markup":"b"}]}', /not both/u],
      ['language=nl&data={"annotation":[{"foo":1}]}', /only 'text' and 'markup'/u],
      ['language=nl&data={"text":"a","annotation":[]}', /not both/u],
      ['language=nl&text=a&data={"text":"a"}', /only 'text' or 'data'/u],
      ['language=nl', /missing 'text' or 'data'/u],
      ['text=hallo', /missing 'language'/u],
    ];
    for (const [payload, message] of cases) {
      const res = await server.app.inject({ method: 'POST', url: '/v2/check', payload, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(res.statusCode, payload).toBe(400);
      expect(res.body, payload).toMatch(message);
      expect(res.body.split('\n')).toHaveLength(1);
      expect(res.body).not.toMatch(/ at .*\.js/u);
    }
  });
});

describe('GET /v2/languages', () => {
  it("lists Dutch and English variants in LanguageTool's shape, sorted by name", async () => {
    const res = await server.app.inject({ method: 'GET', url: '/v2/languages' });
    const list = res.json() as { name: string; code: string; longCode: string }[];
    expect(list).toContainEqual({ name: 'Dutch', code: 'nl', longCode: 'nl-NL' });
    expect(list).toContainEqual({ name: 'Dutch (Belgium)', code: 'nl', longCode: 'nl-BE' });
    expect(list).toContainEqual({ name: 'English (GB)', code: 'en', longCode: 'en-GB' });
    expect(list.map((l) => l.name)).toEqual([...list.map((l) => l.name)].sort((a, b) => a.localeCompare(b)));
  });
});
