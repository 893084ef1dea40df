/** `--print-config FILE`: the configuration that applies to FILE, and which files made it (or were passed over, and why). */
import { resolve } from 'node:path';
import { describeResolution } from '@vacancy-lint/config';
import { resolveConfigDetails } from './resolve.js';

export async function printConfig(file: string, configFile: string | undefined): Promise<string> {
  const target = resolve(file);
  const resolved = await resolveConfigDetails(target, configFile ? { configFile } : {});
  return `${JSON.stringify(describeResolution(target, resolved, configFile !== undefined), null, 2)}\n`;
}
