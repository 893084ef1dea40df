/**
 * @vacancy-lint/server: an HTTP server that speaks LanguageTool's API (so the LanguageTool browser
 * add-on, LibreOffice and editors show vacancy-lint's findings), a JSON API with OpenAPI, and the
 * web editor. See README.md.
 */
export { buildServer, DEFAULTS, VERSION, type Server, type ServerOptions } from './app.js';
export { serveCommand, parseSize, defaultWebRoot, type ServeIo } from './serve.js';
export { loadServerConfig, type LoadedConfig } from './config.js';
export { LANGUAGES, resolveLanguage, type LtLanguage } from './languagetool/languages.js';
export { parseData, type AnnotatedText } from './languagetool/annotated.js';
export { readParams } from './languagetool/params.js';
export type { LtMatch, LtResponse } from './languagetool/response.js';
