import { describe, expect, it } from "vitest";
import { type NormaliseContext, normaliseItem } from "../../../src/ingest/normalise-item.js";
import type { FeedItem } from "../../../src/ingest/parsed-feed.js";

const fetchedAt = new Date("2025-11-21T12:00:00Z");
const makeContext = (overrides: Partial<NormaliseContext> = {}): NormaliseContext => ({
  feedId: "feed1",
  feedUrl: "https://www.wire.example/rss.xml",
  fetchedAt,
  ...overrides,
});
const makeItem = (overrides: Partial<FeedItem> = {}): FeedItem => ({
  title: "Talks resume",
  dates: [],
  ...overrides,
});

describe("normalise item", () => {
  it("when the item has a guid, then the id is feed id plus guid", () => {
    expect(normaliseItem(makeItem({ guid: " g-1 ", link: "https://wire.example/a" }), makeContext()).id).toBe(
      "feed1:g-1",
    );
  });

  it("when there is no guid, then the canonical link is the id", () => {
    expect(normaliseItem(makeItem({ link: "https://wire.example/a?utm_source=x" }), makeContext()).id).toBe(
      "feed1:https://wire.example/a",
    );
  });

  it("when there is neither guid nor link, then the id is a stable hash of title and date", () => {
    const first = normaliseItem(makeItem({ dates: ["Fri, 21 Nov 2025 08:00:00 GMT"] }), makeContext());
    const again = normaliseItem(
      makeItem({ dates: ["Fri, 21 Nov 2025 08:00:00 GMT"] }),
      makeContext({ fetchedAt: new Date() }),
    );
    const other = normaliseItem(
      makeItem({ title: "Talks stall", dates: ["Fri, 21 Nov 2025 08:00:00 GMT"] }),
      makeContext(),
    );
    expect(first.id).toMatch(/^feed1:h[0-9a-f]{24}$/);
    expect(again.id).toBe(first.id);
    expect(other.id).not.toBe(first.id);
  });

  it("when the date is missing, then fetch time is used and flagged", () => {
    expect(normaliseItem(makeItem(), makeContext())).toMatchObject({
      publishedAt: fetchedAt.toISOString(),
      dateIsFallback: true,
    });
  });

  it("when the date is more than ten minutes in the future, then fetch time is used and flagged", () => {
    const future = normaliseItem(makeItem({ dates: ["2025-11-21T12:30:00Z"] }), makeContext());
    const nearFuture = normaliseItem(makeItem({ dates: ["2025-11-21T12:05:00Z"] }), makeContext());
    expect(future).toMatchObject({ publishedAt: fetchedAt.toISOString(), dateIsFallback: true });
    expect(nearFuture).toMatchObject({ publishedAt: "2025-11-21T12:05:00.000Z", dateIsFallback: false });
  });

  it("when the first date is unreadable, then the next candidate is used", () => {
    expect(
      normaliseItem(makeItem({ dates: ["garbage", "2025-11-20T10:00:00Z"] }), makeContext()).publishedAt,
    ).toBe("2025-11-20T10:00:00.000Z");
  });

  it("when outlets are configured, titled or neither, then the best name is chosen", () => {
    expect(
      normaliseItem(makeItem(), makeContext({ outlet: "Wire Service", channelTitle: "WIRE" })).outlet,
    ).toBe("Wire Service");
    expect(normaliseItem(makeItem(), makeContext({ channelTitle: "The &amp; Wire" })).outlet).toBe(
      "The & Wire",
    );
    expect(normaliseItem(makeItem(), makeContext()).outlet).toBe("wire.example");
  });

  it("when content:encoded, content and summary exist, then content:encoded wins and empty ones are skipped", () => {
    const item = makeItem({ contentEncoded: "<p> </p>", content: "<p>Full body.</p>", summary: "Short." });
    expect(normaliseItem(item, makeContext()).text).toBe("Full body.");
  });

  it("when the title is missing, then the start of the text stands in", () => {
    expect(
      normaliseItem(makeItem({ title: undefined, content: "<p>Envoys met.</p><p>More.</p>" }), makeContext())
        .title,
    ).toBe("Envoys met. More.");
  });

  it("when text was UTF-8 read as windows-1252, then the mojibake is undone", () => {
    expect(normaliseItem(makeItem({ title: "Kyivâ€™s reply" }), makeContext()).title).toBe("Kyiv’s reply");
  });

  it("when the item link is relative, then it resolves against the channel link", () => {
    const article = normaliseItem(
      makeItem({ link: "../b/c" }),
      makeContext({ channelLink: "https://site.example/a/x/" }),
    );
    expect(article.url).toBe("https://site.example/a/b/c");
  });
});
