const stopWords = new Set(
  "the a an and or of to in on for with that this is are was were be been has have had will would it its as at by from not no any such than then there their they he she we you our".split(
    " ",
  ),
);

/** The content words of a claim (lower-case, 3+ letters, no stop words): what two wordings of it share. */
export function claimGist(content: string): Set<string> {
  const words = content.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  return new Set(words.filter((word) => !stopWords.has(word)));
}

/**
 * Whether two gists say the same thing: most words shared (Jaccard ≥ 0.5), or one wording
 * contained in the other (a wire copy that trimmed the claim). Empty gists never match.
 */
export function sameGist(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const word of small) if (large.has(word)) shared += 1;
  const union = a.size + b.size - shared;
  return shared / union >= 0.5 || (small.size >= 2 && shared / small.size >= 0.75);
}
