import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { packageRoot } from "../../src/config/load-config.js";

/** The real coverage records of the tracked story (../shared, never copied into the project). */
export const storyRecordsFile = path.resolve(packageRoot, "../shared/story/records.json");

/** A coverage record as a feed item would carry it: headline (or URL slug) and summary. */
export interface StoryRecordItem {
  /** The record's id ("01"…"80"). */
  id: string;
  /** Language of the original ("en", "ru", "de" …). */
  lang: string;
  /** Its headline, else the words of its URL slug, else "" (see `recordTitle`). */
  title: string;
  /** Its one-paragraph summary. */
  text: string;
}

const recordSchema = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  lang: z.string(),
  summary: z.string(),
});

/** The records as feed items; empty when ../shared is not there. */
export function readStoryRecords(file = storyRecordsFile): StoryRecordItem[] {
  if (!existsSync(file)) return [];
  const records = z.array(recordSchema).parse(JSON.parse(readFileSync(file, "utf8")));
  return records.map((record) => ({
    id: record.id,
    lang: record.lang,
    title: recordTitle(record.title, record.url),
    text: record.summary,
  }));
}

/**
 * A record's headline. Notes about where it came from ("(from slug)", "(Greek)") are dropped; a
 * title that is only a note ("(no headline in excerpt)") means there is none, and then the URL's
 * slug stands in: the path segment with the most words made of letters only ("trump ukraine
 * peace plan thanksgiving deadline"), none when no segment has two (numeric ids, UUIDs).
 */
export function recordTitle(title: string, url: string): string {
  const trimmed = title.trim();
  if (/^\((?:[^()]|\([^()]*\))*\)$/u.test(trimmed)) return urlSlug(url);
  return trimmed.replace(/^\([^()]*\)\s*/u, "").replace(/\s*\([^()]*\)$/u, "");
}

function urlSlug(url: string): string {
  let best: string[] = [];
  for (const segment of new URL(url).pathname.split("/")) {
    const words = decodeURIComponent(segment)
      .replace(/\.[a-z]+$/iu, "")
      .split("-")
      .filter((word) => /^\p{L}+$/u.test(word));
    if (words.length >= 2 && words.length > best.length) best = words;
  }
  return best.join(" ");
}
