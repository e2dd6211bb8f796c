import type { Analysis } from "../analyze-text.js";
import { wordSet } from "../word-lists.js";

/** Words that open an adverbial before the subject ("In a statement, …", "Asked about it, …"). */
const OPENERS = wordSet(`
  in on at after before during last earlier later however still meanwhile now yet then when while as
  since although though if because despite with without for by under over following amid asked
  speaking writing unlike like once until separately instead also days weeks months years hours moments
  minutes shortly soon`);
const CONNECTIVES = wordSet("but and so yet still however meanwhile then also");
const MAX_OPENER = 15;

/**
 * Where the main clause of a sentence begins: past a connective ("But"), a quotation that opens
 * it ("“…,” she said" starts at "she") and an adverbial up to its comma ("On Tuesday, Peskov …").
 */
export function clauseStart(analysis: Analysis, first: number, last: number): number {
  const { lower } = analysis.tokens;
  let k = first;
  const quote = analysis.quoteOf[k] ?? -1;
  if (quote >= 0 && analysis.quotes[quote]?.open === k) {
    k = (analysis.quotes[quote]?.close ?? k) + 1;
    while (k < last && /^[,—–-]$/.test(lower[k] ?? "")) k++;
    return k;
  }
  while (k < last && CONNECTIVES.has(lower[k] ?? "")) k++;
  const opener = lower[k] ?? "";
  // "Speaking to reporters, …": a participle opens an aside too, unless a name follows it ("United States").
  const participle = /(?:ing|ed)$/.test(opener) && !analysis.tokens.cap[k + 1];
  if (OPENERS.has(opener) || participle) {
    for (let c = k + 1; c < last && c - k <= MAX_OPENER; c++) {
      if (lower[c] === "," && (analysis.quoteOf[c] ?? -1) < 0) return c + 1;
    }
  }
  return k;
}
