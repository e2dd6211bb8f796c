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

  it("when daylight saving ends, then 08:00 local is an hour later in UTC", () => {
    expect(nextSlot("0 8 * * *", "Europe/Kyiv", new Date("2025-10-25T12:00:00Z"))?.toISOString()).toBe(
      "2025-10-26T06:00:00.000Z",
    );
    expect(nextSlot("0 8 * * *", "Europe/Kyiv", new Date("2025-10-24T12:00:00Z"))?.toISOString()).toBe(
      "2025-10-25T05:00:00.000Z",
    );
  });

  it("when the expression has a seconds field, then slots fall on those seconds", () => {
    expect(nextSlot("*/5 * * * * *", "UTC", new Date("2025-11-21T08:00:01.200Z"))?.toISOString()).toBe(
      "2025-11-21T08:00:05.000Z",
    );
    expect(nextSlot("30 0 8 * * *", "UTC", new Date("2025-11-21T07:59:00Z"))?.toISOString()).toBe(
      "2025-11-21T08:00:30.000Z",
    );
  });

  it("when asked backwards, then the latest slot at or before the time comes back", () => {
    expect(nextSlot("0 8 * * *", "Europe/Kyiv", new Date("2025-11-21T09:00:00Z"), -1)?.toISOString()).toBe(
      "2025-11-21T06:00:00.000Z",
    );
    expect(nextSlot("*/5 * * * * *", "UTC", new Date("2025-11-21T08:00:04.900Z"), -1)?.toISOString()).toBe(
      "2025-11-21T08:00:00.000Z",
    );
  });
});
