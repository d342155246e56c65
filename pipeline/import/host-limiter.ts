export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * At most one request per host per `intervalMs`: each caller reserves the host's next free slot, then waits for
 * it, so callers that arrive together are spaced out in the order they asked.
 */
export function createHostLimiter(intervalMs: number, clock: Clock = realClock) {
  const nextFree = new Map<string, number>();
  return {
    async wait(host: string): Promise<void> {
      const now = clock.now();
      const slot = Math.max(now, nextFree.get(host) ?? now);
      nextFree.set(host, slot + intervalMs);
      if (slot > now) await clock.sleep(slot - now);
    },
  };
}
export type HostLimiter = ReturnType<typeof createHostLimiter>;
