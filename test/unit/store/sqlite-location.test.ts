import { describe, expect, it } from "vitest";
import { sqliteLocation } from "../../../src/store/sqlite-location.js";

describe("the location a sqlite: database URL names", () => {
  it.each([
    ["sqlite:./data/newsbrief.db", "./data/newsbrief.db"],
    ["sqlite:/abs/bot.db", "/abs/bot.db"],
    ["sqlite:///abs/bot.db", "/abs/bot.db"],
    ["sqlite::memory:", ":memory:"],
    ["sqlite://:memory:", ":memory:"],
    ["  sqlite::memory: ", ":memory:"],
    ["sqlite:", ""],
  ])("when the URL is %j, then the location is %j", (url, location) => {
    expect(sqliteLocation(url)).toBe(location);
  });

  it("when the URL is not sqlite:, then there is no location", () => {
    expect(sqliteLocation("postgres://postgres@127.0.0.1:5432/test")).toBeUndefined();
  });
});
