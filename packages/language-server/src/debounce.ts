/**
 * How long to wait after a keystroke before a document is checked again. A fixed pause must be
 * long enough for the slowest document and makes every short one feel slow (200 ms on a 500-word
 * ad whose check takes 5 ms). Instead each document waits about twice as long as its own last
 * check took: a short ad is checked almost as soon as typing pauses, a long one is not checked
 * again and again while the user is still typing (each check of it would be thrown away).
 */
/** Never less: keystrokes of one word come closer together than this. */
export const DEBOUNCE_FLOOR_MS = 40;
/** Never more: a pause in typing this long means the user is reading. */
export const DEBOUNCE_CEILING_MS = 400;

export class AdaptiveDebounce {
  private readonly lastCheckMs = new Map<string, number>();

  /** `fixedMs`: always this pause instead (VACANCY_LINT_DEBOUNCE_MS, tests). */
  constructor(private readonly fixedMs?: number) {}

  delay(uri: string): number {
    if (this.fixedMs !== undefined) return this.fixedMs;
    const last = this.lastCheckMs.get(uri) ?? 0;
    return Math.min(DEBOUNCE_CEILING_MS, Math.max(DEBOUNCE_FLOOR_MS, Math.round(2 * last)));
  }

  /** The check of `uri` took `ms`. */
  record(uri: string, ms: number): void {
    this.lastCheckMs.set(uri, ms);
  }

  forget(uri: string): void {
    this.lastCheckMs.delete(uri);
  }
}
