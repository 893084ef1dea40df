/**
 * Lintable text built from pieces of a source whose offsets differ (HTML: entities, tags). Every
 * text character remembers the source range it came from, so findings map back exactly.
 */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  length = 0;

  /** Text that stands for source[sourceStart, sourceEnd) character for character. */
  appendVerbatim(text: string, sourceStart: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(sourceStart + i);
      this.ends.push(sourceStart + i + 1);
    }
    this.length += text.length;
  }

  /** Text whose characters all stand for one source range (a character reference). */
  appendMapped(text: string, sourceStart: number, sourceEnd: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(sourceStart);
      this.ends.push(sourceEnd);
    }
    this.length += text.length;
  }

  /** Characters with no source of their own (a paragraph break between blocks). */
  appendSeparator(text: string, sourceOffset: number): void {
    this.appendMapped(text, sourceOffset, sourceOffset);
  }

  build(): { text: string; sourceStarts: Int32Array; sourceEnds: Int32Array } {
    return { text: this.parts.join(''), sourceStarts: Int32Array.from(this.starts), sourceEnds: Int32Array.from(this.ends) };
  }
}
