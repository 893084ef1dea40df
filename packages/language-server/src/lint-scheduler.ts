/**
 * When a document is checked: at once (opened, configuration changed) or after a quiet time
 * following the last keystroke, one timer per document, so a burst of typing gives one check.
 */
export class LintScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  /**
   * @param delay the quiet time for a document (AdaptiveDebounce: about twice its last check)
   * @param run starts the check of a document; its errors are its own to report
   */
  constructor(
    private readonly delay: (uri: string) => number,
    private readonly run: (uri: string) => void,
  ) {}

  /** Checks after the quiet time; a newer call for the same document starts the wait again. */
  schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.run(uri);
      }, this.delay(uri)),
    );
  }

  /**
   * Checks now. A scheduled check stays: it finds the result current and returns at once, or, if
   * the text changed meanwhile, checks the newer text.
   */
  now(uri: string): void {
    this.run(uri);
  }

  cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
  }

  get pending(): number {
    return this.timers.size;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
