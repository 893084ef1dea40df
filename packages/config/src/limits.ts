/**
 * Input limits every front end applies the same way, so the editor and the pipeline skip the
 * same files.
 */

/** Texts larger than this (bytes of UTF-8) are not checked by default. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
