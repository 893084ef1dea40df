/**
 * Does the ad give pay? The EU Pay Transparency Directive (art. 5) entitles applicants to the
 * starting pay or its range; we look for an amount with a currency, or a salary scale.
 */
import { regex } from '../regexes.js';

const PAY = regex(
  'checks.pay-range',
  [
    String.raw`(?:€|\$|£|\b(?:eur|euro|usd|gbp)\b)\s?\d`,
    // An amount before its currency. It may only start where a run of digits, dots and commas
    // starts: from every digit inside a long run, `[\d.,]*` would rescan the rest of the run,
    // which costs quadratic time. Whether some digit of the run is followed by the currency does
    // not depend on where in the run the match starts.
    String.raw`(?<![\d.,])[.,]*\d[\d.,]*\s?(?:k\s?)?(?:€|\$|£|\b(?:euro|eur|usd|gbp|pounds|dollars)\b)`,
    String.raw`\b(?:salaris)?schaal\s+\d{1,2}\b`,
    String.raw`\b(?:pay|salary)\s+(?:band|grade|scale)\s+\d`,
    String.raw`\binschaling\b`,
  ].join('|'),
  'iu',
);

export function mentionsPay(text: string): boolean {
  return PAY.test(text);
}
