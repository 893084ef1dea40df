/**
 * The properties every output must have, checked against the original text with code of our own
 * (not the engine's), so a wrong position cannot check itself.
 */

import type { Finding } from '@vacancy-lint/core';

/** What the checks need of a finding (library findings and CLI JSON messages both have it). */
export type Positioned = Pick<Finding, 'ruleId' | 'actual' | 'line' | 'column' | 'endLine' | 'endColumn' | 'offset' | 'endOffset'>;

export class Violation extends Error {
  override name = 'Violation';
}

const fail = (message: string): never => {
  throw new Violation(message);
};

/** Offsets where lines start: after `\n`, after a `\r` not followed by `\n`. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 0-based line and UTF-16 character of an offset. */
export function positionAt(starts: number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo]! };
}

/** Every finding inside the text, its offsets slicing to `actual`, line/column agreeing, sorted. */
export function checkPositions(text: string, findings: readonly Positioned[], where = ''): void {
  const starts = lineStarts(text);
  let previous = 0;
  for (const f of findings) {
    const at = `${where}${f.ruleId} at ${f.offset}-${f.endOffset}`;
    if (!(Number.isInteger(f.offset) && Number.isInteger(f.endOffset))) fail(`${at}: offsets are not integers`);
    if (f.offset < 0 || f.endOffset > text.length || f.offset > f.endOffset) fail(`${at}: outside the text (length ${text.length}) or reversed`);
    if (f.offset < previous) fail(`${at}: not sorted (previous finding starts at ${previous})`);
    previous = f.offset;
    if (text.slice(f.offset, f.endOffset) !== f.actual) fail(`${at}: the text there is ${JSON.stringify(text.slice(f.offset, f.endOffset))}, the finding says ${JSON.stringify(f.actual)}`);
    const start = positionAt(starts, f.offset);
    const end = positionAt(starts, f.endOffset);
    if (f.line !== start.line + 1 || f.column !== start.character + 1) fail(`${at}: says ${f.line}:${f.column}, the offset is at ${start.line + 1}:${start.character + 1}`);
    if (f.endLine !== end.line + 1 || f.endColumn !== end.character + 1) fail(`${at}: ends at ${f.endLine}:${f.endColumn}, the end offset is at ${end.line + 1}:${end.character + 1}`);
  }
}

/**
 * `after` must be `before` with only the text inside `findings` replaced: every stretch of `before`
 * outside the findings appears in `after`, in order, the first at the start and the last at the end.
 */
export function checkChangedOnlyInside(before: string, after: string, findings: readonly { offset: number; endOffset: number }[]): void {
  const ranges = [...findings].sort((a, b) => a.offset - b.offset);
  const kept: string[] = [];
  let from = 0;
  for (const r of ranges) {
    if (r.offset < from) {
      from = Math.max(from, r.endOffset);
      continue;
    }
    kept.push(before.slice(from, r.offset));
    from = r.endOffset;
  }
  kept.push(before.slice(from));
  let at = 0;
  kept.forEach((piece, i) => {
    if (i === 0) {
      if (!after.startsWith(piece)) fail(`--fix changed text before the first finding (first ${piece.length} characters differ)`);
      at = piece.length;
    } else if (i === kept.length - 1) {
      if (!after.endsWith(piece) || after.length - piece.length < at) fail(`--fix changed text after the last finding (the last ${piece.length} characters differ)`);
    } else {
      const found = after.indexOf(piece, at);
      if (found < 0) fail(`--fix changed text outside the findings: ${JSON.stringify(piece.slice(0, 80))} is gone`);
      at = found + piece.length;
    }
  });
}

/** A stack trace in a message meant for people. */
export const hasStackTrace = (s: string): boolean => /^\s+at .+(:\d+:\d+\)?|\(node:.+\))$/mu.test(s);

/** Shortened for a console line: long runs of one unit (up to 12 characters) as `<"unit" × n>`. */
export function preview(s: string, max = 300): string {
  const short = s.replace(/(.{1,12}?)\1{7,}/gsu, (whole, unit: string) => `<${JSON.stringify(unit)} × ${whole.length / unit.length}>`);
  return short.length > max ? `${short.slice(0, max)}… (${s.length} characters)` : short;
}
