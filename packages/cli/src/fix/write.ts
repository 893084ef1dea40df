/** The atomic writer lives in @vacancy-lint/config, shared with the language server's config edits. */
export { writeFileAtomic, ConcurrentChangeError } from '@vacancy-lint/config';
