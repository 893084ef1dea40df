// Does an ad give pay (EU Pay Transparency Directive, art. 5)? An amount of money is pay with a pay
// word near it (rules/<lang>/document-pay.yml, payWords) or as a range of two amounts; revenues,
// funding, vouchers, allowances and weights are not.
import { describe, expect, it } from 'vitest';
import { mentionsPay } from '../packages/core/src/checks/pay-range.js';
import { allowanceWords, payWords } from '../packages/core/src/rules/registry.js';

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
