import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { configSchema } from "../../src/config/config-schema.js";
import { runIngestCycle } from "../../src/ingest/run-ingest-cycle.js";
import { silentLogger } from "../../src/logger.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { useFakeFeedServer } from "../fakes/use-fake-feed-server.js";
import { makeRssFeed } from "../fixtures/feeds/make-feed.js";

const articleParagraphs = [
  "The delegations met on Thursday morning in a guarded conference hall and spent the first hours on procedure.",
  "A spokesman for the host government said the sides had agreed to keep working groups on prisoners and energy.",
  "Observers noted that neither side published the draft text, and that several points remained in dispute.",
];

function articlePage(): string {
  return `<!DOCTYPE html><html><head><title>Talks page</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks continue</h1>${articleParagraphs.map((p) => `<p>${p}</p>`).join("")}</article>
<footer>Copyright notice and links</footer></body></html>`;
}

describe("full text for feeds that only carry a teaser", () => {
  const server = useFakeFeedServer();
  let store: Store;

  beforeEach(async () => {
    store = await openStore("sqlite::memory:");
  });
  afterEach(async () => {
    await store.close();
  });

  it("when fullText is on, then the article text is the page's main text and failures keep the teaser", async () => {
    server().route("/page/1", {
      body: articlePage(),
      headers: { "content-type": "text/html; charset=utf-8" },
    });
    server().route("/page/2", { status: 404 });
    server().route("/feed", {
      body: makeRssFeed({
        items: [
          { guid: "p1", title: "Talks continue", link: server().url("/page/1"), description: "Teaser one." },
          { guid: "p2", title: "Missing page", link: server().url("/page/2"), description: "Teaser two." },
        ],
      }),
    });
    const config = configSchema.parse({
      ingest: { allowPrivate: ["127.0.0.1"], announceFirstFetch: true },
      feeds: [{ url: server().url("/feed"), fullText: true }],
    });
    const summary = await runIngestCycle({ store, config, logger: silentLogger }, { all: true });
    expect(summary).toMatchObject({ ok: 1, newArticles: 2 });
    const articles = await store.articlesInWindow({
      since: "2000-01-01T00:00:00Z",
      until: "2100-01-01T00:00:00Z",
    });
    const byTitle = new Map(articles.map((article) => [article.title, article.text]));
    expect(byTitle.get("Talks continue")).toContain(articleParagraphs[1]);
    expect(byTitle.get("Talks continue")).not.toContain("Copyright notice");
    expect(byTitle.get("Missing page")).toBe("Teaser two.");
  });
});
