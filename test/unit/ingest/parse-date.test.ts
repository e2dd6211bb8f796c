import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDate } from "../../../src/ingest/parse-date.js";

const sharedFile = path.resolve(
  import.meta.dirname,
  "../../..",
  "../shared/feeds/feedvalidator/data-types-datetime_everything.xml",
);

describe("parse date", () => {
  it.each([
    ["Thu, 20 Nov 2025 09:15:00 +0200", "2025-11-20T07:15:00.000Z"],
    ["20 Nov 2025 09:15:00 GMT", "2025-11-20T09:15:00.000Z"],
    ["Thu, 20 Nov 25 09:15 EST", "2025-11-20T14:15:00.000Z"],
    ["Sat,22 Nov 2025 00:03:02 +0000", "2025-11-22T00:03:02.000Z"],
    ["31 Dec 99 23:59:59 +0000", "1999-12-31T23:59:59.000Z"],
    ["03 Apr 02 1500 GMT", "2002-04-03T15:00:00.000Z"],
    ["2025-11-20T09:15:00Z", "2025-11-20T09:15:00.000Z"],
    ["2025-11-20T09:15:00.250+05:30", "2025-11-20T03:45:00.250Z"],
    ["2025-11-20 09:15:00", "2025-11-20T09:15:00.000Z"],
    ["2025-11-20", "2025-11-20T00:00:00.000Z"],
    ["1763630100", "2025-11-20T09:15:00.000Z"],
    ["1763630100000", "2025-11-20T09:15:00.000Z"],
    ["Seg, 24 Set 2018 19:42:40 -0300", "2018-09-24T22:42:40.000Z"],
    ["Thu Nov 20 2025 09:15:00 GMT+0100 (Central European Standard Time)", "2025-11-20T08:15:00.000Z"],
    ["November 20, 2025 9:15 pm UTC", "2025-11-20T21:15:00.000Z"],
    ["Fri, 21 Nov 2025 10:00:00 MSK", "2025-11-21T07:00:00.000Z"],
    ["Thu, 29 Feb 2024 12:00:00 -0130", "2024-02-29T13:30:00.000Z"],
    ["0099-06-30T12:00:00Z", "0099-06-30T12:00:00.000Z"],
  ])("when the date reads %s, then it is %s", (raw, iso) => {
    expect(parseDate(raw)?.toISOString()).toBe(iso);
  });

  it.each([
    "",
    "soon",
    "31 Jun 2006 10:00:00 GMT",
    "Wed, 29 Feb 2023 10:00:00 GMT",
    "Thu, 99 Foo 2006",
    "2025-13-45T00:00:00Z",
  ])("when the date is unusable (%s), then there is none", (raw) => {
    expect(parseDate(raw)).toBeNull();
  });

  describe.runIf(existsSync(sharedFile))("the feedvalidator date oracle", () => {
    it("when each item's pubDate is parsed, then it lands on an instant its description allows", () => {
      const xml = readFileSync(sharedFile, "utf8");
      const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((match) => match[1] ?? "");
      expect(items.length).toBe(30);
      for (const item of items) {
        const pubDate = /<pubDate>([\s\S]*?)<\/pubDate>/.exec(item)?.[1] ?? "";
        const description = /<description>([\s\S]*?)<\/description>/.exec(item)?.[1] ?? "";
        const allowed = [...description.matchAll(/(\w+), (\d+)\w\w (\d{4}), (\d\d:\d\d:\d\d) GMT/g)].map(
          ([, month, day, year, time]) => new Date(`${month} ${day}, ${year} ${time} UTC`).toISOString(),
        );
        expect(allowed.length, description).toBeGreaterThan(0);
        expect(allowed, pubDate).toContain(parseDate(pubDate)?.toISOString());
      }
    });
  });
});
