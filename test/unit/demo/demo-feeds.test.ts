import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const feedsDir = path.join(repoRoot, "src/demo/feeds");
const seedPath = path.join(repoRoot, "test/fixtures/articles/seed-reworded.json");

const seedSchema = z.object({
  id: z.string(),
  outlet: z.string(),
  publishedAt: z.string(),
  title: z.string(),
  text: z.string(),
  gold: z.array(
    z.object({
      speaker: z.string(),
      aliases: z.array(z.string()),
      role: z.string().nullable(),
      org: z.string().nullable(),
      stance: z.enum(["asserts", "denies", "confirms"]),
      direct: z.boolean(),
      content_hint: z.string(),
    }),
  ),
});

const feedFiles = readdirSync(feedsDir).sort();
const readSeed = () => seedSchema.parse(JSON.parse(readFileSync(seedPath, "utf8")));
const parseFeed = (file: string) => new Parser().parseString(readFileSync(path.join(feedsDir, file), "utf8"));
/** Tags out, the few entities the sample feeds use decoded, whitespace folded: enough to search the text. */
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&ldquo;/g, "“")
    .replace(/&rdquo;/g, "”")
    .replace(/\s+/g, " ");

describe("demo sample feeds", () => {
  it("when the bundled folder is listed, then it holds RSS 2.0, Atom and RSS 1.0 files", () => {
    expect(feedFiles.length).toBeGreaterThanOrEqual(4);
    expect(feedFiles.some((f) => f.endsWith(".atom"))).toBe(true);
    expect(feedFiles.some((f) => f.endsWith(".rdf"))).toBe(true);
  });

  it.each(feedFiles)("when %s is parsed, then every item has a title and a link", async (file) => {
    const feed = await parseFeed(file);
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) {
      expect(item.title?.trim()).toBeTruthy();
      expect(item.link).toMatch(/^https:\/\//);
    }
  });

  it("when the seed rewording's gold claims are checked, then each content hint is in its text", () => {
    const seed = readSeed();
    expect(seed.gold.length).toBeGreaterThan(0);
    for (const claim of seed.gold) expect(seed.text).toContain(claim.content_hint);
  });

  it("when the demo feeds are read, then the seed rewording is one of their items with every hint intact", async () => {
    const seed = readSeed();
    const feeds = await Promise.all(feedFiles.map(parseFeed));
    const item = feeds.flatMap((f) => f.items).find((i) => i.title === seed.title);
    const body = plain(item?.content ?? "");
    for (const claim of seed.gold) expect(body).toContain(claim.content_hint);
  });
});
