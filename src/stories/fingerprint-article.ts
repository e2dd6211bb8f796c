import { hashString, minHash } from "./min-hash.js";
import { storyWords } from "./story-words.js";

/** Format tag; a fingerprint with another tag is never compared (it cannot be, meaningfully). */
export const fingerprintVersion = "f1";
/** Hash functions in the body signature (5-word shingles). */
export const bodySlots = 64;
/** Hash functions in the lead signature (word pairs of headline + opening). */
export const leadSlots = 32;
const shingleSize = 5;
const leadWords = 60;

/**
 * A compact near-duplicate fingerprint: `f1.<body count>.<body MinHash>.<lead count>.<lead MinHash>`
 * (counts in base 36, signatures base64url, about 540 characters).
 *
 * - body: MinHash over the 5-word shingles of the body, boilerplate removed (see `storyWords`).
 *   Wire copies, syndication with a credit line or "Read more" footer, the same text under another
 *   headline or URL, and light edits keep most shingles; two different articles about the same
 *   event, even with the same cast, share almost none.
 * - lead: MinHash over word pairs of the headline and the first 60 body words, for teasers too
 *   short to have a useful body signature.
 *
 * The set sizes ride along so that containment (a trimmed copy inside a longer one) can be
 * estimated, not only Jaccard similarity.
 */
export function fingerprintArticle(article: { title: string; text: string }): string {
  const { title, body } = storyWords(article);
  const bodyShingles = shingles(body, shingleSize);
  const lead = [...title, "", ...body.slice(0, leadWords)];
  const leadShingles = shingles(lead, 2);
  return [
    fingerprintVersion,
    bodyShingles.size.toString(36),
    encode(minHash(bodyShingles, bodySlots)),
    leadShingles.size.toString(36),
    encode(minHash(leadShingles, leadSlots)),
  ].join(".");
}

/** Hashes of the distinct `size`-word windows; the "" marker between headline and body never starts one. */
function shingles(words: string[], size: number): Set<number> {
  const hashes = new Set<number>();
  for (let start = 0; start + size <= words.length; start += 1) {
    const window = words.slice(start, start + size);
    if (window.includes("")) continue;
    hashes.add(hashString(window.join(" ")));
  }
  return hashes;
}

function encode(signature: Uint32Array): string {
  const bytes = Buffer.alloc(signature.length * 4);
  signature.forEach((value, index) => {
    bytes.writeUInt32BE(value, index * 4);
  });
  return bytes.toString("base64url");
}
