/** The CLI's version, from its package.json (for --version and the SARIF driver). */
import { createRequire } from 'node:module';

export const VERSION = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
