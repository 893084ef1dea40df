/** Typo suggestions ("did you mean …?"): one implementation, in @vacancy-lint/config. */
export { nearest } from '@vacancy-lint/config';
