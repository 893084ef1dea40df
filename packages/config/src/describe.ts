/** A resolution as plain JSON, for `--print-config` and for logs: what applies, and where it came from. */
import type { ResolvedConfig } from './resolve.js';

export interface ResolutionReport {
  /** The file the configuration is for. */
  for: string;
  /** The config file used, or null when the defaults apply. */
  configFile: string | null;
  /** How the file was chosen. */
  source: 'option' | 'search' | 'none';
  config: ResolvedConfig['config'];
  skipped: ResolvedConfig['skipped'];
  searched: string[];
  stop: ResolvedConfig['stop'] | null;
}

export function describeResolution(forFile: string, resolved: ResolvedConfig, explicit: boolean): ResolutionReport {
  return {
    for: forFile,
    configFile: resolved.file ?? null,
    source: explicit ? 'option' : resolved.file ? 'search' : 'none',
    config: resolved.config,
    skipped: resolved.skipped,
    searched: resolved.searched,
    stop: resolved.stop ?? null,
  };
}
