/** The settings form: categories, lowest severity, gender form, region, ignored phrases. */
import { CATEGORIES, REGIONS, SEVERITIES } from '@vacancy-lint/core';
import { h } from './dom.js';
import type { Messages } from './i18n.js';
import { GENDER_FORMS, type Settings } from './settings.js';

/** The form's fields for these settings; every change goes to `updateSettings`. */
export function settingsForm(m: Messages, settings: Settings, updateSettings: (change: Partial<Settings>) => void): HTMLElement[] {
  const categories = h(
    'fieldset',
    { class: 'utrecht-form-fieldset vl-fieldset' },
    h('legend', { class: 'utrecht-form-fieldset__legend' }, m.categoriesLegend),
    ...CATEGORIES.map((c) =>
      h(
        'div',
        { class: 'utrecht-form-field utrecht-form-field--checkbox vl-checkbox' },
        h('input', {
          type: 'checkbox',
          id: `cat-on-${c}`,
          class: 'utrecht-checkbox utrecht-checkbox--html-input',
          checked: !settings.categoriesOff.includes(c),
          'data-key': `cat-on-${c}`,
          onchange: (e) => {
            const on = (e.target as HTMLInputElement).checked;
            updateSettings({ categoriesOff: on ? settings.categoriesOff.filter((x) => x !== c) : [...settings.categoriesOff, c] });
          },
        }),
        h('label', { class: 'utrecht-form-label utrecht-form-label--checkbox', for: `cat-on-${c}` }, m.category(c)),
      ),
    ),
  );
  const select = (id: string, label: string, options: [string, string][], value: string, onchange: (v: string) => void) =>
    h(
      'div',
      { class: 'utrecht-form-field' },
      h('label', { class: 'utrecht-form-label', for: id }, label),
      h('select', { id, class: 'utrecht-select utrecht-select--html-select', 'data-key': id, onchange: (e) => onchange((e.target as HTMLSelectElement).value) }, ...options.map(([v, text]) => h('option', { value: v, selected: v === value }, text))),
    );
  const severity = select('min-severity', m.minSeverity, [...SEVERITIES].reverse().map((s) => [s, m.minSeverityOption[s]]), settings.minSeverity, (v) => updateSettings({ minSeverity: v as Settings['minSeverity'] }));
  const genderForm = select('gender-form', m.genderForm, [['', m.genderFormDefault], ...GENDER_FORMS.filter((g) => g !== 'v/m/x').map((g): [string, string] => [g, g])], settings.genderForm, (v) => updateSettings({ genderForm: v }));
  const region = select('region', m.region, [['auto', m.regionAuto], ...REGIONS.map((r): [string, string] => [r, m.regionNames[r]])], settings.region, (v) => updateSettings({ region: v as Settings['region'] }));
  const ignored = h(
    'div',
    { class: 'vl-ignored' },
    h('h4', { class: 'utrecht-heading-4' }, m.ignored),
    settings.allow.length === 0
      ? h('p', { class: 'utrecht-paragraph' }, m.noIgnored)
      : h('ul', { class: 'vl-ignored__list' }, ...settings.allow.map((p) => h('li', {}, h('button', { type: 'button', class: 'utrecht-button utrecht-button--subtle', 'data-key': `unignore|${p}`, onclick: () => updateSettings({ allow: settings.allow.filter((x) => x !== p) }) }, m.unignore(p))))),
  );
  return [categories, severity, genderForm, region, ignored];
}

