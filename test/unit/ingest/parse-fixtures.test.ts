import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/ingest/article.js";
import { decodeBody } from "../../../src/ingest/decode-body.js";
import { normaliseItem } from "../../../src/ingest/normalise-item.js";
import { parseFeed } from "../../../src/ingest/parse-feed.js";

const fixtures = path.resolve(import.meta.dirname, "../../fixtures/feeds");
const fetchedAt = new Date("2025-11-22T00:00:00Z");

async function ingestFixture(
  name: string,
): Promise<{ format: string; repairs: string[]; encoding: string; articles: Article[] }> {
  const decoded = decodeBody(readFileSync(path.join(fixtures, name)));
  const parsed = await parseFeed(decoded.text);
  if (parsed.kind !== "ok") throw new Error(`${name}: ${parsed.reason}: ${parsed.detail}`);
  const { feed } = parsed;
  const feedUrl = "https://feeds.example/source.xml";
  const articles = feed.items.map((item) =>
    normaliseItem(item, {
      feedId: "f1",
      feedUrl,
      channelTitle: feed.title,
      channelLink: feed.link,
      fetchedAt,
    }),
  );
  return { format: feed.format, repairs: feed.repairs, encoding: decoded.encoding, articles };
}

describe("our own feed fixtures through decode, parse and normalise", () => {
  it("when an RSS 2.0 item has content:encoded, then its text is the stripped full content and the link is canonical", async () => {
    const { format, articles } = await ingestFixture("rss2-basic.xml");
    expect(format).toBe("rss 2.0");
    expect(articles[0]).toMatchObject({
      id: "f1:ledger-1001",
      url: "https://ledger.example/world/envoys-meet",
      author: "Mara Quill",
      outlet: "Harbour Ledger",
      publishedAt: "2025-11-20T07:15:00.000Z",
      dateIsFallback: false,
      text: "Negotiators met for a third day.\nA spokesman said talks were “constructive” & would continue.",
    });
    expect(articles[1]).toMatchObject({
      id: "f1:https://ledger.example/markets/ceasefire-rumours",
      url: "https://ledger.example/markets/ceasefire-rumours",
      text: "Traders said they were waiting for details.",
      publishedAt: "2025-11-20T07:00:00.000Z",
    });
  });

  it("when an Atom entry links to its AMP page, then the URL is folded and published wins over updated", async () => {
    const { format, articles } = await ingestFixture("atom-basic.xml");
    expect(format).toBe("atom");
    expect(articles[0]).toMatchObject({
      id: "f1:tag:dispatch.example,2025:ministers",
      title: "Foreign ministers trade sharp words",
      url: "https://dispatch.example/2025/11/21/ministers/",
      author: "Ilse Varga",
      publishedAt: "2025-11-21T07:30:00.000Z",
      text: "The ministers disagreed on sequencing.",
    });
    expect(articles[1]).toMatchObject({
      publishedAt: "2025-11-20T18:00:00.000Z",
      text: "Nothing else here.",
    });
  });

  it("when the feed is RSS 1.0 (RDF), then dc:date and dc:creator are used", async () => {
    const { format, articles } = await ingestFixture("rss1-rdf.rdf");
    expect(format).toBe("rss 1.0 (rdf)");
    expect(articles[0]).toMatchObject({
      author: "Tomas Brill",
      publishedAt: "2025-11-19T21:45:00.000Z",
      outlet: "River Bulletin",
    });
  });

  it.each([
    ["windows-1251.xml", "windows-1251", "Переговоры о мирном плане продолжаются"],
    ["koi8-r.xml", "koi8-r", "Мирный план обсуждают в Женеве"],
    ["utf-16le-bom.xml", "utf-16le", "Gespräche über den Friedensplan – Tag zwei"],
    ["utf-16be-bom.xml", "utf-16be", "Gespräche über den Friedensplan – Tag zwei"],
  ])("when %s declares its encoding, then the text is decoded as %s", async (file, encoding, title) => {
    const result = await ingestFixture(file);
    expect(result.encoding).toBe(encoding);
    expect(result.articles[0]?.title).toBe(title);
  });

  it("when a headline-only feed in windows-1251 declares no encoding, then its text, not its markup, decides the guess", async () => {
    const { encoding, articles } = await ingestFixture("windows-1251-undeclared-headlines.xml");
    expect(encoding).toBe("windows-1251");
    expect(articles.map((article) => article.title)).toEqual([
      "Мирный план обсудят в среду",
      "Послы встретились в третий раз",
      "Перемирие пока не объявлено",
    ]);
    expect(articles[0]?.outlet).toBe("Утренняя лента");
  });

  it("when a Russian feed writes its date with Russian month names, then the date is still read", async () => {
    const { articles } = await ingestFixture("windows-1251.xml");
    expect(articles[0]).toMatchObject({ publishedAt: "2025-11-21T07:00:00.000Z", dateIsFallback: false });
  });

  it("when a BOM and blank lines precede the declaration and control characters sit in the text, then it still parses", async () => {
    const { articles } = await ingestFixture("bom-leading-whitespace.xml");
    expect(articles[0]).toMatchObject({
      title: "BOM and blank lines before the declaration",
      text: "Still readable.",
    });
  });

  it("when ampersands are bare and the document is cut off, then repairs make it readable", async () => {
    const { repairs, articles } = await ingestFixture("broken-ampersands.xml");
    expect(repairs).toEqual(expect.arrayContaining(["entities", "truncated"]));
    expect(articles[0]).toMatchObject({
      title: "Sanctions & trade: what changes",
      url: "https://qa.example/read?id=7&section=world",
      outlet: "Q&A Weekly",
    });
    expect(articles[0]?.text).toBe("Tariffs — and exemptions © 2025 &unknownentity; R&D");
  });

  it("when links are Google Alerts / Google News redirects, then the target URL is used without tracking", async () => {
    const { articles } = await ingestFixture("google-alerts.xml");
    expect(articles.map((article) => article.url)).toEqual([
      "https://paper.example/news/envoy-outlines-plan",
      "https://other.example/story/42",
    ]);
    expect(articles[0]?.title).toBe("Envoy outlines peace plan points");
  });

  it("when links are AMP variants, then each folds to the ordinary page", async () => {
    const { articles } = await ingestFixture("amp-links.xml");
    expect(articles.map((article) => article.url)).toEqual([
      "https://mirror.example/world/talks-123",
      "https://mirror.example/world/talks-124",
      "https://mirror.example/world/talks-125",
      "https://mirror.example/world/talks-126",
      "https://mirror.example/world/talks-127?page=2",
    ]);
    expect(
      articles.every((article) => article.dateIsFallback && article.publishedAt === fetchedAt.toISOString()),
    ).toBe(true);
  });
});
