/**
 * The extension manifest against the language server: the settings VS Code shows must be exactly
 * the settings the server reads (generated from one description), and the rest of the manifest
 * must be what VS Code and vsce need.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, SEVERITIES } from '@vacancy-lint/core';
import { defaultSettings, mergeSettings, SETTINGS_DESCRIPTION } from '@vacancy-lint/language-server';
import { settingsContribution, VSCODE_OVERRIDES } from '../packages/vscode/scripts/settings-contribution.mjs';
import { ROOT } from './fixtures/lsp/client.js';

const manifest = JSON.parse(readFileSync(join(ROOT, 'packages/vscode/package.json'), 'utf8'));
const properties = manifest.contributes.configuration.properties as Record<string, { type: string; default: unknown; description: string; enum?: string[]; properties?: Record<string, unknown>; additionalProperties?: { enum: string[] } }>;

describe('VS Code settings', () => {
  test('package.json contributes exactly what the server describes (run `npm run sync-settings -w vacancy-lint` if not)', () => {
    expect(manifest.contributes.configuration).toEqual(settingsContribution());
  });

  test('every server setting, and only those, with a description and the server default', () => {
    const defaults = defaultSettings();
    expect(Object.keys(properties).sort()).toEqual(Object.keys(defaults).map((k) => `vacancyLint.${k}`).sort());
    for (const [key, value] of Object.entries(defaults)) {
      const schema = properties[`vacancyLint.${key}`]!;
      expect(schema.description.length, key).toBeGreaterThan(10);
      // Only where the extension deliberately differs (and says why in settings-contribution.mjs).
      const override = (VSCODE_OVERRIDES as Record<string, { default?: unknown }>)[key];
      expect(schema.default, key).toEqual(override && 'default' in override ? override.default : value);
      expect(schema.type, key).toBe(Array.isArray(value) ? 'array' : typeof value);
    }
  });

  test('enums match the core: categories, severities, languages', () => {
    expect(Object.keys(properties['vacancyLint.categories']!.properties!)).toEqual([...CATEGORIES]);
    expect(properties['vacancyLint.rules']!.additionalProperties!.enum).toEqual([...SEVERITIES, 'off']);
    expect(properties['vacancyLint.language']!.enum).toEqual(['auto', 'nl', 'en']);
  });

  test('values VS Code would accept are accepted by the server without warnings', () => {
    const warnings: string[] = [];
    const sample = {
      enable: false,
      language: 'en',
      rules: { 'nl.age.jong-team': 'off', age: 'info' },
      allow: ['jonge honden'],
      categories: Object.fromEntries(CATEGORIES.map((c) => [c, false])),
      summary: 'both',
      allowJavaScriptConfig: true,
      maxDocumentSizeMB: 2.5,
    };
    const merged = mergeSettings(defaultSettings(), sample, (w) => warnings.push(w));
    expect(warnings).toEqual([]);
    expect(merged).toEqual(sample);
    expect(Object.keys(SETTINGS_DESCRIPTION)).toEqual(Object.keys(sample));
  });
});

describe('workspace trust', () => {
  test('limited support in untrusted workspaces; the JavaScript-config setting is restricted there', () => {
    const trust = manifest.capabilities.untrustedWorkspaces;
    expect(trust.supported).toBe('limited');
    expect(trust.description).toMatch(/JavaScript config/u);
    expect(trust.restrictedConfigurations).toEqual(['vacancyLint.allowJavaScriptConfig']);
    for (const key of trust.restrictedConfigurations) expect(properties[key], key).toBeDefined();
  });

  test('the server default for JavaScript configs is off; only VS Code (gated by trust) turns it on', () => {
    expect(defaultSettings().allowJavaScriptConfig).toBe(false);
    expect(properties['vacancyLint.allowJavaScriptConfig']!.default).toBe(true);
  });
  // The gate itself (trust and the user's setting) is tried end to end in vscode-extension.test.ts.
});

describe('VS Code manifest', () => {
  test('activation, command, entry point, engine', () => {
    expect(manifest.activationEvents).toEqual(['onLanguage:markdown', 'onLanguage:plaintext', 'onLanguage:html']);
    expect(manifest.contributes.commands).toContainEqual(expect.objectContaining({ command: 'vacancyLint.explainRule', title: 'Explain rule', category: 'vacancy-lint' }));
    expect(manifest.main).toBe('./dist/extension.js');
    expect(manifest.engines.vscode).toBe('^1.91.0');
    expect(manifest.devDependencies['vscode-languageclient']).toMatch(/^\^11\./u);
    expect(manifest.devDependencies['@vscode/vsce']).toMatch(/^\^3\./u);
    expect(manifest.scripts.package).toContain('--no-dependencies');
  });
});
