export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * At most one request per host per `intervalMs`. Callers for one host take turns in the order they asked, and
 * each turn is measured from when the previous one actually began, not from when it was scheduled: after the
 * event loop was busy (extracting a long page), waiting timers fire together, and slots reserved in advance would
 * let them all through at once.
 */
export function createHostLimiter(intervalMs: number, clock: Clock = realClock) {
  const queues = new Map<string, Promise<void>>();
  const lastStart = new Map<string, number>();
  return {
    wait(host: string): Promise<void> {
      const turn = (queues.get(host) ?? Promise.resolve()).then(async () => {
        const last = lastStart.get(host);
        // Timers can fire a little early: sleep again for whatever is left.
        for (let wait = last === undefined ? 0 : last + intervalMs - clock.now(); wait > 0;) {
          await clock.sleep(wait);
          wait = last === undefined ? 0 : last + intervalMs - clock.now();
        }
        lastStart.set(host, clock.now());
      });
      queues.set(host, turn);
      return turn;
    },
  };
}
export type HostLimiter = ReturnType<typeof createHostLimiter>;
