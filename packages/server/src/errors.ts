/**
 * Errors a request can cause. Each carries the HTTP status and a one-line message for the client;
 * none carries the posted text (messages are logged).
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export class BadRequest extends HttpError {
  constructor(message: string) {
    super(400, message);
  }
}

/** The lint took longer than the per-request limit; the worker running it was stopped. */
export class LintTimeout extends HttpError {
  constructor(limitMs: number) {
    super(503, `checking took longer than ${limitMs / 1000} s, this server's limit; send a shorter text or try again`);
  }
}

/** Every worker is busy and the queue is full. */
export class Overloaded extends HttpError {
  constructor() {
    super(503, 'the server is busy (too many texts waiting to be checked); try again in a moment');
  }
}
