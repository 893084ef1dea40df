/** The trust decision itself, apart from the VS Code API so it can be tested alone. */

export const SECTION = 'vacancyLint';
export const SETTING = 'allowJavaScriptConfig';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The server's view of the settings: JavaScript configs allowed only if the user allows them and the workspace is trusted. */
export function gateSettings(section: unknown, trusted: boolean): Record<string, unknown> {
  const settings = isRecord(section) ? section : {};
  return { ...settings, [SETTING]: trusted && settings[SETTING] === true };
}
