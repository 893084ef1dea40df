/** "Turn this rule off for the workspace": writes the rule into the project's configuration file. */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join, relative, isAbsolute } from 'node:path';
import { parseDocument } from 'yaml';
import type { VacancyLintConfig } from '@vacancy-lint/core';

export interface RuleOffTarget {
  /** The configuration file that applies to the document now, if any. */
  current?: string;
  /** Its contents, so a new file in the workspace keeps what an outer file said. */
  currentConfig: VacancyLintConfig;
  /** Workspace folder of the document (or its directory when it is in none). */
  folder: string;
}

function inside(folder: string, file: string): boolean {
  const rel = relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function indentOf(text: string): string | number {
  return /^[ \t]+(?=")/mu.exec(text)?.[0] ?? 2;
}

function setRuleOff(object: Record<string, unknown>, ruleId: string): void {
  const rules = typeof object['rules'] === 'object' && object['rules'] !== null ? (object['rules'] as Record<string, unknown>) : {};
  rules[ruleId] = 'off';
  object['rules'] = rules;
}

/** Returns the file written. A file outside the workspace is never changed: a new one is made inside it. */
export async function writeRuleOff(target: RuleOffTarget, ruleId: string): Promise<string> {
  const file = target.current;
  if (file && inside(target.folder, file)) {
    const name = basename(file);
    if (/\.[cm]?js$/iu.test(name)) {
      // Code cannot be edited safely; say exactly what to add instead.
      throw new Error(`${file} is JavaScript; add rules: { '${ruleId}': 'off' } to it by hand`);
    }
    const text = await readFile(file, 'utf8');
    if (/\.ya?ml$/iu.test(name)) {
      const doc = parseDocument(text);
      // Keeps the user's comments and layout; only the one key changes.
      doc.setIn(['rules', ruleId], 'off');
      await writeFile(file, doc.toString());
    } else if (name === 'package.json') {
      const data = JSON.parse(text) as Record<string, unknown>;
      const section = (data['vacancyLint'] ?? {}) as Record<string, unknown>;
      setRuleOff(section, ruleId);
      data['vacancyLint'] = section;
      await writeFile(file, `${JSON.stringify(data, null, indentOf(text))}\n`);
    } else {
      const data = (text.trim() ? JSON.parse(text) : {}) as Record<string, unknown>;
      setRuleOff(data, ruleId);
      await writeFile(file, `${JSON.stringify(data, null, indentOf(text))}\n`);
    }
    return file;
  }
  const created = join(target.folder, '.vacancylintrc.json');
  const data = structuredClone(target.currentConfig) as Record<string, unknown>;
  setRuleOff(data, ruleId);
  await writeFile(created, `${JSON.stringify(data, null, 2)}\n`);
  return created;
}
