/** vacancy-lint inputs: files, folders, globs, stdin, ignore files, HTML, JSON Lines, batches. */
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EN_BAD, NL_BAD, NL_CLEAN, project, run, cleanup } from './fixtures/cli/helpers.js';

afterAll(cleanup);

const json = (stdout: string) => JSON.parse(stdout) as Array<{ filePath: string; language: string; messages: Array<{ ruleId: string; line: number; column: number; actual: string; offset: number; endOffset: number }> }>;

describe('files, folders and globs', () => {
  it('lints a folder recursively with the default extensions, skipping node_modules', async () => {
    const dir = project({
      'jobs/a.md': NL_BAD,
      'jobs/deep/b.txt': NL_BAD,
      'jobs/c.html': `<p>${NL_BAD}</p>`,
      'jobs/d.htm': `<p>${NL_BAD}</p>`,
      'jobs/e.markdown': NL_BAD,
      'jobs/skip.json': NL_BAD,
      'jobs/node_modules/pkg/readme.md': NL_BAD,
    });
    const r = await run(['--format', 'json', 'jobs'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(json(r.stdout).map((f) => f.filePath)).toEqual(['jobs/a.md', 'jobs/c.html', 'jobs/d.htm', 'jobs/deep/b.txt', 'jobs/e.markdown']);
  });

  it('--ext chooses the extensions for folders', async () => {
    const dir = project({ 'jobs/a.md': NL_BAD, 'jobs/b.txt': NL_BAD });
    const r = await run(['--format', 'json', '--ext', 'txt', 'jobs'], { cwd: dir });
    expect(json(r.stdout).map((f) => f.filePath)).toEqual(['jobs/b.txt']);
  });

  it('expands globs and lints explicitly named files of any extension', async () => {
    const dir = project({ 'a/x.md': NL_BAD, 'b/y.md': NL_CLEAN, 'ad.vacature': NL_BAD });
    const r = await run(['--format', 'json', '**/*.md', 'ad.vacature'], { cwd: dir });
    expect(json(r.stdout).map((f) => f.filePath)).toEqual(['a/x.md', 'ad.vacature', 'b/y.md']);
  });

  it('exits 2 naming an operand that matches nothing, and still reports the rest', async () => {
    const dir = project({ 'a.md': NL_CLEAN });
    const r = await run(['a.md', 'missing.md', 'nothing/**/*.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.md: no such file or folder');
    expect(r.stderr).toContain('nothing/**/*.md: no files match this pattern');
    expect(r.stdout).toContain('No findings in 1 file');
  });

  it('exits 2 on a binary file, naming it', async () => {
    const dir = project({ 'x.txt': Buffer.from([0x56, 0, 1, 2, 3]) });
    const r = await run(['x.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/x\.txt: looks like a binary file/);
  });

  it('exits 2 with usage help when no input is given or a flag is unknown', async () => {
    expect((await run([])).code).toBe(2);
    const r = await run(['--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
  });
});

describe('.vacancylintignore', () => {
  it('skips what it lists (gitignore syntax, negation included); --no-ignore turns it off', async () => {
    const dir = project({
      '.vacancylintignore': '# archived ads\narchive/\n*.draft.md\n!keep.draft.md\n',
      'jobs/a.md': NL_BAD,
      'jobs/b.draft.md': NL_BAD,
      'jobs/keep.draft.md': NL_BAD,
      'archive/old.md': NL_BAD,
    });
    const r = await run(['--format', 'json', '.'], { cwd: dir });
    expect(json(r.stdout).map((f) => f.filePath)).toEqual(['./jobs/a.md', './jobs/keep.draft.md']);
    const all = await run(['--format', 'json', '--no-ignore', '.'], { cwd: dir });
    expect(json(all.stdout)).toHaveLength(4);
  });

  it('notes an explicitly named ignored file on stderr and does not lint it', async () => {
    const dir = project({ '.vacancylintignore': 'old.md\n', 'old.md': NL_BAD });
    const r = await run(['old.md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('old.md: skipped');
  });

  it('--ignore-path reads another ignore file', async () => {
    const dir = project({ 'my.ignore': 'b.md\n', 'a.md': NL_BAD, 'b.md': NL_BAD });
    const r = await run(['--format', 'json', '--ignore-path', 'my.ignore', 'a.md', 'b.md'], { cwd: dir });
    expect(json(r.stdout).map((f) => f.filePath)).toEqual(['a.md']);
  });
});

describe('standard input', () => {
  it("lints '-' as plain text named <stdin>", async () => {
    const r = await run(['--format', 'json', '-'], { input: NL_BAD });
    expect(r.code).toBe(1);
    expect(json(r.stdout)[0]!.filePath).toBe('<stdin>');
  });

  it('--stdin-filename sets the name and the format (Markdown code is not linted)', async () => {
    const md = 'Tekst.\n\n```\nverpleegster\n```\n';
    const asText = json((await run(['--format', 'json', '--lang', 'nl', '-'], { input: md })).stdout)[0]!;
    const asMd = json((await run(['--format', 'json', '--lang', 'nl', '--stdin-filename', 'ad.md', '-'], { input: md })).stdout)[0]!;
    expect(asText.messages.length).toBe(1);
    expect(asMd.filePath).toBe('ad.md');
    expect(asMd.messages).toEqual([]);
  });
});

describe('HTML input', () => {
  it('lints visible text only, with positions in the HTML source, and honours lang attributes', async () => {
    const html = '<html lang="en"><head><title>Job</title><style>.salesman{}</style></head>\n<body><p data-x="salesman">We need a salesman.</p>\n<p lang="nl">Wij zoeken een verpleegster.</p></body></html>\n';
    const dir = project({ 'ad.html': html });
    const [file] = json((await run(['--format', 'json', 'ad.html'], { cwd: dir })).stdout);
    const ids = file!.messages.map((m) => m.ruleId);
    expect(ids).toContain('en.gender.salesman');
    expect(ids).toContain('nl.gender.functietitel-verpleegster');
    // Only the paragraph's 'salesman', not the CSS class or attribute.
    expect(ids.filter((id) => id === 'en.gender.salesman')).toHaveLength(1);
    for (const m of file!.messages) expect(html.slice(m.offset, m.endOffset)).toBe(m.actual);
  });
});

describe('JSON Lines', () => {
  const lines = [
    JSON.stringify({ id: 'a', text: NL_BAD }),
    '{not json',
    JSON.stringify({ id: 'b', text: EN_BAD, lang: 'en' }),
    '',
    JSON.stringify({ id: 'c' }),
    JSON.stringify({ id: 'd', text: '<p>Wij zoeken een verpleegster.</p>', format: 'html' }),
    JSON.stringify({ id: 'e', text: NL_CLEAN, lang: 'fr' }),
  ].join('\n');

  it('streams one record per line in input order, with error records for bad lines, and exits 2', async () => {
    const dir = project({ 'ads.jsonl': lines + '\n' });
    const r = await run(['--jsonl', 'ads.jsonl'], { cwd: dir });
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id ?? `line ${o.line}`)).toEqual(['a', 'line 2', 'b', 'c', 'd', 'e']);
    expect(out[0]).toMatchObject({ id: 'a', language: 'nl' });
    expect(Object.keys(out[0]).sort()).toEqual(['findings', 'id', 'language', 'summary']);
    expect(out[0].findings.length).toBeGreaterThan(0);
    expect(out[1]).toMatchObject({ line: 2 });
    expect(out[1].error).toMatch(/not valid JSON/);
    expect(out[2]).toMatchObject({ id: 'b', language: 'en' });
    expect(out[3]).toMatchObject({ line: 5, id: 'c' });
    expect(out[3].error).toMatch(/'text' must be a string/);
    expect(out[4].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['nl.gender.functietitel-verpleegster']);
    expect(out[5].error).toMatch(/'lang' must be one of/);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/3 of 6 lines could not be linted/);
  });

  it('reads standard input, uses configured field names (nested too), and gives the same order with workers', async () => {
    const input = Array.from({ length: 40 }, (_, i) => JSON.stringify({ posting: { ref: `v${i}`, body: i % 2 ? NL_BAD : NL_CLEAN } })).join('\n');
    const args = ['--jsonl', '--jsonl-id-field', 'posting.ref', '--jsonl-text-field', 'posting.body', '-'];
    const one = await run([...args, '--concurrency', '1'], { input });
    const two = await run([...args, '--concurrency', '3'], { input });
    expect(one.code).toBe(1);
    const ids = one.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(Array.from({ length: 40 }, (_, i) => `v${i}`));
    expect(two.stdout).toBe(one.stdout);
  });

  it('exits 0 when every record is clean, and writes to --output-file', async () => {
    const dir = project({ 'ok.jsonl': `${JSON.stringify({ id: 1, text: NL_CLEAN })}\n` });
    const r = await run(['--jsonl', 'ok.jsonl', '-o', 'out/results.jsonl'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync(join(dir, 'out/results.jsonl'), 'utf8'))).toMatchObject({ id: 1, findings: [] });
  });

  it('refuses --fix with --jsonl', async () => {
    const r = await run(['--jsonl', '--fix', '-'], { input: '' });
    expect(r.code).toBe(2);
  });
});

describe('batches', () => {
  it('gives the same sorted output on 1 and several workers, and no progress bar when stderr is not a terminal', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`ads/ad-${String(i).padStart(2, '0')}.txt`] = i % 3 ? NL_CLEAN : NL_BAD;
    const dir = project(files);
    const one = await run(['--format', 'json', '--concurrency', '1', 'ads'], { cwd: dir });
    const many = await run(['--format', 'json', '--concurrency', '4', 'ads'], { cwd: dir });
    expect(many.stdout).toBe(one.stdout);
    const paths = json(one.stdout).map((f) => f.filePath);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toHaveLength(60);
    expect(many.stderr).toBe('');
  });

  it('rejects --concurrency 0', async () => {
    const r = await run(['--concurrency', '0', 'x']);
    expect(r.code).toBe(2);
  });

  it('reports an unreadable file with exit 2 from a worker too', async () => {
    const dir = project({ 'a.txt': NL_CLEAN, 'b.txt': NL_CLEAN });
    writeFileSync(join(dir, 'c.txt'), Buffer.from([0xff, 0xfe, 0x00, 0xd8]));
    const r = await run(['--concurrency', '2', 'a.txt', 'b.txt', 'c.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/c\.txt: is not valid UTF-16/);
  });
});

describe('progress bar', () => {
  it('draws on a terminal for a batch over 50 files only, and clears its line when done', async () => {
    const { createProgress, PROGRESS_MIN_FILES } = await import('./fixtures/cli/internals.js');
    const written: string[] = [];
    const tty = { isTTY: true, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    const small = createProgress(PROGRESS_MIN_FILES, tty);
    small.tick();
    small.done();
    expect(written).toEqual([]);
    const big = createProgress(60, tty);
    for (let i = 0; i < 60; i++) big.tick();
    big.done();
    expect(written.some((s) => s.includes('60/60 files'))).toBe(true);
    expect(written.at(-1)).toMatch(/^\r +\r$/u);
    const pipe = createProgress(60, { isTTY: false, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream);
    const count = written.length;
    pipe.tick();
    expect(written.length).toBe(count);
  });
});
