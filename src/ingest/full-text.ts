import { decodeBody } from "./decode-body.js";
import type { GuardedFetch } from "./fetch-result.js";
import { htmlToText } from "./html-to-text.js";

export const pageAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

/**
 * The main text of an article page, fetched through the same guarded fetch (SSRF guard, caps,
 * timeout) as feeds. Returns null on any failure so the caller keeps the feed's own text.
 */
export async function fetchFullText(url: string, fetchPage: GuardedFetch): Promise<string | null> {
  try {
    const result = await fetchPage(url);
    if (result.kind !== "ok") return null;
    const contentType = result.headers["content-type"] ?? "";
    if (contentType !== "" && !/html|xml/i.test(contentType)) return null;
    return await extractMainText(decodeBody(result.body, contentType).text, result.finalUrl);
  } catch {
    return null;
  }
}

/** Readability over linkedom: the article body as plain text with paragraph breaks, or null. */
export async function extractMainText(html: string, url: string): Promise<string | null> {
  // Loaded on first use: a DOM implementation costs ~25 MB that feeds without full text never need.
  const [{ parseHTML }, { Readability }] = await Promise.all([
    import("linkedom"),
    import("@mozilla/readability"),
  ]);
  const { document } = parseHTML(html);
  // Readability resolves relative links against the document URL; linkedom has none by default.
  const base = document.createElement("base");
  base.setAttribute("href", url);
  document.head?.appendChild(base);
  const article = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
  ).parse();
  const text = article?.content ? htmlToText(article.content) : "";
  return text.length >= 200 ? text : null;
}
