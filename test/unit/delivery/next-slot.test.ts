import { describe, expect, it } from "vitest";
import { nextSlot } from "../../../src/delivery/next-slot.js";

describe("nextSlot", () => {
  it("when a schedule is read in a time zone, then the slot is that zone's local time", () => {
    expect(nextSlot("0 8 * * *", "Europe/Kyiv", new Date("2025-11-20T22:10:00Z"))?.toISOString()).toBe(
      "2025-11-21T06:00:00.000Z",
    );
    expect(nextSlot("30 7 * * 1", "America/New_York", new Date("2025-11-20T00:00:00Z"))?.toISOString()).toBe(
      "2025-11-24T12:30:00.000Z",
    );
  });

  it("when the start is exactly on a slot, then that slot counts", () => {
    expect(nextSlot("0 8 * * *", "UTC", new Date("2025-11-21T08:00:00Z"))?.toISOString()).toBe(
      "2025-11-21T08:00:00.000Z",
    );
  });
});
