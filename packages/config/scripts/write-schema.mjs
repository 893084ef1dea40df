// Writes schema/config.schema.json from the built module, so editors and `$schema` read the
// same schema the validator uses.
import { mkdirSync, writeFileSync } from 'node:fs';
import { CONFIG_SCHEMA } from '../dist/schema.js';

const target = new URL('../schema/config.schema.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, `${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`);
