/**
 * Does the ad give pay? The EU Pay Transparency Directive (art. 5) entitles applicants to the
 * starting pay or its range; we look for an amount with a currency, or a salary scale.
 */
const PAY = new RegExp(
  [
    String.raw`(?:€|\$|£|\b(?:eur|euro|usd|gbp)\b)\s?\d`,
    String.raw`\d[\d.,]*\s?(?:k\s?)?(?:€|\$|£|\b(?:euro|eur|usd|gbp|pounds|dollars)\b)`,
    String.raw`\b(?:salaris)?schaal\s+\d{1,2}\b`,
    String.raw`\b(?:pay|salary)\s+(?:band|grade|scale)\s+\d`,
    String.raw`\binschaling\b`,
  ].join('|'),
  'iu',
);

export function mentionsPay(text: string): boolean {
  return PAY.test(text);
}
