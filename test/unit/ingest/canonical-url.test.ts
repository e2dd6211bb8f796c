import { describe, expect, it } from "vitest";
import { canonicalUrl } from "../../../src/ingest/canonical-url.js";

describe("canonical URL", () => {
  it.each([
    ["https://news.example/a?utm_source=x&utm_medium=y&id=3", "https://news.example/a?id=3"],
    ["https://news.example/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ocid=5&cmpid=6", "https://news.example/a"],
    ["https://news.example/a?b=2&a=1#comments", "https://news.example/a?a=1&b=2"],
    [
      "https://www.google.com/url?rct=j&sa=t&url=https%3A%2F%2Fnews.example%2Fstory%3Futm_source%3Dga&ct=ga",
      "https://news.example/story",
    ],
    ["https://www.google.co.uk/url?q=https://news.example/q-target&sa=U", "https://news.example/q-target"],
    ["https://news.google.com/news/url?url=https://news.example/gn&ct2=us", "https://news.example/gn"],
    ["https://news.example/amp/world/1", "https://news.example/world/1"],
    ["https://news.example/world/1/amp", "https://news.example/world/1"],
    ["https://news.example/world/1.amp", "https://news.example/world/1"],
    ["https://news.example/world/1.amp.html", "https://news.example/world/1.html"],
    ["https://news.example/world/1?amp=1", "https://news.example/world/1"],
    ["https://amp.news.example/world/1", "https://news.example/world/1"],
    ["https://news.example/world/1?outputType=amp", "https://news.example/world/1"],
    ["https://news-example-com.cdn.ampproject.org/c/s/news.example/world/1", "https://news.example/world/1"],
    ["HTTPS://News.Example:443/x", "https://news.example/x"],
  ])("when the link is %s, then it becomes %s", (raw, expected) => {
    expect(canonicalUrl(raw)).toBe(expected);
  });

  it("when the link is relative, then it is resolved against the base", () => {
    expect(canonicalUrl("/b/c?utm_campaign=z", "https://site.example/a/")).toBe("https://site.example/b/c");
  });

  it("when the link is not http(s) or not a URL, then there is no canonical URL", () => {
    expect(canonicalUrl("mailto:desk@news.example")).toBeNull();
    expect(canonicalUrl("")).toBeNull();
    expect(canonicalUrl("http://")).toBeNull();
  });

  it("when a path merely contains 'amp' inside a word, then it is left alone", () => {
    expect(canonicalUrl("https://news.example/camp/champions")).toBe("https://news.example/camp/champions");
  });
});

describe("canonical URL edge cases", () => {
  it("when the base itself is not a URL, then even an absolute link has no canonical URL", () => {
    expect(canonicalUrl("https://news.example/a", "not a base")).toBeNull();
  });

  it("when only tracking parameters and an empty fragment are present, then both are dropped", () => {
    expect(canonicalUrl("https://news.example/a?utm_source=x&&fbclid=2#", "https://b.example/")).toBe(
      "https://news.example/a",
    );
  });

  it("when a kept parameter needs re-encoding, then it is serialised the URLSearchParams way", () => {
    expect(canonicalUrl("https://news.example/a?q=peace%20plan&utm_medium=rss")).toBe(
      "https://news.example/a?q=peace+plan",
    );
  });
});
