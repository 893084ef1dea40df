/** The one error type of configuration problems; its message is a single line for logs and terminals. */

export interface SourcePosition {
  /** 1-based. */
  line: number;
  /** 1-based, in characters of the line. */
  column: number;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    /** Dotted key path (`rules.nl.age`), '' for the file as a whole. */
    readonly keyPath: string,
    readonly detail: string,
    readonly position?: SourcePosition,
  ) {
    const where = position ? `${file}:${position.line}:${position.column}` : file;
    super(`${where}: ${keyPath ? `'${keyPath}' ` : ''}${detail}`);
    this.name = 'ConfigError';
  }
}
