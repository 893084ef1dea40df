/**
 * The CodeMirror editor: plain text with findings as underlines (a different line style per
 * severity, and an icon in the gutter, so colour is never the only sign), tooltips with the
 * explanation and one-click fixes, keyboard navigation between findings, and paste from Word or
 * a web page through paste.ts.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { lintGutter, lintKeymap, setDiagnostics, type Action, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState, type ChangeSet, type Extension } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import type { Edit, Finding } from '@vacancy-lint/core';
import { h } from './dom.js';
import type { Messages } from './i18n.js';
import { htmlToMarkdown } from './paste.js';

export interface EditorCallbacks {
  /** The text changed (typed, pasted, fixed): the changes map old positions to new ones. */
  onChange(changes: ChangeSet): void;
  /** The user moved the cursor (offset in the text); not called for moves the page makes itself. */
  onCursor(offset: number): void;
  /** Alt+Enter or Ctrl+.: the user wants the actions of the finding under the cursor. */
  onOpenFinding(offset: number): boolean;
  replace(finding: Finding, suggestion: string): void;
  ignore(finding: Finding): void;
}

/** CodeMirror's own interface words (lint panel, search) in Dutch. */
const PHRASES_NL: Record<string, string> = {
  Diagnostics: 'Meldingen',
  'No diagnostics': 'Geen meldingen',
  close: 'sluiten',
};

export class Editor {
  readonly view: EditorView;
  private readonly localized = new Compartment();
  /** Language of the text (for screen readers' pronunciation); empty until detected. */
  private textLanguage = '';

  constructor(parent: HTMLElement, private messages: Messages, private readonly callbacks: EditorCallbacks) {
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: '',
        extensions: [
          history(),
          EditorView.lineWrapping,
          lintGutter(),
          keymap.of([
            { key: 'Alt-Enter', run: (view) => callbacks.onOpenFinding(view.state.selection.main.head) },
            { key: 'Mod-.', run: (view) => callbacks.onOpenFinding(view.state.selection.main.head) },
            ...lintKeymap,
            ...defaultKeymap,
            ...historyKeymap,
          ]),
          EditorView.domEventHandlers({ paste: (event, view) => this.paste(event, view) }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.onChange(update.changes);
            if (update.selectionSet && update.transactions.some((tr) => tr.isUserEvent('select'))) callbacks.onCursor(update.state.selection.main.head);
          }),
          this.localized.of(this.localizedExtensions()),
        ],
      }),
    });
  }

  private localizedExtensions(): Extension {
    const m = this.messages;
    return [
      placeholder(m.placeholder),
      EditorView.contentAttributes.of({ 'aria-label': m.editorLabel, 'aria-describedby': 'editor-help', lang: this.textLanguage }),
      m.htmlLang === 'nl' ? EditorState.phrases.of(PHRASES_NL) : [],
    ];
  }

  /** The detected or chosen language of the text, so screen readers read it with the right voice. */
  setTextLanguage(language: string): void {
    if (language === this.textLanguage) return;
    this.textLanguage = language;
    this.view.dispatch({ effects: this.localized.reconfigure(this.localizedExtensions()) });
  }

  setMessages(messages: Messages): void {
    this.messages = messages;
    this.view.dispatch({ effects: this.localized.reconfigure(this.localizedExtensions()) });
  }

  /** HTML on the clipboard becomes Markdown with its structure; plain text is left to CodeMirror. */
  private paste(event: ClipboardEvent, view: EditorView): boolean {
    const html = event.clipboardData?.getData('text/html');
    if (!html) return false;
    const text = htmlToMarkdown(html);
    if (!text) return false;
    event.preventDefault();
    view.dispatch(view.state.replaceSelection(text), { scrollIntoView: true, userEvent: 'input.paste' });
    return true;
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  setText(text: string): void {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
  }

  /** Shows these findings as diagnostics, at their ranges in the current text. */
  show(items: readonly { finding: Finding; from: number; to: number }[], isDocumentCheck: (f: Finding) => boolean): void {
    const length = this.view.state.doc.length;
    const diagnostics: Diagnostic[] = items
      .filter((l) => l.to <= length && l.from <= l.to)
      .map(({ finding: f, from, to }) => ({
        from,
        to,
        severity: f.severity,
        source: 'vacancy-lint',
        markClass: `vl-mark vl-mark--${f.severity}`,
        message: f.message,
        renderMessage: () => this.tooltip(f),
        actions: this.actions(f, isDocumentCheck(f)),
      }));
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
  }

  /** A document check's range is a whole line, not a phrase: it is switched off by category instead. */
  private actions(f: Finding, documentCheck: boolean): Action[] {
    const m = this.messages;
    const replace: Action[] = f.spansMarkup ? [] : f.suggestions.map((s) => ({ name: m.replaceWith(s), apply: () => this.callbacks.replace(f, s) }));
    return documentCheck ? replace : [...replace, { name: m.ignorePhrase(f.actual.replace(/\s+/gu, ' ')), apply: () => this.callbacks.ignore(f) }];
  }

  private tooltip(f: Finding): Node {
    const m = this.messages;
    return h(
      'div',
      { class: 'vl-tooltip', lang: f.language },
      h('p', { class: 'vl-tooltip__message' }, h('strong', {}, `${m.severity(f.severity)}: `), f.message),
      h('p', {}, h('strong', {}, `${m.why}: `), f.explanation),
      f.spansMarkup ? h('p', {}, m.cannotReplace) : f.suggestions.length === 0 ? h('p', {}, m.noSuggestion) : f.fixable ? null : h('p', {}, m.rewriteNote),
      f.sources.length > 0 ? h('p', { class: 'vl-tooltip__sources' }, h('strong', {}, `${m.sources}: `), f.sources.join('; ')) : null,
    );
  }

  /** Selects a range and scrolls it into view; focus moves to the editor only when asked. */
  select(from: number, to: number, focus: boolean): void {
    const length = this.view.state.doc.length;
    this.view.dispatch({ selection: { anchor: Math.min(from, length), head: Math.min(to, length) }, effects: EditorView.scrollIntoView(Math.min(from, length), { y: 'center' }) });
    if (focus) this.view.focus();
  }

  /**
   * Applies disjoint edits of the current text in one transaction: one undo step, and every
   * finding's range is mapped through all of them at once.
   */
  applyEdits(edits: readonly Edit[]): void {
    if (edits.length === 0) return;
    this.view.dispatch({ changes: edits.map((e) => ({ from: e.offset, to: e.endOffset, insert: e.text })), userEvent: 'input.fix' });
  }

  /** Replaces `from`–`to` if it still holds `expected`; false when the text has moved on. */
  replaceIfUnchanged(from: number, to: number, expected: string, text: string): boolean {
    if (to > this.view.state.doc.length || this.view.state.sliceDoc(from, to) !== expected) return false;
    this.view.dispatch({ changes: { from, to, insert: text }, selection: { anchor: from + text.length }, userEvent: 'input.fix' });
    return true;
  }
}
