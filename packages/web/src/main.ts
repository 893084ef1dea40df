/**
 * The page: wires the editor, the lint worker, the side panel and the settings together. The
 * engine runs only in the worker (worker.ts); this file imports its types and constants only.
 */
import type { Finding, LintResult } from '@vacancy-lint/core';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import '@utrecht/component-library-css/dist/index.css';
import './style.css';
import { h } from './dom.js';
import { Editor } from './editor.js';
import { fixAllEdits, type PlacedFinding } from './fix-all.js';
import { documentChecks, findingAt, groupByCategory, visibleFindings } from './findings-view.js';
import { MESSAGES, type Messages } from './i18n.js';
import { LintClient, type Delivered } from './lint-client.js';
import type { RuleFacts } from './protocol.js';
import { reportJson, reportMarkdown } from './report.js';
import { settingsForm } from './settings-form.js';
import { lintOptions, loadSettings, pickLocale, saveSettings, type Settings } from './settings.js';
import { ICON, keepFocus, meterView, severityBadge } from './widgets.js';

const DEBOUNCE_MS = 250;
const store = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();

let settings: Settings = loadSettings(store);
let m: Messages = MESSAGES[pickLocale(settings.locale, navigator.languages)];

/** The last result, with each finding's range kept up to date through later edits. */
type Live = PlacedFinding;
let result: LintResult | undefined;
let rules: Record<string, RuleFacts> = {};
let live: Live[] = [];
let version = 0;
let checking = false;
let engineError: string | undefined;
/** Key of the finding whose details are open in the panel. */
let openKey: string | undefined;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/**
 * Keys that survive re-checks: rule, phrase and how many of the same came before. Computed once
 * per result (one pass), not per finding drawn: that was a scan of all findings for each one.
 */
let keys = new Map<Finding, string>();
function keysOf(findings: readonly Finding[]): Map<Finding, string> {
  const seen = new Map<string, number>();
  return new Map(
    findings.map((f) => {
      const base = `${f.ruleId}|${f.actual}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      return [f, `${base}|${n}`];
    }),
  );
}
const keyOf = (f: Finding): string => keys.get(f) ?? '';

// ---- the worker ----------------------------------------------------------------------------

const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
const client = new LintClient(worker, {
  debounceMs: DEBOUNCE_MS,
  onReady: () => {
    document.documentElement.dataset['engine'] = 'ready';
  },
  onResult: (delivered: Delivered) => {
    // An edit after this text was sent: a newer check is coming, this one would underline wrong words.
    if (delivered.version !== version) return;
    checking = false;
    engineError = undefined;
    result = delivered.result;
    rules = delivered.rules;
    keys = keysOf(result.findings);
    live = result.findings.map((finding) => ({ finding, from: finding.offset, to: finding.endOffset }));
    editor.setTextLanguage(result.language === 'und' ? (result.unsupported?.language ?? '') : result.language);
    document.documentElement.dataset['checked'] = String(delivered.version);
    document.documentElement.dataset['lintMs'] = String(delivered.ms);
    refresh(true);
  },
  onError: (message) => {
    checking = false;
    engineError = message;
    refresh(true);
  },
});
worker.addEventListener('error', (event) => {
  checking = false;
  engineError = event.message || 'worker';
  refresh(true);
});

function check(immediately = false): void {
  checking = true;
  client.update(editor.text, version, lintOptions(settings), immediately);
  renderStatus();
}

// ---- fixes ---------------------------------------------------------------------------------

const isDocumentCheck = (f: Finding): boolean => rules[f.ruleId]?.kind === 'document';

function liveOf(f: Finding): Live | undefined {
  return live.find((l) => l.finding === f);
}

function replace(f: Finding, suggestion: string): void {
  const l = liveOf(f);
  if (l && editor.replaceIfUnchanged(l.from, l.to, f.actual, suggestion)) announce(m.applied(suggestion));
}

/** Every sure fix among the findings shown, in one step (undone with one Ctrl+Z). */
function fixAll(): void {
  const edits = fixAllEdits(shown(), editor.text);
  editor.applyEdits(edits);
  announce(edits.length > 0 ? m.fixedAll(edits.length) : m.nothingToFix);
}

function ignore(f: Finding): void {
  const phrase = f.actual.replace(/\s+/gu, ' ').trim();
  if (!settings.allow.includes(phrase)) settings = { ...settings, allow: [...settings.allow, phrase] };
  saveSettings(store, settings);
  announce(m.ignoredNow(phrase));
  check(true);
  renderSettings();
}

// ---- the editor ----------------------------------------------------------------------------

const editor = new Editor($('editor'), m, {
  onChange: (changes) => {
    version++;
    // Keep every finding's range on its words while the user types, until the next result arrives.
    live = live.map((l) => ({ ...l, from: changes.mapPos(l.from, 1), to: changes.mapPos(l.to, -1) }));
    check();
  },
  onCursor: (offset) => {
    const here = findingAt(shown(), offset);
    if (here && openKey !== keyOf(here.finding)) {
      openKey = keyOf(here.finding);
      renderFindings();
    }
  },
  onOpenFinding: (offset) => {
    const here = findingAt(shown(), offset);
    if (!here) return false;
    openKey = keyOf(here.finding);
    renderFindings();
    const details = document.querySelector<HTMLElement>(`[data-details="${CSS.escape(openKey)}"] button`);
    details?.focus();
    return true;
  },
  replace,
  ignore,
});


// ---- rendering -----------------------------------------------------------------------------

/** The findings shown: those at or above the lowest severity chosen, at their current ranges. */
function shown(): Live[] {
  const visible = new Set(visibleFindings(result?.findings ?? [], settings.minSeverity));
  return live.filter((l) => visible.has(l.finding));
}

function announce(text: string): void {
  const el = $('announce');
  // Emptied first so the same words are announced again.
  el.textContent = '';
  window.setTimeout(() => {
    el.textContent = text;
  }, 50);
}

function findingItem(l: Live, index: number): HTMLElement {
  const f = l.finding;
  const key = keyOf(f);
  const open = key === openKey;
  const detailsId = `finding-${index}`;
  const line = editor.view.state.doc.lineAt(Math.min(l.from, editor.view.state.doc.length)).number;
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'vl-finding__toggle',
      'aria-expanded': String(open),
      'aria-controls': detailsId,
      'data-key': `toggle|${key}`,
      onclick: () => {
        openKey = open ? undefined : key;
        const current = liveOf(f);
        if (current && !open) editor.select(current.from, current.to, false);
        keepFocus($('findings'), renderFindings);
      },
    },
    severityBadge(m, f.severity),
    h('span', { class: 'vl-finding__message', lang: f.language }, f.message),
    h('span', { class: 'vl-finding__where' }, `${m.report.line} ${line}`),
  );
  const details = h(
    'div',
    { id: detailsId, class: 'vl-finding__details', hidden: !open, 'data-details': key },
    h('p', { class: 'utrecht-paragraph', lang: f.language }, h('strong', {}, `${m.why}: `), f.explanation),
    f.spansMarkup
      ? h('p', { class: 'utrecht-paragraph' }, m.cannotReplace)
      : f.suggestions.length === 0
        ? h('p', { class: 'utrecht-paragraph' }, m.noSuggestion)
        : h(
            'div',
            { class: 'utrecht-button-group vl-actions', role: 'group', 'aria-label': m.report.suggestions },
            // The engine's `fixable`: only then is the first suggestion a drop-in replacement.
            ...f.suggestions.map((s, i) =>
              h('button', { type: 'button', class: `utrecht-button utrecht-button--${i === 0 && f.fixable ? 'primary' : 'secondary'}-action`, 'data-key': `fix|${key}|${i}`, onclick: () => replace(f, s) }, m.replaceWith(s)),
            ),
          ),
    !f.spansMarkup && !f.fixable && f.suggestions.length > 0 ? h('p', { class: 'utrecht-paragraph vl-note' }, m.rewriteNote) : null,
    h(
      'div',
      { class: 'utrecht-button-group vl-actions' },
      h('button', { type: 'button', class: 'utrecht-button utrecht-button--subtle', 'data-key': `go|${key}`, onclick: () => editor.select(liveOf(f)?.from ?? l.from, liveOf(f)?.to ?? l.to, true) }, m.goTo),
      isDocumentCheck(f) ? null : h('button', { type: 'button', class: 'utrecht-button utrecht-button--subtle', 'data-key': `ignore|${key}`, onclick: () => ignore(f) }, m.ignorePhrase(f.actual.replace(/\s+/gu, ' '))),
    ),
    f.sources.length > 0
      ? h(
          'div',
          { class: 'vl-sources' },
          h('p', { class: 'utrecht-paragraph' }, h('strong', {}, `${m.sources}:`)),
          h('ul', { class: 'utrecht-unordered-list' }, ...f.sources.map((s) => h('li', { class: 'utrecht-unordered-list__item' }, /^https?:\/\//u.test(s) ? h('a', { class: 'utrecht-link', href: s, target: '_blank', rel: 'noopener noreferrer' }, s) : s))),
        )
      : null,
    // Links open only when clicked, in a new tab: the page itself fetches nothing.
    rules[f.ruleId]?.docsUrl
      ? h('p', { class: 'utrecht-paragraph' }, h('a', { class: 'utrecht-link', href: rules[f.ruleId]!.docsUrl, target: '_blank', rel: 'noopener noreferrer' }, m.ruleDocs, h('span', { class: 'vl-visually-hidden' }, ` (${f.ruleId})`)))
      : null,
  );
  return h('li', { class: `vl-finding vl-finding--${f.severity}${open ? ' vl-finding--open' : ''}` }, toggle, details);
}

function renderFindings(): void {
  const container = $('findings');
  container.replaceChildren();
  const all = result?.findings ?? [];
  const items = shown();
  const hidden = all.length - items.length;
  container.append(h('h3', { class: 'utrecht-heading-3', id: 'findings-heading', tabindex: '-1' }, `${m.findings} `, h('span', { class: 'vl-count' }, `(${items.length})`)));
  if (!result || editor.text.trim() === '') {
    container.append(h('p', { class: 'utrecht-paragraph' }, m.noText));
    return;
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const l of items) counts[l.finding.severity]++;
  if (items.length > 0)
    container.append(
      h('p', { class: 'utrecht-paragraph vl-totals' }, ...(['error', 'warning', 'info'] as const).filter((s) => counts[s] > 0).map((s) => h('span', { class: `vl-severity vl-severity--${s}` }, h('span', { class: 'vl-severity__icon', 'aria-hidden': 'true' }, ICON[s]), ` ${m.severityCount(s, counts[s])}`))),
    );
  if (hidden > 0) container.append(h('p', { class: 'utrecht-paragraph vl-summary' }, m.summaryLine(items.length, hidden)));
  if (result.unsupported) container.append(h('p', { class: 'utrecht-paragraph' }, result.unsupported.message, ' ', m.unsupported));
  else if (items.length === 0) container.append(h('p', { class: 'utrecht-paragraph vl-ok' }, m.noFindings));
  const byFinding = new Map(items.map((l) => [l.finding, l]));
  let index = 0;
  for (const group of groupByCategory(items.map((l) => l.finding))) {
    const headingId = `cat-${group.category}`;
    const counts = (['error', 'warning', 'info'] as const).filter((s) => group.counts[s] > 0).map((s) => m.severityCount(s, group.counts[s]));
    container.append(
      h(
        'section',
        { class: 'vl-group', 'aria-labelledby': headingId },
        h('h4', { class: 'utrecht-heading-4 vl-group__heading', id: headingId }, m.category(group.category), ' ', h('span', { class: 'vl-count' }, `(${group.findings.length})`), h('span', { class: 'vl-visually-hidden' }, `: ${counts.join(', ')}`)),
        h('ul', { class: 'vl-findings' }, ...group.findings.map((f) => findingItem(byFinding.get(f)!, index++))),
      ),
    );
  }
}

function renderChecks(): void {
  const container = $('checks');
  container.replaceChildren(h('h3', { class: 'utrecht-heading-3', id: 'checks-heading' }, m.documentChecks));
  if (!result || editor.text.trim() === '') {
    container.append(h('p', { class: 'utrecht-paragraph' }, m.noText));
    return;
  }
  // A text in a language without rules was not checked: the findings section says so.
  if (result.unsupported) {
    container.append(h('p', { class: 'utrecht-paragraph' }, m.unsupported));
    return;
  }
  const list = h('ul', { class: 'vl-checks' });
  for (const c of documentChecks(result, rules)) {
    const problem = c.findings[0];
    const tooShort = c.id === 'pay' && !c.facts['hasPayRange'] && !problem;
    const state = problem ? problem.severity : tooShort ? 'neutral' : 'ok';
    list.append(
      h(
        'li',
        { class: `vl-check vl-check--${state}` },
        h('span', { class: 'vl-check__icon', 'aria-hidden': 'true' }, problem ? ICON[problem.severity] : tooShort ? '–' : '✔'),
        h('strong', {}, `${m.check[c.id]}: `),
        problem
          ? h('button', { type: 'button', class: 'utrecht-link vl-linkbutton', 'data-key': `check|${c.id}`, lang: problem.language, onclick: () => jumpTo(problem) }, problem.message)
          : h('span', {}, tooShort ? m.checkTooShort : m.checkOk[c.id](c.facts)),
      ),
    );
  }
  container.append(list);
  container.append(meterView(m, result));
}

function jumpTo(f: Finding): void {
  openKey = keyOf(f);
  const l = liveOf(f);
  if (l) editor.select(l.from, l.to, false);
  renderFindings();
  document.querySelector<HTMLElement>(`[data-key="${CSS.escape(`toggle|${openKey}`)}"]`)?.focus();
}

function renderLanguage(): void {
  const container = $('language');
  const detected = result && editor.text.trim() !== '' ? (result.language === 'und' ? (result.unsupported?.name ?? result.unsupported?.language ?? 'und') : m.languageNames[result.language]) : undefined;
  const select = h(
    'select',
    {
      id: 'text-language',
      class: 'utrecht-select utrecht-select--html-select',
      'data-key': 'text-language',
      onchange: (e) => updateSettings({ language: (e.target as HTMLSelectElement).value as Settings['language'] }),
    },
    ...(['auto', 'nl', 'en'] as const).map((l) => h('option', { value: l, selected: settings.language === l }, m.languageNames[l])),
  );
  container.replaceChildren(
    h('div', { class: 'utrecht-form-field vl-inline-field' }, h('label', { class: 'utrecht-form-label', for: 'text-language' }, m.textLanguage), select),
    detected ? h('p', { class: 'utrecht-paragraph vl-detected', id: 'detected-language' }, m.detected(detected)) : '',
  );
}

function renderStatus(): void {
  const el = $('status');
  el.textContent = engineError ? m.engineError(engineError) : checking ? m.checking : '';
  document.documentElement.dataset['busy'] = String(checking);
}

function renderSettings(): void {
  const container = $('settings-body');
  keepFocus(container, () => container.replaceChildren(...settingsForm(m, settings, updateSettings)));
}

function updateSettings(change: Partial<Settings>): void {
  const relint = ['categoriesOff', 'genderForm', 'region', 'language', 'allow'].some((k) => k in change);
  settings = { ...settings, ...change };
  saveSettings(store, settings);
  renderSettings();
  if (relint) check(true);
  else refresh(false);
}

/** Re-draws everything that depends on the result; `fromResult`: a new result (announce it). */
function refresh(fromResult: boolean): void {
  editor.show(shown(), isDocumentCheck);
  keepFocus($('findings'), renderFindings);
  keepFocus($('checks'), renderChecks);
  keepFocus($('language'), renderLanguage);
  renderStatus();
  if (fromResult && result && !checking) {
    const n = shown().length;
    const line = editor.text.trim() === '' ? '' : m.summaryLine(n, (result.findings.length) - n);
    if (line !== lastAnnounced) announce(line);
    lastAnnounced = line;
  }
}
let lastAnnounced = '';

// ---- page texts, language switch, actions ---------------------------------------------------

function applyLocale(): void {
  document.documentElement.lang = m.htmlLang;
  document.title = `${m.title} · vacancy-lint`;
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = el.dataset['text'] as keyof Messages;
    const value = m[key];
    if (typeof value === 'string') el.textContent = value;
  }
  const other = m.htmlLang === 'nl' ? 'en' : 'nl';
  const switcher = $('locale-switch');
  switcher.textContent = m.switchTo;
  switcher.setAttribute('lang', other);
  editor.setMessages(m);
  renderSettings();
  refresh(false);
}

$('locale-switch').addEventListener('click', () => {
  const next = m.htmlLang === 'nl' ? 'en' : 'nl';
  settings = { ...settings, locale: next };
  saveSettings(store, settings);
  m = MESSAGES[next];
  applyLocale();
  announce(m.title);
});

async function copyText(): Promise<void> {
  const text = editor.text;
  try {
    await navigator.clipboard.writeText(text);
    announce(m.copied);
  } catch {
    // No clipboard permission (an embedding frame, an old browser): the selection route.
    const area = h('textarea', { class: 'vl-visually-hidden', 'aria-hidden': 'true' });
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    announce(ok ? m.copied : m.copyFailed);
  }
}

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = h('a', { href: url, download: name, class: 'vl-visually-hidden' });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

$('fix-all').addEventListener('click', fixAll);
$('copy').addEventListener('click', () => void copyText());
$('download-md').addEventListener('click', () => {
  if (result) download('vacancy-lint-report.md', 'text/markdown;charset=utf-8', reportMarkdown({ ...result, findings: shown().map((l) => l.finding) }, m));
});
$('download-json').addEventListener('click', () => {
  if (result) download('vacancy-lint-report.json', 'application/json', reportJson(result));
});

applyLocale();
check(true);
