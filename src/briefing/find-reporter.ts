/** A name as written: capitalised words, possibly joined by "of", "&" or "and" ("The Wall Street Journal"). */
const name = String.raw`(?:the\s+)?[\p{Lu}][\p{L}.&'’-]*(?:\s+(?:of\s+|&\s+|and\s+)?[\p{Lu}][\p{L}.&'’-]*){0,4}`;
const timeTail = String.raw`(?:\s+(?:this|last)\s+week|\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?`;
// ", first reported by Axios this week," inside the sentence, or at its end.
const firstReported = new RegExp(
  String.raw`,?\s+first\s+reported\s+by\s+(${name})${timeTail}\s*(?:,|$)`,
  "u",
);
// "…, the American news site Axios has reported" or "…, the news site Axios reported" at the end.
const hasReported = new RegExp(
  String.raw`,\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?(${name})\s+(?:has|had|have)\s+reported${timeTail}\s*$`,
  "u",
);
const outletReported = new RegExp(
  String.raw`,\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:news\s+site|newspaper|news\s+agency|website|outlet|broadcaster)\s+(${name})\s+reported${timeTail}\s*$`,
  "u",
);

/** Who a sentence says broke the news, and the sentence without that attribution. */
export interface Reporter {
  /** The outlet or source credited ("Axios"). */
  name: string;
  /** The sentence with the attribution cut out. */
  rest: string;
}

/**
 * Finds a news scoop's credit in a lead sentence: "…, first reported by Axios this week, …" or
 * "…, the news site Axios (has) reported". Only these wordings count: "X said" or "X reported on
 * Thursday" credits a speaker for a statement, not an outlet for a report, and stays in the text.
 */
export function findReporter(sentence: string): Reporter | null {
  for (const pattern of [firstReported, hasReported, outletReported]) {
    const match = pattern.exec(sentence);
    const found = match?.[1];
    if (match === null || found === undefined) continue;
    const replacement =
      match[0].trimEnd().endsWith(",") && match.index + match[0].length < sentence.length ? " " : "";
    const rest = `${sentence.slice(0, match.index)}${replacement}${sentence.slice(match.index + match[0].length)}`;
    return { name: found.replace(/^the\s+/iu, ""), rest: rest.replace(/\s+/gu, " ").trim() };
  }
  return null;
}
