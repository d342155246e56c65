import { Presets, SingleBar } from "cli-progress";

export interface Progress {
  /** One more file done. */
  tick(): void;
  stop(): void;
}

export interface ProgressOptions {
  /** Where the bar or lines go; stderr, so stdout keeps only the summary. */
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Shorter runs show nothing: they are over before a bar would help. */
  minTotal?: number;
  now?: () => number;
}

const PLAIN_STEPS = 10;

/**
 * A progress bar (count, percent, rate, ETA) when the stream is a terminal; otherwise, as in CI logs, a plain
 * line at every tenth, so logs stay short and readable.
 */
export function createProgress(label: string, total: number, options: ProgressOptions = {}): Progress {
  const { stream = process.stderr, minTotal = 200, now = () => performance.now() } = options;
  if (total < minTotal) return { tick() {}, stop() {} };
  const started = now();
  let done = 0;
  const rate = () => done / Math.max((now() - started) / 1000, 1e-3);

  if (stream.isTTY) {
    const bar = new SingleBar(
      {
        stream,
        format: `${label} {bar} {value}/{total} {percentage}% | {rate}/s | ETA {eta_formatted}`,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 100,
      },
      Presets.shades_classic,
    );
    bar.start(total, 0, { rate: "0" });
    return {
      tick() {
        done += 1;
        bar.update(done, { rate: rate().toFixed(0) });
      },
      stop: () => bar.stop(),
    };
  }

  let nextStep = 1;
  return {
    tick() {
      done += 1;
      if (done < Math.ceil((total * nextStep) / PLAIN_STEPS)) return;
      while (done >= Math.ceil((total * nextStep) / PLAIN_STEPS)) nextStep += 1;
      const left = (total - done) / rate();
      stream.write(
        `${label} ${done}/${total} (${Math.floor((100 * done) / total)}%), ${rate().toFixed(0)}/s, ` +
          `${done === total ? "done" : `about ${formatSeconds(left)} left`}\n`,
      );
    },
    stop() {},
  };
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
