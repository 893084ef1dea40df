/**
 * Sets `rules.<id>: off` in the text of a configuration file and changes nothing else: the
 * user's layout, comments, key order and every other key stay. Each edit is checked by parsing
 * the result again; an edit that would change anything else is never returned.
 */
import { basename } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { isMap, isScalar, parseDocument, type Document, type Node } from 'yaml';

export type ConfigKind = 'json' | 'package.json' | 'yaml' | 'js';

export function configKind(file: string): ConfigKind {
  const name = basename(file);
  if (name === 'package.json') return 'package.json';
  if (/\.ya?ml$/iu.test(name)) return 'yaml';
  if (/\.[cm]?js$/iu.test(name)) return 'js';
  return 'json';
}

/** A file that does not parse: where, and why. Lines and columns count from 1, as editors show them. */
export class ConfigSyntaxError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'ConfigSyntaxError';
  }
}

/** What the user should add by hand, in the syntax of that kind of file. */
export function whatToAdd(kind: ConfigKind, ruleId: string): string {
  switch (kind) {
    case 'json':
      return `"rules": { ${JSON.stringify(ruleId)}: "off" }`;
    case 'package.json':
      return `"vacancyLint": { "rules": { ${JSON.stringify(ruleId)}: "off" } }`;
    case 'yaml':
      return `rules: { ${yamlKey(ruleId)}: off }`;
    case 'js':
      return `rules: { '${ruleId.replace(/['\\]/gu, '\\$&')}': 'off' }`;
  }
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** The expected data after the edit: the file's data with only the one key set. */
function withRuleOff(data: unknown, path: readonly string[]): unknown {
  const out = structuredClone(data ?? {}) as Record<string, unknown>;
  let object = out;
  for (const key of path.slice(0, -1)) {
    const next = object[key];
    object = (object[key] = typeof next === 'object' && next !== null ? next : {}) as Record<string, unknown>;
  }
  object[path[path.length - 1]!] = 'off';
  return out;
}

/** jsonc-parser builds objects without a prototype; compare data, not prototypes. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

// ── JSON and package.json ────────────────────────────────────────────────────────────────

function jsonSyntaxError(file: string, text: string): ConfigSyntaxError | undefined {
  // An empty file is an empty configuration (the CLI reads it so), not a syntax error.
  if (text.trim() === '') return undefined;
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false });
  const first = errors[0];
  if (first) {
    const { line, column } = lineAndColumn(text, first.offset);
    const reason = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/gu, '$1 $2').toLowerCase();
    return new ConfigSyntaxError(file, line, column, `is not valid JSON: ${reason}`);
  }
  if (text.trim() !== '' && tree?.type !== 'object') return new ConfigSyntaxError(file, 1, 1, 'must contain a JSON object');
  return undefined;
}

function jsonRuleOff(file: string, text: string, path: string[]): string {
  const syntax = jsonSyntaxError(file, text);
  if (syntax) throw syntax;
  const tree = parseTree(text);
  if (path.length > 2) {
    const section = tree && findNodeAtLocation(tree, path.slice(0, 1));
    if (section && section.type !== 'object') {
      const { line, column } = lineAndColumn(text, section.offset);
      throw new ConfigSyntaxError(file, line, column, `'${path[0]}' must be an object`);
    }
  }
  const indent = /^([ \t]+)\S/mu.exec(text)?.[1] ?? '  ';
  const eol = eolOf(text);
  // jsonc-parser's formatter re-lays-out the whole line it touches; insert by hand where the layout is clear.
  const edited =
    (tree && jsonInsertion(text, tree, path, indent, eol)) ??
    applyEdits(
      text,
      modify(text, path, 'off', { formattingOptions: { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol } }),
    );
  const out = text.trim() === '' ? `${edited.trim()}${eol}` : edited;
  const expected = withRuleOff(tree ? plain(getNodeValue(tree)) : {}, path);
  const errors: ParseError[] = [];
  const again = parseTree(out, errors);
  if (errors.length || !again || !isDeepStrictEqual(plain(getNodeValue(again)), expected)) throw new Error(`could not edit ${file} without changing anything else`);
  return out;
}

/**
 * A new last property in the deepest object of `path` that exists, laid out like its first
 * property. Undefined for an existing key, an empty object or one written on one line.
 */
function jsonInsertion(text: string, tree: JsonNode, path: readonly string[], unit: string, eol: string): string | undefined {
  let object = tree;
  let depth = 0;
  for (; depth < path.length; depth++) {
    const child = findNodeAtLocation(object, [path[depth]!]);
    if (!child) break;
    if (child.type !== 'object') return undefined;
    object = child;
  }
  if (depth === path.length) return undefined;
  const properties = object.children ?? [];
  const first = properties[0];
  const last = properties[properties.length - 1];
  if (!first || !last) return undefined;
  const lineStart = text.lastIndexOf('\n', first.offset - 1) + 1;
  const indent = text.slice(lineStart, first.offset);
  if (!/^[ \t]*$/u.test(indent) || lineStart <= object.offset) return undefined;
  const rest = path.slice(depth);
  const valueFor = (keys: readonly string[], outer: string): string => {
    if (keys.length === 0) return '"off"';
    const inner = outer + unit;
    return `{${eol}${inner}${JSON.stringify(keys[0])}: ${valueFor(keys.slice(1), inner)}${eol}${outer}}`;
  };
  const value = valueFor(rest.slice(1), indent);
  const at = last.offset + last.length;
  return `${text.slice(0, at)},${eol}${indent}${JSON.stringify(rest[0])}: ${value}${text.slice(at)}`;
}

// ── YAML ─────────────────────────────────────────────────────────────────────────────────

/** A key as YAML text: plain when that reads back as the same string, else double-quoted. */
function yamlKey(key: string): string {
  return /^[A-Za-z][\w.-]*$/u.test(key) && !/^(?:true|false|null|yes|no|on|off|y|n)$/iu.test(key) ? key : JSON.stringify(key);
}

function yamlSyntaxError(file: string, doc: Document): ConfigSyntaxError | undefined {
  const first = doc.errors[0];
  if (!first) return undefined;
  const at = first.linePos?.[0];
  const reason = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '');
  return new ConfigSyntaxError(file, at?.line ?? 1, at?.col ?? 1, `is not valid YAML: ${reason}`);
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/**
 * The smallest text edit: one new line at the end of a block `rules:` map, or a new `rules:`
 * block at the end of the file. Undefined where the layout (flow maps, indented roots) needs
 * the document API's printer instead.
 */
function yamlInsertion(text: string, doc: Document, ruleId: string): string | undefined {
  const root = doc.contents;
  const eol = eolOf(text);
  const line = `${yamlKey(ruleId)}: off`;
  if (!isMap(root) || root.flow || root.items.length === 0) return undefined;
  const firstKey = root.items[0]!.key as Node | null;
  if (!firstKey?.range || columnOf(text, firstKey.range[0]) !== 0) return undefined;
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'rules');
  if (!pair) {
    const childIndent = /^[^\s#][^\n]*:[ \t]*(?:#[^\n]*)?\r?\n([ ]+)\S/mu.exec(text)?.[1] ?? '  ';
    const separator = text.endsWith('\n') ? '' : eol;
    return `${text}${separator}rules:${eol}${childIndent}${line}${eol}`;
  }
  const rules = pair.value;
  if (!isMap(rules) || rules.flow || rules.items.length === 0) return undefined;
  const first = rules.items[0]!.key as Node | null;
  const last = rules.items[rules.items.length - 1]!;
  const lastEnd = (last.value as Node | null)?.range?.[1] ?? (last.key as Node | null)?.range?.[1];
  if (!first?.range || lastEnd === undefined) return undefined;
  const indent = ' '.repeat(columnOf(text, first.range[0]));
  const lineEnd = text.indexOf('\n', lastEnd);
  if (lineEnd < 0) return `${text}${eol}${indent}${line}${eol}`;
  return `${text.slice(0, lineEnd + 1)}${indent}${line}${eol}${text.slice(lineEnd + 1)}`;
}

function yamlRuleOff(file: string, text: string, ruleId: string): string {
  const doc = parseDocument(text);
  const syntax = yamlSyntaxError(file, doc);
  if (syntax) throw syntax;
  const expected = withRuleOff(doc.toJS(), ['rules', ruleId]);
  const sameData = (candidate: string) => {
    const again = parseDocument(candidate);
    return again.errors.length === 0 && isDeepStrictEqual(again.toJS() ?? {}, expected);
  };
  const inserted = yamlInsertion(text, doc, ruleId);
  if (inserted !== undefined && sameData(inserted)) return inserted;
  // The document API keeps comments and most of the layout; flow maps are re-spaced.
  doc.setIn(['rules', ruleId], 'off');
  const printed = doc.toString({ lineWidth: 0 });
  if (sameData(printed)) return printed;
  throw new Error(`could not edit ${file} without changing anything else`);
}

/** Throws ConfigSyntaxError (with line and column) when the file does not parse. */
export function checkSyntax(kind: ConfigKind, file: string, text: string): void {
  const error = kind === 'yaml' ? yamlSyntaxError(file, parseDocument(text)) : kind === 'js' ? undefined : jsonSyntaxError(file, text);
  if (error) throw error;
}

/** The file's text with the rule turned off. Throws ConfigSyntaxError when the file does not parse. */
export function ruleOffText(kind: Exclude<ConfigKind, 'js'>, file: string, text: string, ruleId: string): string {
  if (kind === 'yaml') return yamlRuleOff(file, text, ruleId);
  return jsonRuleOff(file, text, kind === 'package.json' ? ['vacancyLint', 'rules', ruleId] : ['rules', ruleId]);
}
