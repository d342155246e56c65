import { describe, expect, it } from "vitest";
import { createHostLimiter, type Clock } from "./host-limiter";

/** A clock that never really waits: a sleep moves time on, and records when it woke. */
function fakeClock() {
  const state = { time: 0, wakes: [] as number[] };
  const clock: Clock = {
    now: () => state.time,
    sleep: async (ms) => {
      state.time += ms;
      state.wakes.push(state.time);
    },
  };
  return { state, clock };
}

describe("createHostLimiter", () => {
  it("spaces requests to one host by the interval, in the order they asked, and leaves other hosts alone", async () => {
    const { state, clock } = fakeClock();
    const limiter = createHostLimiter(1000, clock);
    await Promise.all([limiter.wait("a"), limiter.wait("a"), limiter.wait("b"), limiter.wait("a")]);
    expect(state.wakes).toEqual([1000, 2000]);
  });

  it("measures each turn from when the previous request began, even when timers fire late", async () => {
    const { state, clock } = fakeClock();
    // A busy event loop: every timer fires 700 ms after it was due.
    const late: typeof clock = { now: clock.now, sleep: (ms) => clock.sleep(ms + 700) };
    const limiter = createHostLimiter(1000, late);
    const starts: number[] = [];
    await Promise.all([1, 2, 3].map(() => limiter.wait("a").then(() => starts.push(state.time))));
    expect(starts).toEqual([0, 1700, 3400]);
  });

  it("does not wait when the host's last request is older than the interval", async () => {
    const { state, clock } = fakeClock();
    const limiter = createHostLimiter(1000, clock);
    await limiter.wait("a");
    state.time = 1500;
    await limiter.wait("a");
    state.time = 1900;
    await limiter.wait("a");
    expect(state.wakes).toEqual([2500]);
  });
});
