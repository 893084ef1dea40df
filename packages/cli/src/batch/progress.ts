/**
 * A one-line progress bar on stderr. Only for an interactive terminal and a large batch: in CI
 * logs or pipes the carriage returns would be noise.
 */
export const PROGRESS_MIN_FILES = 50;

export interface Progress {
  tick(): void;
  done(): void;
}

const NONE: Progress = { tick() {}, done() {} };

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr, enabled = true): Progress {
  if (!enabled || !stream.isTTY || total <= PROGRESS_MIN_FILES) return NONE;
  let count = 0;
  let last = 0;
  const width = 30;
  const draw = () => {
    const filled = Math.round((count / total) * width);
    stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${count}/${total} files`);
  };
  return {
    tick() {
      count++;
      const now = Date.now();
      // Redrawing on every file would cost more than linting a short ad.
      if (now - last > 100 || count === total) {
        last = now;
        draw();
      }
    },
    done() {
      stream.write('\r' + ' '.repeat(width + 24) + '\r');
    },
  };
}
