/**
 * What the server knows of each open document: its last result (with the version and the
 * configuration generation it was checked at, and its summary line) and the phrases the user
 * chose to ignore in it. Hover, code actions, code lenses and commands read it; the checker writes it.
 */
import type { Finding, LintResult } from '@vacancy-lint/core';
import { phraseKey } from './lint-document.js';

export interface DocumentState {
  result: LintResult;
  version: number;
  /** The configuration generation the result was checked with (see DocumentChecker). */
  generation: number;
  summary: string;
}

export class DocumentStore {
  private readonly states = new Map<string, DocumentState>();
  private readonly ignored = new Map<string, Set<string>>();

  get(uri: string): DocumentState | undefined {
    return this.states.get(uri);
  }

  set(uri: string, state: DocumentState): void {
    this.states.set(uri, state);
  }

  /** The result is no longer valid: the next check runs even for an unchanged text. */
  invalidate(uri: string): void {
    this.states.delete(uri);
  }

  /** Whether the stored result is for this text version and configuration. */
  isCurrent(uri: string, version: number, generation: number): boolean {
    const state = this.states.get(uri);
    return state !== undefined && state.version === version && state.generation === generation;
  }

  /** Adds a phrase to the document's ignore list (normalised); returns the whole list. */
  ignore(uri: string, phrase: string): string[] {
    let set = this.ignored.get(uri);
    if (!set) this.ignored.set(uri, (set = new Set()));
    set.add(phraseKey(phrase));
    this.invalidate(uri);
    return [...set];
  }

  ignoredIn(uri: string): ReadonlySet<string> {
    return this.ignored.get(uri) ?? new Set();
  }

  findings(uri: string): Finding[] {
    return this.states.get(uri)?.result.findings ?? [];
  }

  /**
   * The findings covering `offset` in `text`. While a long document is re-checked the last result
   * may be behind the text: a finding whose words are no longer at its place is skipped.
   */
  findingsAt(uri: string, offset: number, text: string): Finding[] {
    return this.findings(uri).filter((f) => f.offset <= offset && offset <= f.endOffset && text.slice(f.offset, f.endOffset) === f.actual);
  }
}
