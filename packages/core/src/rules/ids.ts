/** Rule ids that several packages must agree on, written once. */

/** The key that turns every retext-equality finding on or off (`"rules": { "en.equality": "off" }`). */
export const EQUALITY_RULES = 'en.equality';

/** retext-equality's findings have ids `en.equality.<its id>`. */
export const EQUALITY_PREFIX = `${EQUALITY_RULES}.`;

export function isEqualityRule(ruleId: string): boolean {
  return ruleId.startsWith(EQUALITY_PREFIX);
}
