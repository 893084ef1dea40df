/// <reference lib="dom" />
/**
 * The web editor end to end in Debian's Chromium: paste the Dutch example ad, see the underlines,
 * open a finding and apply a fix with the keyboard only, check the side panel and the gender
 * meter, paste from Word, switch the interface language, keep settings over a reload, and prove
 * that nothing left the page after it loaded. axe-core checks every state it passes through.
 * Skipped with a notice without /usr/bin/chromium; required in CI (VACANCY_LINT_REQUIRE_CHROMIUM=1).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { applyEdits, lintSync, selectFixes } from '@vacancy-lint/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeNeeding } from './fixtures/shared.js';
import { launchChromium, serveSite, WEB_DIST, type Browser, type StaticSite } from './fixtures/web/browser.js';
import { axe, editorText, paste, seriousOf, settled } from './fixtures/web/page.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLE = readFileSync(join(ROOT, 'examples/vacature-verpleegkundige.md'), 'utf8');
/** Screenshots go to docs/web with VACANCY_LINT_SCREENSHOTS=1 (to update the README's), else to a temp folder. */
const SHOTS = process.env['VACANCY_LINT_SCREENSHOTS'] === '1' ? join(ROOT, 'docs/web') : join(tmpdir(), 'vacancy-lint-web-shots');

describeNeeding(['chromium'], 'web editor in Chromium', () => {
  let site: StaticSite;
  let browser: Browser;
  let page: Page;
  /** Requests the page made after it had loaded (blob: downloads aside, which never leave the browser). */
  const afterLoad: string[] = [];
  let loaded = false;
  const axeResults: Record<string, string[]> = {};

  async function checkA11y(state: string): Promise<void> {
    const serious = seriousOf(await axe(page));
    axeResults[state] = serious;
    expect(serious, `axe in state "${state}"`).toEqual([]);
  }

  /** The top of the page; `height` to show more of it (the open finding below the checks). */
  async function shot(name: string, height = 900): Promise<void> {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true, clip: { x: 0, y: 0, width: 1366, height } });
  }

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error(`${WEB_DIST}index.html not found: run npm run build first`);
    mkdirSync(SHOTS, { recursive: true });
    site = await serveSite();
    browser = await launchChromium('nl-NL');
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('request', (request) => {
      if (loaded && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) afterLoad.push(request.url());
    });
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(site.url);
    await page.waitForFunction(() => document.documentElement.dataset['engine'] === 'ready', null, { timeout: 30_000 });
    await settled(page);
    loaded = true;
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('loads from a sub-folder with relative asset URLs, in the browser language', async () => {
    expect(site.requests.every((p) => p.startsWith('/intranet/tools/vacancy-lint/')), site.requests.join('\n')).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.textContent('h1')).toBe('Vacaturetekst controleren');
    await checkA11y('empty');
    await shot('empty');
  });

  it('underlines the findings of the pasted example ad, with the panel and the meter', async () => {
    await paste(page, { 'text/plain': EXAMPLE });
    await page.waitForFunction(() => document.querySelectorAll('.cm-lintRange').length > 0, null, { timeout: 30_000 });
    await settled(page);
    expect(await editorText(page)).toBe(EXAMPLE);
    // Severity is shown by line style as well as colour: one class per severity.
    expect(await page.locator('.cm-lintRange-error').count()).toBeGreaterThan(5);
    expect(await page.locator('.cm-lintRange-warning').count()).toBeGreaterThan(1);
    // Grouped by category with counts.
    const groups = await page.locator('.vl-group__heading').allTextContents();
    expect(groups.some((g) => g.startsWith('Leeftijd (4)'))).toBe(true);
    expect(groups.some((g) => g.startsWith('Gender (4)'))).toBe(true);
    expect(await page.locator('.vl-finding').count()).toBe(21);
    // Document checks: no pay in this ad.
    expect(await page.locator('.vl-check--info').first().textContent()).toContain('Salaris');
    // The meter: masculine-coded, with its word.
    expect(await page.textContent('.vl-meter')).toContain('mannelijk gekleurd');
    expect(await page.textContent('.vl-meter__words')).toContain('dynamisch');
    expect(await page.textContent('#detected-language')).toContain('Nederlands');
    expect(await page.getAttribute('.cm-content', 'lang')).toBe('nl');
    expect(await page.textContent('.vl-totals')).toBe('✖ 13 fouten▲ 6 waarschuwingenℹ 2 tips');
    await checkA11y('findings');
    await shot('findings');
    // Hovering an underline shows the message, the reason and the fixes.
    await page.locator('.cm-lintRange-error', { hasText: 'jonge team' }).first().hover();
    await page.waitForSelector('.cm-tooltip-lint .vl-tooltip', { timeout: 10_000 });
    expect(await page.textContent('.cm-tooltip-lint')).toContain('Waarom:');
    expect(await page.locator('.cm-tooltip-lint button', { hasText: 'Vervang door „enthousiast team”' }).count()).toBe(1);
    await checkA11y('tooltip');
    await page.screenshot({ path: join(SHOTS, 'tooltip.png') });
    await page.mouse.move(0, 0);
  });

  it('opens a finding and applies its fix with the keyboard only', async () => {
    // From the editor, Tab walks to the panel; stop at the first job-title finding.
    await page.locator('.cm-content').focus();
    const target = 'toggle|nl.gender.functietitel-verpleegster|Verpleegster|0';
    let focused = '';
    for (let i = 0; i < 40 && focused !== target; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['key'] ?? '');
    }
    expect(focused).toBe(target);
    await page.keyboard.press('Enter');
    expect(await page.getAttribute(`[data-key="${target}"]`, 'aria-expanded')).toBe('true');
    const details = page.locator('[data-details="nl.gender.functietitel-verpleegster|Verpleegster|0"]');
    expect(await details.isVisible()).toBe(true);
    expect(await details.textContent()).toContain('WGB');
    await checkA11y('finding open');
    await shot('finding-open', 1180);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Vervang door „Verpleegkundige”');
    await page.keyboard.press('Enter');
    await settled(page);
    expect((await editorText(page)).split('\n')[5]).toBe('# Verpleegkundige (m/v) gezocht voor ons jonge team');
    await page.waitForFunction(() => document.querySelectorAll('.vl-finding').length === 20, null, { timeout: 30_000 });
    // The fixed finding is gone from the list; focus is on the one that took its place, not lost.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['key'])).toBe('toggle|nl.gender.m-v|m/v|0');
  });

  it("marks suggestions that are examples, not drop-in fixes (the engine's fixable)", async () => {
    await page.click('[data-key="toggle|nl.age.jong-team|jonge team|0"]');
    const details = page.locator('[data-details="nl.age.jong-team|jonge team|0"]');
    expect(await details.locator('.vl-note').textContent()).toContain('Dit zijn voorbeelden');
    expect(await details.locator('.utrecht-button--primary-action').count()).toBe(0);
    // The fixable job title gets a primary button and no note.
    await page.click('[data-key="toggle|nl.gender.functietitel-verpleegster|verpleegster|0"]');
    const title = page.locator('[data-details="nl.gender.functietitel-verpleegster|verpleegster|0"]');
    expect(await title.locator('.vl-note').count()).toBe(0);
    expect(await title.locator('.utrecht-button--primary-action').count()).toBe(1);
  });

  it('copies the improved text', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    await page.click('#copy');
    await page.waitForFunction(() => document.getElementById('announce')?.textContent === 'Tekst gekopieerd.', null, { timeout: 10_000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(EXAMPLE.replace('# Verpleegster (m/v)', '# Verpleegkundige (m/v)'));
  });

  it('downloads the report as Markdown and as JSON', async () => {
    const [md] = await Promise.all([page.waitForEvent('download'), page.click('#download-md')]);
    expect(md.suggestedFilename()).toBe('vacancy-lint-report.md');
    const markdown = readFileSync((await md.path())!, 'utf8');
    expect(markdown).toContain('# Rapport vacaturetekst');
    expect(markdown).toContain('## Leeftijd (4)');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    const report = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { findings: unknown[]; summary: { genderCoded: { label: string } } };
    expect(report.findings).toHaveLength(20);
    expect(report.summary.genderCoded.label).toBe('masculine-coded');
  });

  it('moves between findings in the editor and opens one with Alt+Enter', async () => {
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+Home');
    // First the pay check (anchored on the first line), then the next finding after it.
    await page.keyboard.press('F8');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('Verpleegkundige (m/v) gezocht voor ons jonge team');
    await page.keyboard.press('F8');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('verpleegster');
    await page.keyboard.press('Alt+Enter');
    const focusedText = await page.evaluate(() => document.activeElement?.textContent);
    expect(focusedText).toBe('Vervang door „verpleegkundige”');
    await page.keyboard.press('Enter');
    await settled(page);
    expect((await editorText(page)).split('\n')[7]).toContain('zoekt een enthousiaste verpleegkundige voor');
  });

  it('opens the check it names when a document check is chosen in the panel', async () => {
    await page.click('.vl-check button');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['key'])).toBe('toggle|nl.pay.geen-salaris|Verpleegkundige (m/v) gezocht voor ons jonge team|0');
    expect(await page.getAttribute('[data-key^="toggle|nl.pay.geen-salaris"]', 'aria-expanded')).toBe('true');
  });

  it('ignores a phrase on request, and keeps settings over a reload', async () => {
    const before = await page.locator('.vl-finding').count();
    await page.click('[data-key^="toggle|nl.disability.rijbewijs"]');
    await page.click('[data-key^="ignore|nl.disability.rijbewijs"]');
    await settled(page);
    await page.waitForFunction((n) => document.querySelectorAll('.vl-finding').length === n - 1, before, { timeout: 30_000 });
    expect(await page.locator('.cm-lintRange', { hasText: 'Rijbewijs B vereist' }).count()).toBe(0);
    await page.click('.vl-settings summary');
    const unignore = page.locator('.vl-ignored button', { hasText: 'Rijbewijs B vereist' });
    expect(await unignore.count()).toBe(1);
    await unignore.click();
    await settled(page);
    await page.waitForFunction((n) => document.querySelectorAll('.vl-finding').length === n, before, { timeout: 30_000 });
    await page.uncheck('#cat-on-age');
    await settled(page);
    expect(await page.locator('.vl-group__heading', { hasText: 'Leeftijd' }).count()).toBe(0);
    await page.selectOption('#min-severity', 'error');
    expect(await page.locator('.vl-finding').count()).toBe(await page.locator('.vl-finding--error').count());
    expect(await page.locator('.cm-lintRange-warning').count()).toBe(0);
    expect(await page.textContent('.vl-summary')).toMatch(/verborgen door de instellingen/u);
    await page.selectOption('#min-severity', 'info');
    await checkA11y('settings');
    await page.locator('.vl-settings').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'settings.png') });
    loaded = false;
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset['engine'] === 'ready', null, { timeout: 30_000 });
    loaded = true;
    await page.click('.vl-settings summary');
    expect(await page.isChecked('#cat-on-age')).toBe(false);
    // The text itself is not kept: the settings are, the ad is not stored anywhere.
    expect(await page.locator('.cm-placeholder').count()).toBe(1);
    await page.check('#cat-on-age');
  });

  it('keeps paragraphs and lists when pasting from Word or a web page, and drops formatting', async () => {
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    const word = [
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:Calibri}</style></head><body>',
      '<h2><span style="color:red">Wat vragen wij?</span></h2>',
      '<p class=MsoListParagraphCxSpFirst style="mso-list:l0 level1 lfo1"><![if !supportLists]><span style="font-family:Symbol;mso-list:Ignore">·<span style="font:7.0pt">&nbsp;&nbsp;</span></span><![endif]><b>Nederlands</b> als moedertaal</p>',
      '<p class=MsoListParagraphCxSpLast style="mso-list:l0 level1 lfo1"><![if !supportLists]><span style="mso-list:Ignore">·</span><![endif]>Een jong team</p>',
      '<p class=MsoNormal>Wij zoeken een <i>enthousiaste</i> collega.<o:p></o:p></p>',
      '</body></html>',
    ].join('');
    await paste(page, { 'text/html': word, 'text/plain': 'Wat vragen wij? Nederlands als moedertaal Een jong team' });
    await settled(page);
    expect(await editorText(page)).toBe('## Wat vragen wij?\n\n- Nederlands als moedertaal\n- Een jong team\n\nWij zoeken een enthousiaste collega.');
    await page.waitForFunction(() => document.querySelectorAll('.cm-lintRange').length >= 1, null, { timeout: 30_000 });
    expect(await page.textContent('#findings')).toContain('moedertaal');
  });

  it("fixes everything that is certain in one step, with core's selectFixes (the rule of --fix), undone with one Ctrl+Z", async () => {
    const before = await editorText(page);
    const text = 'Wij zoeken een verpleegster en een verpleegster voor ons jonge team.';
    // What the CLI's --fix would do in one pass: the same function, the same text.
    const expected = applyEdits(text, selectFixes(lintSync(text, { language: 'nl' }).findings, text));
    expect(expected).toContain('verpleegkundige');
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(text);
    await settled(page);
    await page.waitForFunction(() => document.querySelectorAll('.cm-lintRange').length >= 3, null, { timeout: 30_000 });
    await page.click('#fix-all');
    expect(await editorText(page)).toBe(expected);
    await page.waitForFunction(() => document.getElementById('announce')?.textContent?.includes('vervangen') === true, null, { timeout: 10_000 });
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+z');
    expect(await editorText(page)).toBe(text);
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(before);
    await settled(page);
  });

  it('switches the interface to English and back', async () => {
    await page.focus('#locale-switch');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toBe('Check a job ad');
    expect(await page.textContent('#panel-heading')).toBe('Result');
    // The findings stay in the language of the text.
    expect(await page.locator('.vl-finding__message').first().getAttribute('lang')).toBe('nl');
    await checkA11y('english');
    await paste(page, { 'text/plain': '' });
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await paste(page, { 'text/plain': readFileSync(join(ROOT, 'examples/job-ad-developer.md'), 'utf8') });
    await settled(page);
    await page.waitForFunction(() => document.querySelectorAll('.vl-finding').length > 3, null, { timeout: 30_000 });
    await checkA11y('english findings');
    await shot('english');
    await page.click('#locale-switch');
    expect(await page.textContent('h1')).toBe('Vacaturetekst controleren');
  });

  it('shows the first findings of a 2,000-word ad soon after pasting (recorded, not asserted)', async () => {
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await settled(page);
    const body = EXAMPLE.replace(/^---[\s\S]*?---\n/u, '');
    const words = body.split(/\s+/u).filter(Boolean).length;
    const long = Array.from({ length: Math.ceil(2000 / words) }, (_, i) => body.replace('# ', `# ${i + 1}. `)).join('\n');
    const count = long.split(/\s+/u).filter(Boolean).length;
    const ms = await page.evaluate(async (text) => {
      const started = performance.now();
      const transfer = new DataTransfer();
      transfer.setData('text/plain', text);
      document.querySelector('.cm-content')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
      await new Promise<void>((resolve) => {
        const tick = () => (document.querySelector('.cm-lintRange') ? resolve() : requestAnimationFrame(tick));
        tick();
      });
      return performance.now() - started;
    }, long);
    await settled(page);
    const engineMs = await page.getAttribute('html', 'data-lint-ms');
    console.log(`web editor: first findings ${Math.round(ms)} ms after pasting a ${count}-word ad (engine ${engineMs} ms, debounce included)`);
    expect(count).toBeGreaterThanOrEqual(2000);
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    // Two frames for CodeMirror to measure the new width.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // No sideways scrolling: the panel goes under the editor.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await checkA11y('phone');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, 'phone.png') });
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('says so when the text is in a language it does not check', async () => {
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await paste(page, { 'text/plain': 'Wir suchen eine engagierte Pflegekraft für unser Team in Berlin. Sie arbeiten im Schichtdienst und betreuen Patienten auf der Station.' });
    await settled(page);
    await page.waitForFunction(() => document.getElementById('findings')?.textContent?.includes('Deze taal controleert vacancy-lint niet.'), null, { timeout: 30_000 });
    expect(await page.locator('.vl-finding').count()).toBe(0);
    await checkA11y('unsupported language');
  });

  it('keeps working with the network gone', async () => {
    await browser.context.setOffline(true);
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await paste(page, { 'text/plain': 'Wij zoeken een verpleegster voor ons jonge team.' });
    await settled(page);
    await page.waitForFunction(() => document.querySelectorAll('.vl-finding').length === 2, null, { timeout: 30_000 });
    await browser.context.setOffline(false);
  });

  it('sent nothing anywhere after loading', () => {
    expect(afterLoad, afterLoad.join('\n')).toEqual([]);
    console.log(`web editor: axe serious/critical violations per state: ${JSON.stringify(axeResults)}`);
  });
});
