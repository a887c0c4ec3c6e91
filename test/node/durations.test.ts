import { describe, expect, it } from "vitest";
import { Durations } from "../../worker/durations.ts";

describe("Durations", () => {
  it("estimates from the mean of past runs and the lanes ahead", () => {
    const d = new Durations();
    expect(d.eta(0, 0, 1)).toBeNull();
    d.record(0, 1);
    d.record(0, 3);
    expect(d.average(0)).toBe(2);
    expect(d.eta(0, 0, 1)).toBe(4); // the running one, then this one
    expect(d.eta(0, 3, 2)).toBe(6); // two lanes: one round ahead
    expect(d.eta(0, 9, null)).toBe(2); // no limit: starts at once
  });

  it("forgets old runs", () => {
    const d = new Durations();
    for (let i = 0; i < 50; i++) d.record(1, i < 30 ? 100 : 1);
    expect(d.average(1)).toBe(1);
  });
});
