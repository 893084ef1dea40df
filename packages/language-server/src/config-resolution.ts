/**
 * Which configuration applies to a document: the editor's settings (initial, pushed and pulled
 * per document, in that order of precedence) and the project's config file, each cached until
 * something says it changed. A client that never answers `workspace/configuration` or a broken
 * config file does not stop the checks: the warning says so once and the defaults apply.
 */
import { configDirectoryFor } from './paths.js';
import { forgetProjectConfigs, resolveProjectConfig, type ProjectConfig } from './project-config.js';
import { defaultSettings, mergeSettings, unwrapSettings, type ServerSettings } from './settings.js';
import { withTimeout } from './with-timeout.js';

/** Without file watching in the client, a project file is read again after this long. */
export const UNWATCHED_CONFIG_TTL_MS = 2000;

export interface ConfigResolutionOptions {
  /** Asks the client for a document's `vacancyLint` section; undefined when the client cannot be asked. */
  pull: (uri: string) => Promise<unknown> | undefined;
  /** How long to wait for the client's answer. */
  timeoutMs: number;
  /** Reports a problem once per message; `show` also puts it in front of the user. */
  warn: (message: string, show?: boolean) => void;
  /** The workspace folders: a config file is searched for up to the folder holding the document. */
  folders: () => readonly string[];
  /** Whether the client tells the server about changed config files (then no re-read by time). */
  watching: () => boolean;
  now?: () => number;
}

export class ConfigResolution {
  private readonly settingsCache = new Map<string, Promise<ServerSettings>>();
  private readonly projectCache = new Map<string, { at: number; promise: Promise<ProjectConfig> }>();
  private initial: unknown;
  private pushed: unknown;
  private unanswered = false;
  private readonly now: () => number;

  constructor(private readonly options: ConfigResolutionOptions) {
    this.now = options.now ?? Date.now;
  }

  /** `initializationOptions`: the settings until the client pushes its own. */
  setInitial(raw: unknown): void {
    this.initial = unwrapSettings(raw);
  }

  /**
   * `workspace/didChangeConfiguration`: pushed settings are the client's whole current state, so
   * they replace the initial ones; every document's settings are read again, and a client that
   * did not answer before is asked again.
   */
  settingsChanged(pushed: unknown): void {
    if (pushed !== undefined) this.pushed = pushed;
    this.unanswered = false;
    this.settingsCache.clear();
  }

  /** The document closed: its settings are asked for again when it opens. */
  forgetDocument(uri: string): void {
    this.settingsCache.delete(uri);
  }

  /** A config file changed (or a rule was turned off in one): read them again. */
  projectChanged(): void {
    this.projectCache.clear();
    forgetProjectConfigs();
  }

  settingsFor(uri: string): Promise<ServerSettings> {
    let cached = this.settingsCache.get(uri);
    if (!cached) {
      cached = this.pull(uri).then((pulled) => {
        let settings = defaultSettings();
        for (const layer of [this.pushed ?? this.initial, unwrapSettings(pulled)]) {
          settings = mergeSettings(settings, layer, (m) => this.options.warn(m));
        }
        return settings;
      });
      this.settingsCache.set(uri, cached);
    }
    return cached;
  }

  async projectConfigFor(uri: string): Promise<ProjectConfig> {
    const directory = configDirectoryFor(uri, [...this.options.folders()]);
    if (!directory) return { config: {} };
    // Whether JavaScript configs may run is the client's decision (VS Code: workspace trust).
    const { allowJavaScriptConfig } = await this.settingsFor(uri);
    const key = `${allowJavaScriptConfig ? 'js' : 'data'}\0${directory}`;
    const cached = this.projectCache.get(key);
    if (cached && (this.options.watching() || this.now() - cached.at < UNWATCHED_CONFIG_TTL_MS)) return cached.promise;
    if (cached) forgetProjectConfigs();
    const promise = resolveProjectConfig(directory, allowJavaScriptConfig).then(
      (project) => {
        if (project.refused) {
          this.options.warn(
            `${project.refused.file} was not loaded: JavaScript config files are code, and the setting vacancyLint.allowJavaScriptConfig is off (VS Code turns it on only in a trusted workspace). Using the editor settings only.`,
            true,
          );
        }
        return project;
      },
      (error: unknown) => {
        // A broken file must not stop the checks; the message names the file and the key to fix.
        this.options.warn(`${(error as Error).message} (using the editor settings only)`, true);
        return { config: {} } as ProjectConfig;
      },
    );
    this.projectCache.set(key, { at: this.now(), promise });
    return promise;
  }

  private async pull(uri: string): Promise<unknown> {
    const { pull, timeoutMs, warn } = this.options;
    const request = this.unanswered ? undefined : pull(uri);
    if (!request) return undefined;
    try {
      return await withTimeout<unknown>(request, timeoutMs, undefined, () => {
        // Asking again would delay every check; a configuration change notification resets this.
        this.unanswered = true;
        warn(`the editor did not answer workspace/configuration within ${timeoutMs} ms; using defaults`);
      });
    } catch (error) {
      warn(`workspace/configuration failed (${(error as Error).message}); using defaults`);
      return undefined;
    }
  }
}
