// JSON Lines input is split into lines by our own reader (packages/cli/src/inputs/jsonl.ts), which
// reads no further ahead than the linting and decodes each line on its own, instead of readline,
// which buffered whole chunks and read ahead. Line numbers are reported in error records, so it must
// give exactly the lines readline gives, however the bytes arrive: `\n`, `\r\n` and a lone `\r` end
// a line, also when a `\r\n` or a character falls across two chunks, and broken UTF-8 decodes alike.
import { describe, expect, it } from 'vitest';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { readLines } from '../packages/cli/src/inputs/jsonl.js';

/** A stream giving the chunks as they are, one by one. */
const streamOf = (chunks: Buffer[]) => Readable.from(chunks, { objectMode: false });

async function viaReadline(chunks: Buffer[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of createInterface({ input: streamOf(chunks), crlfDelay: Infinity })) out.push(line);
  return out;
}

async function viaReader(chunks: Buffer[]): Promise<string[]> {
  // The chunks exactly as given (a stream read by its iterator may join those it holds).
  async function* given() {
    for (const chunk of chunks) yield chunk;
  }
  const out: string[] = [];
  for await (const line of readLines(given())) out.push(line);
  return out;
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Bytes rich in line ends, multi-byte characters and broken sequences. */
const PIECES = ['\n', '\r', '\r\n', '\n\r', '{"id":1,"text":"a"}', 'é', '€', '😀', ' ', 'x', '\uFEFF', '\u2028'].map((s) => Buffer.from(s, 'utf8'));
const BROKEN = [Buffer.from([0xe2]), Buffer.from([0xe2, 0x82]), Buffer.from([0x82]), Buffer.from([0xf0, 0x9f]), Buffer.from([0xff])];

function randomBytes(next: () => number): Buffer {
  const parts: Buffer[] = [];
  const count = Math.floor(next() * 40);
  for (let i = 0; i < count; i++) parts.push(next() < 0.1 ? BROKEN[Math.floor(next() * BROKEN.length)]! : PIECES[Math.floor(next() * PIECES.length)]!);
  return Buffer.concat(parts);
}

function randomChunks(bytes: Buffer, next: () => number): Buffer[] {
  const chunks: Buffer[] = [];
  let at = 0;
  while (at < bytes.length) {
    const size = 1 + Math.floor(next() * 8);
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

describe('JSON Lines are split as readline splits them', () => {
  it.each([
    ['plain lines', ['a\nb\n']],
    ['a last line without an end', ['a\nb']],
    ['empty lines', ['\n\n\na\n\n']],
    ['CRLF', ['a\r\nb\r\n']],
    ['a lone CR', ['a\rb\r\rc']],
    ['CRLF across two chunks', ['a\r', '\nb']],
    ['CR, then an empty chunk, then LF', ['a\r', '', '\nb']],
    ['a character across two chunks', [Buffer.from('aé€b').subarray(0, 2), Buffer.from('aé€b').subarray(2, 5), Buffer.from('aé€b').subarray(5)]],
    ['a character cut off by a line end', [Buffer.from([0x61, 0xe2, 0x82, 0x0a, 0x62])]],
    ['a character cut off at the very end', [Buffer.from([0x61, 0x0a, 0x62, 0xe2, 0x82])]],
    ['a cut-off character, a CR at the chunk end, then LF', [Buffer.from([0x61, 0xe2, 0x0d]), Buffer.from([0x0a, 0x62])]],
    ['nothing', []],
  ])('%s', async (_name, parts) => {
    const chunks = parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p));
    expect(await viaReader(chunks)).toEqual(await viaReadline(chunks));
  });

  it('random bytes in random chunks', async () => {
    const next = random(20261201);
    for (let round = 0; round < 400; round++) {
      const bytes = randomBytes(next);
      const chunks = randomChunks(bytes, next);
      const expected = await viaReadline(chunks);
      expect({ round, lines: await viaReader(chunks) }).toEqual({ round, lines: expected });
      // The same bytes in one chunk.
      expect(await viaReader([bytes])).toEqual(await viaReadline([bytes]));
    }
  });
});
