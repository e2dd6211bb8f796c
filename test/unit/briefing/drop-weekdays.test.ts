import { describe, expect, it } from "vitest";
import { dropWeekdays } from "../../../src/briefing/drop-weekdays.js";

describe("dropWeekdays", () => {
  it("when reported speech says when it was said, then the weekday phrase goes", () => {
    expect(dropWeekdays("Moscow had not discussed the points late on Thursday")).toBe(
      "Moscow had not discussed the points",
    );
    expect(dropWeekdays("talks would resume this week, officials said")).toBe(
      "talks would resume, officials said",
    );
  });

  it("when a weekday is a deadline or a possessive, then it stays", () => {
    expect(dropWeekdays("power had been restored by Thursday evening")).toBe(
      "power had been restored by Thursday evening",
    );
    expect(dropWeekdays("no answer is expected until Friday")).toBe("no answer is expected until Friday");
    expect(dropWeekdays("Wednesday’s strike killed 25 people")).toBe("Wednesday’s strike killed 25 people");
  });
});
