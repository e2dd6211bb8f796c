import BetterSqlite3 from "better-sqlite3";
import type { Speaker, SpeakerKind, Stance } from "../../src/claims/claim.js";
import type { StoredClaim } from "../../src/claims/stored-claim.js";
import type { Article } from "../../src/ingest/article.js";
import { openStore } from "../../src/store/open-store.js";

/*
 * A synthetic store for benchmarks: 100,000 articles and 500,000 claims by 300 speakers over 60
 * days up to `syntheticEnd`, in a SQLite file. Articles go in through the store; claims in one
 * transaction shaped as saveClaims writes them (per-article transactions would take minutes).
 *
 * A speaker makes a new statement every `copyWindow` articles, and each is carried by the
 * outlets publishing in that stretch (about five copies, as a wire story is), so answers merge
 * copies the way they do on real feeds. The `repeaters` say one statement the whole time: a
 * `/latest` on them reads up to its bound, the worst case.
 */
export const articleCount = 100_000;
export const claimsPerArticle = 5;
export const days = 60;
export const syntheticEnd = Date.parse("2025-11-21T06:00:00.000Z");
const end = syntheticEnd;
const dayMs = 24 * 60 * 60 * 1000;

const outlets = Array.from({ length: 40 }, (_, index) => `Outlet ${index}`);
const sides = ["Russia", "US", "Ukraine", "EU", null];
const kinds: SpeakerKind[] = ["person", "person", "person", "government", "media", "unnamed"];
export const speakers: Speaker[] = Array.from({ length: 300 }, (_, index) => {
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
const vocabulary = `sanctions corridor guarantees referendum monitors withdrawal elections amnesty reparations
  frontier drones airspace grain shipping reactor prisoners observers deadline summit envoy memorandum
  battalion reservoir pipeline tariffs inspectors schedule sovereignty neutrality militia budget
  courts charter museum harbour railway bridge satellites radar convoy tribunal bonds auditors
  lawmakers governors refugees hospitals schools villages bakeries vineyards orchards factories
  turbines cables archives passports visas`.split(/\s+/);
const copyWindow = 300;
/** Speakers who repeat one statement throughout (see the note at the top). */
export const repeaters = speakers.filter((speaker, index) => index % 60 === 1 && speaker.kind !== "unnamed");
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

/** What a speaker says in the stretch of articles `seed` is in: four words of its own, and a stance. */
function statement(speakerIndex: number, seed: number): { content: string; stance: Stance } {
  const stretch = repeaters.includes(pick(speakers, speakerIndex)) ? 0 : Math.floor(seed / copyWindow);
  const at = speakerIndex * 7919 + stretch * 104_729;
  const words = [0, 1, 2, 3].map((k) => pick(vocabulary, Math.floor(at / (k + 1)) + k * 17));
  return {
    content: `the ${pick(topics, at)} ${pick(verbs, at)} ${words.join(" ")} before the talks`,
    stance: pick(stances, at),
  };
}

function makeClaims(article: Article, seed: number): StoredClaim[] {
  return Array.from({ length: claimsPerArticle }, (_, index) => {
    const speakerIndex = (seed * 3 + index * 11) % speakers.length;
    const speaker = pick(speakers, speakerIndex);
    const { content, stance } = statement(speakerIndex, seed);
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

/** Fill a SQLite file with the synthetic articles and claims; returns the seconds it took. */
export async function buildSyntheticStore(file: string): Promise<number> {
  const started = performance.now();
  const loader = await openStore(`sqlite:${file}`);
  const batch = 2000;
  for (let start = 0; start < articleCount; start += batch) {
    const articles = Array.from({ length: Math.min(batch, articleCount - start) }, (_, offset) =>
      makeArticle(start + offset),
    );
    await loader.insertNewArticles(articles, true);
    // They are processed: what a running bot's store holds (nothing pending to extract again).
    await loader.markArticlesProcessed(
      articles.map((article) => article.id),
      new Date(end).toISOString(),
    );
  }
  await loader.close();
  bulkInsertClaims(file);
  return (performance.now() - started) / 1000;
}
