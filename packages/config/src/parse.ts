/**
 * JSON and YAML text to data. A syntax error becomes one ConfigError naming the file, the line,
 * the column and the reason, so an editor or a CI log points straight at it.
 */
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { createRequire } from 'node:module';
import { ConfigError, type SourcePosition } from './errors.js';

// yaml is loaded with the first YAML file, not with every run: most runs read none.
const require = createRequire(import.meta.url);

/** Plain words for jsonc-parser's error codes (which only locate the error; JSON.parse reads the data). */
const JSON_REASONS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected ',' or '}'",
  CloseBracketExpected: "expected ',' or ']'",
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unexpected end of comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unexpected end of number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
};

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Math.min(offset, text.length) - lineStart + 1 };
}

export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const errors: ParseError[] = [];
    parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (!first) {
      // Not seen in practice; JSON.parse's own words are still better than nothing.
      throw new ConfigError(file, '', `is not valid JSON: ${(error as Error).message.split('\n')[0]}`);
    }
    const code = printParseErrorCode(first.error);
    const reason = first.offset >= text.length ? 'unexpected end of the file' : (JSON_REASONS[code] ?? code);
    const found = first.offset < text.length && first.length > 0 ? ` (found ${JSON.stringify(text.slice(first.offset, first.offset + Math.min(first.length, 20)))})` : '';
    throw new ConfigError(file, '', `invalid JSON: ${reason}${found}`, positionAt(text, first.offset));
  }
}

export function parseYamlText(text: string, file: string): unknown {
  const { LineCounter, parseDocument } = require('yaml') as typeof import('yaml');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    throw new ConfigError(file, '', `invalid YAML: ${first.message.split('\n')[0]}`, { line, column: col });
  }
  return doc.toJS();
}
