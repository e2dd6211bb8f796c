import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import BetterSqlite3 from "better-sqlite3";
import { composeBriefing } from "../src/briefing/compose-briefing.js";
import type { Speaker, SpeakerKind, Stance } from "../src/claims/claim.js";
import type { StoredClaim } from "../src/claims/stored-claim.js";
import type { Article } from "../src/ingest/article.js";
import { openStore } from "../src/store/open-store.js";
import { compileTopicQuery } from "../src/topics/compile-topic-query.js";
import { parseTopicQuery } from "../src/topics/parse-topic-query.js";
import { prepareDocument } from "../src/topics/prepare-document.js";
import type { Topic } from "../src/topics/topic.js";

/*
 * Compose a briefing for a 24 h window from a SQLite file holding 100,000 articles and 500,000
 * claims spread over 60 days. Prints the median and p95 of the whole compose beside the store
 * queries alone (articlesInWindow + claimsForArticles of the matched articles, as compose makes
 * them), measured in the same runs.
 * Run: npx tsx bench/compose-briefing.ts
 */
const articleCount = 100_000;
const claimsPerArticle = 5;
const days = 60;
// 20 runs, so that p95 is not simply the single slowest run on a shared machine.
const runs = 20;
const end = Date.parse("2025-11-21T06:00:00.000Z");
const dayMs = 24 * 60 * 60 * 1000;

const outlets = Array.from({ length: 40 }, (_, index) => `Outlet ${index}`);
const sides = ["Russia", "US", "Ukraine", "EU", null];
const kinds: SpeakerKind[] = ["person", "person", "person", "government", "media", "unnamed"];
const speakers: Speaker[] = Array.from({ length: 300 }, (_, index) => {
  const kind = kinds[index % kinds.length] ?? "person";
  const name = kind === "unnamed" ? "a senior official" : `Speaker${index} Surname${index}`;
  return {
    text: name,
    start: 0,
    end: name.length,
    name,
    role: "spokesperson",
    org: `Org ${index % 17}`,
    kind,
    side: sides[index % sides.length] ?? null,
  };
});
const topics = [
  "peace plan for Ukraine",
  "ceasefire talks in Kyiv",
  "grain exports",
  "energy prices",
  "football results",
  "elections in Europe",
];
const verbs = ["discussed", "rejected", "welcomed", "questioned", "drafted", "signed"];
const stances: Stance[] = ["asserts", "asserts", "denies", "confirms"];

function pick<T>(items: readonly T[], seed: number): T {
  return items[seed % items.length] as T;
}

function makeArticle(index: number): Article {
  const publishedAt = new Date(
    end - days * dayMs + Math.floor((index / articleCount) * days * dayMs),
  ).toISOString();
  const topic = pick(topics, index * 7);
  const sentences = Array.from(
    { length: 8 },
    (_, s) =>
      `Officials ${pick(verbs, index + s)} the ${topic} on day ${s} while ${pick(outlets, index + s)} reported new details about item ${index % 997}.`,
  );
  return {
    id: `a${index}`,
    feedId: `feed-${index % 40}`,
    url: `https://bench.example/${index}`,
    title: `${topic}: update ${index}`,
    text: sentences.join(" "),
    author: null,
    outlet: pick(outlets, index),
    publishedAt,
    dateIsFallback: false,
    fetchedAt: publishedAt,
  };
}

function makeClaims(article: Article, seed: number): StoredClaim[] {
  return Array.from({ length: claimsPerArticle }, (_, index) => {
    const speaker = pick(speakers, seed * 3 + index * 11);
    const stance = pick(stances, seed + index);
    const content = `the ${pick(topics, seed + index)} was ${pick(verbs, seed * 5 + index)} by negotiators on point ${(seed + index) % 50}`;
    return {
      articleId: article.id,
      index,
      speakerKey: speaker.kind === "unnamed" ? null : (speaker.name ?? "").toLowerCase(),
      side: speaker.side,
      stance,
      publishedAt: article.publishedAt,
      claim: {
        speaker,
        cue: { text: "said", start: 0, end: 4 },
        content: { text: content, start: 0, end: content.length },
        direct: index % 4 === 0,
        stance,
        negated: false,
      },
    };
  });
}

/**
 * Claims go in through one transaction on the same file: `saveClaims` is one transaction per
 * article, which makes loading 500,000 claims take minutes. Rows are shaped as the store's
 * saveClaims writes them (src/store/claim-queries.ts), so the store reads them back as its own.
 */
function bulkInsertClaims(file: string): void {
  const database = new BetterSqlite3(file);
  database.pragma("journal_mode = WAL");
  const insert = database.prepare(
    "insert into claims (article_id, idx, speaker_key, speaker_name, side, stance, published_at, claim) values (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  database.transaction(() => {
    for (let index = 0; index < articleCount; index += 1) {
      const article = makeArticle(index);
      for (const stored of makeClaims(article, index)) {
        const speaker = stored.claim.speaker;
        const name = speaker === null ? null : (speaker.name ?? speaker.text);
        insert.run(
          article.id,
          stored.index,
          stored.speakerKey,
          name,
          stored.side,
          stored.stance,
          stored.publishedAt,
          JSON.stringify(stored.claim),
        );
      }
    }
  })();
  // Fold the write-ahead log into the file, as a long-running store would have by now.
  database.pragma("wal_checkpoint(TRUNCATE)");
  database.close();
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const round = (value: number) => Math.round(value * 10) / 10;

const dir = mkdtempSync(path.join(tmpdir(), "newsbrief-bench-"));
try {
  const file = path.join(dir, "bench.db");
  const loadStarted = performance.now();
  const loader = await openStore(`sqlite:${file}`);
  const batch = 2000;
  for (let start = 0; start < articleCount; start += batch) {
    const articles = Array.from({ length: Math.min(batch, articleCount - start) }, (_, offset) =>
      makeArticle(start + offset),
    );
    await loader.insertNewArticles(articles, true);
  }
  await loader.close();
  bulkInsertClaims(file);
  const loadMs = performance.now() - loadStarted;
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
      loadSeconds: round(loadMs / 1000),
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
