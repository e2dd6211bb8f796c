import Parser from "rss-parser";
import type { FeedItem, ParsedFeed, ParseResult } from "./parsed-feed.js";
import { closeTruncated, repairEntities, stripDoctype } from "./repair-xml.js";

type Repair = { name: string; apply: (xml: string) => string };

// Each repair is tried only if the document still does not parse; all are linear scans.
const repairs: Repair[] = [
  { name: "entities", apply: (xml) => repairEntities(stripDoctype(xml)) },
  { name: "channel", apply: wrapChannel },
  { name: "truncated", apply: closeTruncated },
  { name: "dates", apply: hideInvalidAtomDates },
];

const customItemFields = [
  "published",
  "updated",
  "newsbrief-published",
  "newsbrief-updated",
  "feedburner:origLink",
  "id",
];

/**
 * Text → feed with rss-parser's `parseString` (never its fetcher). HTML pages, JSON and empty
 * bodies are `not_a_feed`; XML that stays broken after repairs is `malformed_xml`.
 */
export async function parseFeed(xml: string): Promise<ParseResult> {
  const shape = sniffShape(xml);
  if (shape !== null) return { kind: "failed", reason: "not_a_feed", detail: shape };
  let text = xml;
  const applied: string[] = [];
  let firstError = "";
  for (let attempt = 0; attempt <= repairs.length; attempt++) {
    try {
      const raw = await new Parser({ defaultRSS: 2, customFields: { item: customItemFields } }).parseString(
        text,
      );
      return { kind: "ok", feed: toParsedFeed(raw, sniffFormat(text), applied) };
    } catch (error) {
      const message = (error as Error).message.split("\n")[0] ?? "";
      if (/not recognized as RSS/i.test(message))
        return { kind: "failed", reason: "not_a_feed", detail: `root element is not rss, feed or rdf:RDF` };
      if (/Unable to parse XML/i.test(message))
        return { kind: "failed", reason: "not_a_feed", detail: "no root element" };
      if (firstError === "")
        firstError = error instanceof TypeError ? "feed structure not recognised" : message;
      const repair = repairs[attempt];
      if (repair === undefined) break;
      const repaired = repair.apply(text);
      if (repaired !== text) applied.push(repair.name);
      text = repaired;
    }
  }
  const structural = firstError === "feed structure not recognised";
  return { kind: "failed", reason: structural ? "not_a_feed" : "malformed_xml", detail: firstError };
}

/** Bodies that are plainly something else, recognised before paying for an XML parse. */
function sniffShape(text: string): string | null {
  const start = text.trimStart();
  if (start === "") return "empty document";
  if (start.startsWith("{") || start.startsWith("[")) return "JSON, not XML";
  const firstElement = /<([A-Za-z][\w:.-]*)/.exec(start.slice(0, 65536).replace(/<!--[\s\S]*?-->/g, ""))?.[1];
  if (firstElement?.toLowerCase() === "html") return "an HTML page, not a feed";
  return null;
}

function sniffFormat(text: string): string {
  const root = /<(rss|feed|rdf:RDF)\b([^>]*)>/i.exec(text.slice(0, 16384));
  if (!root) return "rss";
  const name = root[1]?.toLowerCase();
  if (name === "feed") return "atom";
  if (name === "rdf:rdf") return "rss 1.0 (rdf)";
  const version = /version\s*=\s*["']([^"']+)["']/.exec(root[2] ?? "")?.[1];
  return version ? `rss ${version}` : "rss";
}

function toParsedFeed(
  raw: Parser.Output<Record<string, unknown>>,
  format: string,
  applied: string[],
): ParsedFeed {
  const items = (raw.items ?? []).map((item) => toFeedItem(item as Record<string, unknown>));
  return { format, title: text(raw.title) ?? null, link: text(raw.link) ?? null, items, repairs: applied };
}

// Where an item's date may sit, most trusted first (our renamed Atom dates lead: see hideInvalidAtomDates).
const dateKeys = [
  "newsbrief-published",
  "published",
  "pubDate",
  "date",
  "dc:date",
  "newsbrief-updated",
  "updated",
  "isoDate",
];

type RawItem = Record<string, unknown>;

// Built once: building these pairs per item was a measurable share of normalising a large feed.
const itemFields: ReadonlyArray<readonly [keyof Omit<FeedItem, "dates">, (item: RawItem) => unknown]> = [
  ["guid", (item) => item.guid ?? item.id],
  ["link", (item) => item.link],
  ["origLink", (item) => item["feedburner:origLink"]],
  ["title", (item) => item.title],
  ["contentEncoded", (item) => item["content:encoded"]],
  ["content", (item) => item.content],
  ["summary", (item) => item.summary],
  ["author", (item) => item.creator ?? item.author ?? item["dc:creator"]],
];

function toFeedItem(item: RawItem): FeedItem {
  const dates: string[] = [];
  for (const key of dateKeys) {
    const date = text(item[key]);
    if (date !== undefined) dates.push(date);
  }
  const feedItem: FeedItem = { dates };
  for (const [key, read] of itemFields) {
    const found = text(read(item));
    if (found !== undefined) feedItem[key] = found;
  }
  return feedItem;
}

/** A string from whatever xml2js produced: a string, `{ _: string }`, or `{ name: [string] }` for authors. */
function text(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    if ("_" in record) return text(record._);
    if ("name" in record) return text(record.name);
  }
  return undefined;
}

/** RSS whose items sit directly under <rss> (no <channel>): give them one. */
function wrapChannel(xml: string): string {
  if (/<channel[\s>]/.test(xml)) return xml;
  return xml
    .replace(/(<rss\b[^>]*>)/, "$1<channel>")
    .replace(/<\/rss\s*>(?![\s\S]*<\/rss)/, "</channel></rss>");
}

/** rss-parser throws on an Atom date JavaScript cannot read; rename those so our parser reads them. */
function hideInvalidAtomDates(xml: string): string {
  return xml.replace(/<(published|updated)>([^<]*)<\/\1>/g, (match, tag: string, value: string) =>
    Number.isNaN(new Date(value.trim()).getTime()) ? `<newsbrief-${tag}>${value}</newsbrief-${tag}>` : match,
  );
}
