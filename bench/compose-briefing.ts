import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { composeBriefing } from "../src/briefing/compose-briefing.js";
import { openStore } from "../src/store/open-store.js";
import { compileTopicQuery } from "../src/topics/compile-topic-query.js";
import { parseTopicQuery } from "../src/topics/parse-topic-query.js";
import { prepareDocument } from "../src/topics/prepare-document.js";
import type { Topic } from "../src/topics/topic.js";
import { percentile } from "./support/percentile.js";
import {
  articleCount,
  buildSyntheticStore,
  claimsPerArticle,
  days,
  syntheticEnd,
} from "./support/synthetic-store.js";

/*
 * Compose a briefing for a 24 h window from a SQLite file holding 100,000 articles and 500,000
 * claims spread over 60 days. Prints the median and p95 of the whole compose beside the store
 * queries alone (articlesInWindow + claimsForArticles of the matched articles, as compose makes
 * them), measured in the same runs.
 * Run: npx tsx bench/compose-briefing.ts
 */
// 20 runs, so that p95 is not simply the single slowest run on a shared machine.
const runs = 20;
const end = syntheticEnd;
const dayMs = 24 * 60 * 60 * 1000;

const round = (value: number) => Math.round(value * 10) / 10;

const dir = mkdtempSync(path.join(tmpdir(), "newsbrief-bench-"));
try {
  const file = path.join(dir, "bench.db");
  const loadSeconds = await buildSyntheticStore(file);
  const store = await openStore(`sqlite:${file}`);

  const topic: Topic = {
    workspaceId: "default",
    name: "peace-plan",
    query: '(Ukraine OR Kyiv|Kiev) AND ("peace plan" OR ceasefire OR concessions)',
    createdAt: new Date(0).toISOString(),
  };
  const window = { since: new Date(end - dayMs).toISOString(), until: new Date(end).toISOString() };
  // The store queries compose makes: the window, then the claims of the articles the topic matched.
  const matcher = compileTopicQuery(parseTopicQuery(topic.query));
  const matchedIds = (await store.articlesInWindow(window))
    .filter((article) => matcher.matches(prepareDocument(article.title, article.text)))
    .map((article) => article.id);
  const composeMs: number[] = [];
  const queryMs: number[] = [];
  let sample = { articles: 0, claims: 0, matched: 0 };
  for (let run = 0; run < runs + 1; run += 1) {
    const queryStarted = performance.now();
    const inWindow = await store.articlesInWindow(window);
    const claims = await store.claimsForArticles(matchedIds);
    const queryTime = performance.now() - queryStarted;
    const composeStarted = performance.now();
    const briefing = await composeBriefing({ store }, { topic, window, timezone: "Europe/Kyiv" });
    const composeTime = performance.now() - composeStarted;
    sample = { articles: inWindow.length, claims: claims.length, matched: briefing.counts.articles };
    // The first run warms caches and the JIT; it is not counted.
    if (run === 0) continue;
    queryMs.push(queryTime);
    composeMs.push(composeTime);
  }
  await store.close();
  console.log(
    JSON.stringify({
      bench: "compose-briefing",
      store: "sqlite file",
      articles: articleCount,
      claims: articleCount * claimsPerArticle,
      days,
      window: "24h",
      windowArticles: sample.articles,
      matchedClaims: sample.claims,
      matchedArticles: sample.matched,
      runs,
      composeMedianMs: round(percentile(composeMs, 50)),
      composeP95Ms: round(percentile(composeMs, 95)),
      storeQueriesMedianMs: round(percentile(queryMs, 50)),
      storeQueriesP95Ms: round(percentile(queryMs, 95)),
      targetComposeMs: 200,
      loadSeconds: round(loadSeconds),
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
