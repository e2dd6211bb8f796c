import { describe, expect, it } from "vitest";
import { parseFeed } from "../../../src/ingest/parse-feed.js";

describe("parse feed", () => {
  it.each([
    ["", "empty document"],
    ["   \n", "empty document"],
    ['{"items": []}', "JSON, not XML"],
    ["<!DOCTYPE html><html><head><title>Home</title></head><body></body></html>", "an HTML page, not a feed"],
    ["<?xml version='1.0'?><!-- nothing --><html><body/></html>", "an HTML page, not a feed"],
    ["<?xml version='1.0'?><note><to>x</to></note>", "root element is not rss, feed or rdf:RDF"],
    ["<!-- only a comment -->", "no root element"],
  ])("when the body is %j, then it is not_a_feed (%s)", async (body, detail) => {
    expect(await parseFeed(body)).toEqual({ kind: "failed", reason: "not_a_feed", detail });
  });

  it("when the XML is hopelessly broken, then it is malformed_xml with the parser's message", async () => {
    const result = await parseFeed("<rss version='2.0'><channel><title a=>x</title><<<</channel></rss>");
    expect(result).toMatchObject({ kind: "failed", reason: "malformed_xml" });
  });

  it("when an RSS document has items but no channel, then a channel is supplied", async () => {
    const result = await parseFeed("<rss><item><title>Loose item</title></item></rss>");
    expect(result).toMatchObject({
      kind: "ok",
      feed: { repairs: ["channel"], items: [{ title: "Loose item" }] },
    });
  });

  it("when an Atom entry's date is unreadable to JavaScript, then the feed still parses and keeps the raw date", async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>e1</id><title>x</title><published>Seg, 24 Set 2018 19:42:40 -0300</published></entry></feed>`;
    const result = await parseFeed(atom);
    expect(result).toMatchObject({
      kind: "ok",
      feed: { items: [{ guid: "e1", dates: ["Seg, 24 Set 2018 19:42:40 -0300"] }] },
    });
  });

  it("when a huge document is cut off mid-CDATA, then repair finishes quickly instead of hanging", async () => {
    const items = Array.from(
      { length: 3000 },
      (_, index) => `<item><guid>${index}</guid><title>T${index}</title></item>`,
    ).join("");
    const result = await parseFeed(
      `<rss version="2.0"><channel><title>c</title>${items}<item><description><![CDATA[<p>cut`,
    );
    expect(result.kind).toBe("ok");
    if (result.kind === "ok") expect(result.feed.items.length).toBe(3001);
  });
});
