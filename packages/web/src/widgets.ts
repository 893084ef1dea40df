/** Small parts of the side panel that depend only on what they are given. */
import type { Finding, LintResult } from '@vacancy-lint/core';
import { h } from './dom.js';
import { genderMeter } from './findings-view.js';
import type { Messages } from './i18n.js';

/** Severity is never shown by colour alone: each has its own icon (and line style in the editor). */
export const ICON: Record<Finding['severity'], string> = { error: '✖', warning: '▲', info: 'ℹ' };

export function severityBadge(m: Messages, severity: Finding['severity']): HTMLElement {
  return h('span', { class: `vl-severity vl-severity--${severity}` }, h('span', { class: 'vl-severity__icon', 'aria-hidden': 'true' }, ICON[severity]), ` ${m.severity(severity)}`);
}

/**
 * Moves focus back to the element with the same key after a re-render, so keyboard users keep
 * their place. When that element is gone (its finding was just fixed), focus goes to the finding
 * that took its place in the list, or to the list's heading when the list is empty.
 */
export function keepFocus(container: HTMLElement, render: () => void): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && container.contains(active) ? active.dataset['key'] : undefined;
  const toggles = () => [...container.querySelectorAll<HTMLElement>('.vl-finding__toggle')];
  const owner = active instanceof HTMLElement ? active.closest('.vl-finding')?.querySelector<HTMLElement>('.vl-finding__toggle') : undefined;
  const index = owner ? toggles().indexOf(owner) : -1;
  render();
  if (!key) return;
  const same = container.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  if (same) return same.focus();
  const list = toggles();
  if (index >= 0 && list.length > 0) return list[Math.min(index, list.length - 1)]!.focus();
  container.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
}

/** The gender-coded balance: a scale with a needle, its label, and the words on each side. */
export function meterView(m: Messages, r: LintResult): HTMLElement {
  const meter = genderMeter(r.summary.genderCoded);
  // 0 % is fully feminine-coded, 100 % fully masculine-coded; the middle is balanced.
  const percent = Math.round(((meter.position + 1) / 2) * 100);
  return h(
    'section',
    { class: 'vl-meter', 'aria-labelledby': 'meter-heading' },
    h('h4', { class: 'utrecht-heading-4', id: 'meter-heading' }, m.balance, ': ', h('span', { class: 'vl-meter__label' }, m.balanceLabel(meter.label))),
    h(
      'div',
      { class: 'vl-meter__scale', role: 'img', 'aria-label': `${m.balanceLabel(meter.label)}: ${m.meterDescription(meter.masculine, meter.feminine)}` },
      h('span', { class: 'vl-meter__end', 'aria-hidden': 'true' }, m.feminine),
      h('span', { class: 'vl-meter__track', 'aria-hidden': 'true' }, h('span', { class: 'vl-meter__needle', style: `left: ${percent}%` })),
      h('span', { class: 'vl-meter__end', 'aria-hidden': 'true' }, m.masculine),
    ),
    h(
      'dl',
      { class: 'vl-meter__words' },
      h('dt', {}, `${m.masculine} (${meter.masculine})`),
      h('dd', { lang: r.language === 'und' ? undefined : r.language }, meter.masculineWords.join(', ') || m.noCodedWords),
      h('dt', {}, `${m.feminine} (${meter.feminine})`),
      h('dd', { lang: r.language === 'und' ? undefined : r.language }, meter.feminineWords.join(', ') || m.noCodedWords),
    ),
  );
}

