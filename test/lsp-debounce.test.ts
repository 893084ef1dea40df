// The language server's pause after a keystroke follows the document's own check time: twice the
// last check, between a floor and a ceiling; a fixed pause (VACANCY_LINT_DEBOUNCE_MS) overrides it.
import { describe, expect, it } from 'vitest';
import { AdaptiveDebounce, DEBOUNCE_CEILING_MS, DEBOUNCE_FLOOR_MS } from '../packages/language-server/src/debounce.js';

describe('adaptive debounce', () => {
  it('waits the floor for a document never checked, and for one whose check is quick', () => {
    const d = new AdaptiveDebounce();
    expect(d.delay('a')).toBe(DEBOUNCE_FLOOR_MS);
    d.record('a', 4);
    expect(d.delay('a')).toBe(DEBOUNCE_FLOOR_MS);
    expect(DEBOUNCE_FLOOR_MS).toBeGreaterThanOrEqual(30);
    expect(DEBOUNCE_FLOOR_MS).toBeLessThanOrEqual(50);
  });

  it('waits twice the last check of that document, up to the ceiling', () => {
    const d = new AdaptiveDebounce();
    d.record('long', 60);
    d.record('short', 3);
    expect(d.delay('long')).toBe(120);
    expect(d.delay('short')).toBe(DEBOUNCE_FLOOR_MS);
    d.record('long', 5000);
    expect(d.delay('long')).toBe(DEBOUNCE_CEILING_MS);
    d.forget('long');
    expect(d.delay('long')).toBe(DEBOUNCE_FLOOR_MS);
  });

  it('keeps a fixed pause when one is given', () => {
    const d = new AdaptiveDebounce(200);
    d.record('a', 1);
    expect(d.delay('a')).toBe(200);
    expect(new AdaptiveDebounce(0).delay('a')).toBe(0);
  });
});
