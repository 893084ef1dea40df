// Does an ad give pay (EU Pay Transparency Directive, art. 5)? An amount of money is pay with a pay
// word near it (rules/<lang>/document-pay.yml, payWords) or as a range of two amounts; revenues,
// funding, vouchers, allowances and weights are not.
import { describe, expect, it } from 'vitest';
import { hasScale, mentionsPay } from '../packages/core/src/checks/pay-range.js';
import { allowanceWords, payWords } from '../packages/core/src/rules/registry.js';
import { recordedRegexes } from '../packages/core/src/regexes.js';

describe('pay in an ad', () => {
  it.each([
    'Je verdient € 3.200 – € 4.100 bruto per maand.',
    'Een brutoverloning tussen € 2400 en € 3400.',
    'Je krijgt 3.000 - 4.000 euro.',
    'FWG 45 (€2770 tot €3944)',
    'Salary: £28,000 depending on experience.',
    'Benefits: SalaryNegotiable on experience. £18,500.',
    '$16.00-$17.00/hour',
    'What we offer: €110-130k for the right person.',
    'Het salaris is schaal 8 van de cao.',
  ])('counts: %s', (text) => {
    expect(mentionsPay(text, payWords())).toBe(true);
  });

  it.each([
    'The Group reported global revenues of €22.5 billion.',
    'We raised $36M in a Series A round.',
    'Maaltijdcheques van €8/dag en ecocheques.',
    'You can lift items of up to 50 pounds.',
    'Omzet vorig jaar: € 40 miljoen.',
    'A travel allowance of £0.25 for every mile you drive.',
  ])('does not count: %s', (text) => {
    expect(mentionsPay(text, payWords())).toBe(false);
  });

  // A frequency ("per dag", "a day") makes an amount pay on its own, but not beside an allowance word.
  it.each([
    'Je krijgt een lunchvergoeding van € 8 per dag.',
    'Thuiswerkvergoeding: €2,40 per dag.',
    'A £5 meal voucher a day and free parking.',
    'Training budget of €1,500 per year.',
  ])('an allowance is not pay: %s', (text) => {
    expect(mentionsPay(text, payWords())).toBe(true);
    expect(mentionsPay(text, payWords(), allowanceWords())).toBe(false);
  });

  it.each([
    'Salaris € 3.000 per maand en een reiskostenvergoeding.',
    'Je stagevergoeding is € 500 per maand.',
    'An internship allowance of £1,200 per month.',
    'Salary £32,000 a year plus mileage.',
    'On top of €600 monthly allowance for your internship, you get a laptop.',
  ])('pay beside an allowance word is still pay: %s', (text) => {
    expect(mentionsPay(text, payWords(), allowanceWords())).toBe(true);
  });
});

describe('the salary-scale search', () => {
  // Tried only where its first words stand (hasScale), it must answer as the expression run over the
  // whole text does, in every casing, with the words at the text's edges, glued to others, and spread
  // over line breaks.
  const SCALE = recordedRegexes().get('checks.pay-scale')!;
  const parts = ['schaal 8', 'salarisschaal 11', 'Schaal\n9', 'payschaal 3', 'Pay band 4', 'salary  grade\t7', 'SALARY SCALE 2', 'inschaling', 'Inschalingen', 'herinschaling', 'schaal 123', 'schaal', 'pay', 'salary band', 'bandschaal 5', 'xschaal 5', '5 schaal 5', 'schaal-8'];
  const texts: string[] = [];
  for (const a of parts) {
    texts.push(a, `De ${a}.`, `${a}x`, `x${a}`);
    for (const b of parts) texts.push(`${a} ${b}`, `${a}${b}`);
  }
  it.each([undefined, 'lower'])('agrees with the expression run over the whole text (searchable: %s)', (mode) => {
    let positives = 0;
    for (const text of texts) {
      const expected = SCALE.test(text);
      if (expected) positives++;
      expect(hasScale(text, mode ? text.toLowerCase() : undefined), text).toBe(expected);
    }
    expect(positives).toBeGreaterThan(50);
    expect(texts.length - positives).toBeGreaterThan(20);
  });
});
