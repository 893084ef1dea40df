/** Library entry: embed the server in another process (tests, bundles) with your own connection. */
export { startServer, type ServerOptions } from './server.js';
export { SETTINGS_DESCRIPTION, defaultSettings, mergeSettings, type ServerSettings, type SettingSchema } from './settings.js';
export { COMMANDS } from './code-actions.js';
