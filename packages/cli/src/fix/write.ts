/** The safe writer lives in @vacancy-lint/config, shared with the language server's config edits. */
export { writeFileAtomic, ConcurrentChangeError, FixRefusedError, type WriteOptions } from '@vacancy-lint/config';
