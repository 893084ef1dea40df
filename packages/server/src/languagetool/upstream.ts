/**
 * `--upstream URL`: a real LanguageTool server that gets the same request, so one client keeps
 * spelling and grammar checks and gains the vacancy checks. Its matches are merged with ours; when
 * it does not answer in time, ours are sent with LanguageTool's `incompleteResults` warning.
 */
export type UpstreamAnswer<T> = { ok: true; body: T } | { ok: false; reason: string };

export class Upstream {
  readonly base: URL;

  constructor(
    url: string,
    private readonly timeoutMs: number,
  ) {
    this.base = new URL(url.endsWith('/') ? url : `${url}/`);
  }

  /** `v2/check` under the base URL (a base of `http://host:8010` or `http://host:8010/v2/` both work). */
  private endpoint(name: string): URL {
    const path = this.base.pathname.replace(/\/v2\/$/u, '/');
    return new URL(`${path}v2/${name}`, this.base);
  }

  check(form: string): Promise<UpstreamAnswer<{ matches?: unknown[]; language?: unknown }>> {
    return this.call(this.endpoint('check'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });
  }

  languages(): Promise<UpstreamAnswer<unknown[]>> {
    return this.call(this.endpoint('languages'), { method: 'GET' });
  }

  private async call<T>(url: URL, init: RequestInit): Promise<UpstreamAnswer<T>> {
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
      const text = await response.text();
      if (!response.ok) return { ok: false, reason: `the upstream LanguageTool server answered ${response.status}: ${text.split('\n')[0]!.slice(0, 200)}` };
      return { ok: true, body: JSON.parse(text) as T };
    } catch (error) {
      const e = error as Error & { cause?: { code?: string } };
      const why = e.name === 'TimeoutError' ? `no answer within ${this.timeoutMs / 1000} s` : (e.cause?.code ?? e.message);
      return { ok: false, reason: `the upstream LanguageTool server ${this.base.origin} could not be used (${why})` };
    }
  }
}
