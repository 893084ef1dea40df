/**
 * What the harness drives ("units"), each with the property it checks on one generated case. A
 * unit and an input class together make a pair (`cli-fix:nested-html`); `--exclude` takes units,
 * classes or pairs.
 */
import fc from 'fast-check';
import { CLASSES, type Doc, type Limits } from './classes.js';
import type { CliMode, CliRunner } from './targets/cli.js';
import type { LibraryRunner } from './targets/library.js';
import { edits, probes, rpcMessages, type Edit, type LspRunner, type Probe, type RpcMessage } from './targets/lsp.js';

export interface Runners {
  library: LibraryRunner;
  cli: CliRunner;
  lsp: LspRunner;
}

export interface Unit {
  name: string;
  /** Cases per fast-check batch (processes cost more than calls). */
  batch: number;
  /** The input classes it takes; `jsonrpc` for the message fuzzer. */
  classes: string[];
  /** The generated case for a class. */
  arbitrary(className: string, limits: Limits): fc.Arbitrary<unknown>;
  run(runners: Runners, value: unknown): Promise<void>;
}

const classArbitrary = (name: string, limits: Limits): fc.Arbitrary<Doc> => {
  const c = CLASSES.find((k) => k.name === name);
  if (!c) throw new Error(`unknown input class '${name}'`);
  return c.arbitrary(limits);
};
const textClasses = CLASSES.map((c) => c.name);

const cliUnit = (mode: CliMode): Unit => ({
  name: `cli-${mode}`,
  batch: 2,
  classes: textClasses,
  arbitrary: (name, limits) => fc.tuple(classArbitrary(name, limits), fc.nat()),
  run: async (r, value) => {
    const [doc, pick] = value as [Doc, number];
    await r.cli.check(doc, mode, pick);
  },
});

/**
 * Fails on purpose for every text with 'verpleegster' in it: proves that a failure is found, shrunk,
 * printed with its seed and saved (test/fuzz.test.ts). Runs only when `--only canary` names it.
 */
export const CANARY: Unit = {
  name: 'canary',
  batch: 20,
  classes: ['offenders'],
  arbitrary: classArbitrary,
  run: async (_r, value) => {
    if ((value as Doc).text.includes('verpleegster')) throw new Error('canary: the text contains verpleegster');
  },
};

export const UNITS: Unit[] = [
  {
    name: 'library',
    batch: 20,
    classes: textClasses,
    arbitrary: classArbitrary,
    run: (r, value) => r.library.check(value as Doc),
  },
  cliUnit('file'),
  cliUnit('stdin'),
  cliUnit('jsonl'),
  cliUnit('fix'),
  cliUnit('format'),
  {
    name: 'lsp',
    batch: 4,
    classes: textClasses,
    arbitrary: (name, limits) => fc.tuple(classArbitrary(name, limits), edits, probes),
    run: async (r, value) => {
      const [doc, changes, asks] = value as [Doc, Edit[], Probe[]];
      await r.lsp.checkDocument(doc, changes, asks);
    },
  },
  {
    name: 'lsp-jsonrpc',
    batch: 4,
    classes: ['jsonrpc'],
    arbitrary: () => rpcMessages,
    run: (r, value) => r.lsp.checkMessages(value as RpcMessage[]),
  },
];
