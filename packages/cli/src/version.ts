/** The CLI's version, from its package.json (for --version and the SARIF driver). */
import { createRequire } from 'node:module';

// A plain `require('../package.json')` call: the bundler (scripts/bundle.mjs) inlines that form,
// so the bundled CLI does not look for the file beside the bundle.
const require = createRequire(import.meta.url);

export const VERSION = (require('../package.json') as { version: string }).version;
