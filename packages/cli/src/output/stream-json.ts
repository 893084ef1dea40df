/**
 * JSON text in pieces. A report with hundreds of thousands of findings is larger than the longest
 * string V8 can build (about 512 MB), so `JSON.stringify` of the whole report throws. Here the
 * one big array of a report is written item by item around the stringified rest, giving exactly
 * the text `JSON.stringify` would give, in chunks a stream can take one at a time.
 */

/** Stands for the big array while the rest of the value is stringified. */
export const PLACEHOLDER = '\u0000vacancy-lint:streamed-array\u0000';
const QUOTED = JSON.stringify(PLACEHOLDER);

function indentLines(text: string, pad: string): string {
  return pad + text.replaceAll('\n', '\n' + pad);
}

/**
 * `value` holds PLACEHOLDER (once) where `items` belong. Yields `JSON.stringify(value with
 * items, null, 2)` when `pretty`, the compact form otherwise, with every line indented by
 * `depth` levels (for a value nested in another streamed array).
 */
export function* streamJson(value: unknown, items: Iterable<unknown>, pretty: boolean, depth = 0): Generator<string> {
  const pad = pretty ? '  '.repeat(depth) : '';
  const text = pretty ? indentLines(JSON.stringify(value, null, 2), pad) : JSON.stringify(value);
  const at = text.indexOf(QUOTED);
  if (at < 0) throw new Error('streamJson: the value has no place for the items');
  yield text.slice(0, at);
  // The array's own indentation is that of the line it starts on.
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const arrayPad = pretty ? /^ */u.exec(text.slice(lineStart, at))![0] : '';
  let first = true;
  for (const item of items) {
    const json = pretty ? indentLines(JSON.stringify(item, null, 2), arrayPad + '  ') : JSON.stringify(item);
    yield (first ? '[' : ',') + (pretty ? '\n' : '') + json;
    first = false;
  }
  yield first ? '[]' : (pretty ? '\n' + arrayPad : '') + ']';
  yield text.slice(at + QUOTED.length);
}
