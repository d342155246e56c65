import { describe, expect, it } from "vitest";
import { createHostLimiter, type Clock } from "./host-limiter";

/** A clock that never really waits: it records when each sleeper would wake. */
function fakeClock() {
  const state = { time: 0, wakes: [] as number[] };
  const clock: Clock = {
    now: () => state.time,
    sleep: async (ms) => {
      state.wakes.push(state.time + ms);
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
