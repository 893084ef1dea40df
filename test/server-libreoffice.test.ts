/**
 * LibreOffice's built-in "LanguageTool Remote Grammar Checker" (Debian's LibreOffice, 7.4 on bookworm)
 * against the server as a real process. A fresh user profile gets the settings the Options dialog
 * would write (remote checking on, base URL `http://127.0.0.1:<port>/v2`); headless soffice opens a
 * Writer document with a Dutch and an English paragraph, and a Python UNO script
 * (fixtures/libreoffice/proofread.py) has LibreOffice's proofreading iterator check them, as Writer's
 * grammar check does. LibreOffice must report our finding at the right place in the paragraph, after
 * accented letters and an emoji, with our suggestion.
 * Skipped with a notice without soffice or python3-uno; required in CI (VACANCY_LINT_REQUIRE_LIBREOFFICE=1).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeNeeding } from './fixtures/shared.js';
import { SOFFICE_PATH, UNO_PYTHON } from './fixtures/requirements.js';
import { ROOT, startServer, type Running } from './fixtures/server/process.js';

const FIXTURES = join(ROOT, 'test/fixtures/libreoffice');
const CHECKER = 'org.openoffice.lingu.LanguageToolGrammarChecker';

interface LoError {
  start: number;
  length: number;
  shortComment: string;
  fullComment: string;
  suggestions: string[];
}
interface LoResult {
  version: string;
  configured: Record<string, string[]>;
  paragraphs: { text: string; locale: string; proofreader: string | null; errors: LoError[] }[];
}

const DUTCH = 'Café 😀 ñandú — wij zoeken een verpleegster voor de nacht.';
const ENGLISH = 'Résumé 😀 naïve — we want a young salesman.';
/** Nothing to find: an error here would come from something other than the text. */
const CLEAN = 'Wij zoeken een verpleegkundige voor de nacht.';
/** LibreOffice 7.4 sends a paragraph unencoded: the server must read its '&' and '%' as text. */
const UNENCODED = 'R&D: 100% doorbetaling & een verpleegster gezocht.';

/** Runs the UNO script; rejects with its stderr, so a failure says what LibreOffice said. */
function proofread(pipe: string, paragraphs: { text: string; locale: string }[]): Promise<LoResult> {
  return new Promise((done, fail) => {
    execFile(UNO_PYTHON, [join(FIXTURES, 'proofread.py'), pipe, JSON.stringify(paragraphs)], { timeout: 90_000, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) fail(new Error(`proofread.py failed: ${error.message}\n${stderr}`));
      else done(JSON.parse(stdout) as LoResult);
    });
  });
}

/** The text LibreOffice marks: its offsets are UTF-16 code units, as JavaScript's. */
const marked = (text: string, e: LoError): string => text.slice(e.start, e.start + e.length);

describeNeeding(['libreoffice'], "LibreOffice's LanguageTool remote checker against the server", () => {
  let server: Running;
  let soffice: ChildProcess;
  let sofficeExited: Promise<unknown>;
  let profile: string;
  let result: LoResult;

  beforeAll(async () => {
    server = await startServer(['--log-level', 'info']);
    profile = mkdtempSync(join(tmpdir(), 'vl-libreoffice-'));
    mkdirSync(join(profile, 'user'));
    const settings = readFileSync(join(FIXTURES, 'registrymodifications.xcu'), 'utf8').replaceAll('@BASE_URL@', `${server.url}/v2`);
    writeFileSync(join(profile, 'user/registrymodifications.xcu'), settings);
    const pipe = `vacancy-lint-${process.pid}-${Date.now()}`;
    // Its own process group (detached), so afterAll can end soffice and every process it starts.
    soffice = spawn(
      SOFFICE_PATH,
      ['--headless', '--invisible', '--norestore', '--nologo', '--nodefault', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(profile).href}`, `--accept=pipe,name=${pipe};urp;StarOffice.ComponentContext`],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let said = '';
    soffice.stdout!.on('data', (d: Buffer) => (said += d.toString()));
    soffice.stderr!.on('data', (d: Buffer) => (said += d.toString()));
    // A launcher that could not start emits 'error' and no 'exit'.
    sofficeExited = new Promise((done) => {
      soffice.on('exit', done);
      soffice.on('error', (error) => {
        said += error.message;
        done(error);
      });
    });
    result = await proofread(pipe, [
      { text: DUTCH, locale: 'nl-NL' },
      { text: ENGLISH, locale: 'en-US' },
      { text: CLEAN, locale: 'nl-NL' },
      { text: UNENCODED, locale: 'nl-NL' },
    ]).catch((error: Error) => {
      throw new Error(`${error.message}\nsoffice said: ${said}`);
    });
  }, 120_000);

  afterAll(async () => {
    if (soffice?.pid !== undefined) {
      // The whole group: soffice is a launcher for soffice.bin, which must not outlive the test.
      // SIGTERM first, so the launcher sees soffice.bin end and reaps it; SIGKILL if that hangs.
      const group = -soffice.pid;
      const signal = (name: NodeJS.Signals): void => {
        try {
          process.kill(group, name);
        } catch {
          // The group is gone already.
        }
      };
      signal('SIGTERM');
      const ended = await Promise.race([sofficeExited.then(() => true), new Promise((done) => setTimeout(() => done(false), 10_000))]);
      if (!ended) signal('SIGKILL');
      await sofficeExited;
      // Anything of the group still there (soffice.bin after its launcher), ended too.
      signal('SIGKILL');
    }
    await server?.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("uses LibreOffice's LanguageTool checker for Dutch and English, from the profile's settings", () => {
    expect(result.version).toMatch(/^LibreOffice \d+\.\d+/u);
    expect(result.configured['nl-NL']).toEqual([CHECKER]);
    expect(result.configured['en-US']).toEqual([CHECKER]);
    expect(result.paragraphs.map((p) => [p.locale, p.proofreader])).toEqual([
      ['nl-NL', CHECKER],
      ['en-US', CHECKER],
      ['nl-NL', CHECKER],
      ['nl-NL', CHECKER],
    ]);
  });

  it("marks 'verpleegster' at the right place after accents and an emoji, with the suggestion", () => {
    const [dutch] = result.paragraphs;
    expect(dutch!.text).toBe(DUTCH);
    expect(dutch!.errors).toHaveLength(1);
    const [e] = dutch!.errors;
    // Counted by hand in UTF-16 units: the emoji is two.
    expect({ start: e!.start, length: e!.length }).toEqual({ start: 31, length: 12 });
    expect(marked(DUTCH, e!)).toBe('verpleegster');
    expect(e!.suggestions).toEqual(['verpleegkundige']);
    // LibreOffice 7.4 shows LanguageTool's message in one comment and its short message in the other.
    expect([e!.shortComment, e!.fullComment]).toContain("'verpleegster' is een functienaam voor één geslacht. Schrijf 'verpleegkundige'.");
  });

  it('marks the English findings at the right places', () => {
    const english = result.paragraphs[1]!;
    expect(english.errors.map((e) => [marked(ENGLISH, e), e.start])).toEqual([
      ['young', ENGLISH.indexOf('young')],
      ['salesman', ENGLISH.indexOf('salesman')],
    ]);
    expect(english.errors[1]!.suggestions[0]).toBe('salesperson');
  });

  it("marks 'verpleegster' in a paragraph with '&' and '%', which LibreOffice 7.4 sends unencoded", () => {
    const paragraph = result.paragraphs[3]!;
    expect(paragraph.errors.map((e) => [marked(UNENCODED, e), e.start])).toEqual([['verpleegster', UNENCODED.indexOf('verpleegster')]]);
  });

  it('marks nothing in a paragraph without findings', () => {
    expect(result.paragraphs[2]!.errors).toEqual([]);
  });

  it('the findings came from this server: it logged the languages list and the checks', () => {
    const urls = server
      .stdout()
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { req?: { method: string; url: string } }).req)
      .flatMap((r) => (r ? [`${r.method} ${r.url}`] : []));
    expect(urls).toContain('GET /v2/languages');
    expect(urls.filter((u) => u === 'POST /v2/check').length).toBeGreaterThanOrEqual(3);
  });
});
