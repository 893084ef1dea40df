/**
 * Masking keeps offsets exact: text that must not be linted (markup, code, URLs, e-mail
 * addresses) is replaced by spaces of the same length, newlines kept, so every offset in the
 * masked text is also an offset in the source.
 */
import { regex } from '../regexes.js';

const URL_OR_EMAIL = regex(
  'input.url-or-email',
  // The lookbehind makes the e-mail part start only at the beginning of a run of address
  // characters; without it a long run of letters costs quadratic time.
  /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>()"']+[^\s<>()"'.,;:!?]|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu,
);

/** Blanks URLs and e-mail addresses in place. */
export function maskUrlsAndEmails(text: string): string {
  return text.replace(URL_OR_EMAIL, (m) => m.replace(/[^\n\r]/g, ' '));
}
