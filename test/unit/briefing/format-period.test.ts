import { describe, expect, it } from "vitest";
import { formatPeriod } from "../../../src/briefing/format-period.js";

describe("formatPeriod", () => {
  it("when the window is the last 24 h before 08:00 Kyiv time, then it reads as a briefing since yesterday 08:00", () => {
    const period = formatPeriod(
      { since: "2025-11-20T06:00:00.000Z", until: "2025-11-21T06:00:00.000Z" },
      "Europe/Kyiv",
    );
    expect(period.label).toBe("briefing for Fri 21 Nov 2025, 08:00 Europe/Kyiv");
    expect(period.sinceLabel).toBe("since yesterday 08:00");
  });

  it("when the window starts the same local day, then only the time is given", () => {
    const period = formatPeriod(
      { since: "2025-11-21T01:00:00.000Z", until: "2025-11-21T06:00:00.000Z" },
      "Europe/Kyiv",
    );
    expect(period.sinceLabel).toBe("since 03:00");
  });

  it("when the window spans several days, then the start day is named", () => {
    const period = formatPeriod(
      { since: "2025-11-17T06:00:00.000Z", until: "2025-11-21T06:00:00.000Z" },
      "UTC",
    );
    expect(period.sinceLabel).toBe("since Mon 17 Nov 06:00");
  });
});
