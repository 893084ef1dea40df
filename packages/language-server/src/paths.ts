/** Document URIs to file-system locations, for finding configuration files. */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The workspace folder holding `path`: the longest matching one. */
export function folderOf(path: string, folders: string[]): string | undefined {
  return folders
    .filter((f) => path === f || path.startsWith(f.endsWith('/') || f.endsWith('\\') ? f : `${f}/`) || path.startsWith(`${f}\\`))
    .sort((a, b) => b.length - a.length)[0];
}

/** Where to look for a document's configuration: its own folder, or for `untitled:` ones the workspace. */
export function configDirectoryFor(uri: string, folders: string[]): string | undefined {
  const path = uriToPath(uri);
  return path ? dirname(path) : folders[0];
}
