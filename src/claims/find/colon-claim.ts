import { type Analysis, opensQuote } from "../analyze-text.js";
import type { RawClaim } from "../raw-claim.js";
import type { Sentence } from "../segment-sentences.js";
import { functionWords, nonNameWords, wordSet } from "../word-lists.js";
import { contentAfter } from "./find-content.js";

/** Capitalised labels before a colon that never name a speaker ("Update:", "The Latest:"). */
const LABELS = wordSet(`
  update updated watch breaking exclusive opinion analysis video photos photo related read more editor's note
  source sources live timeline explainer factbox q&a listen subscribe advertisement comments comment share tags
  topics correction clarification latest the abstract summary highlights background context warning
  contributing byline reporting dateline credit credits boom new developing recap more also plus note
  just in pictures graphic map fact check said says`);

/** "Peskov: “…”" at the start of a sentence. */
export function colonClaim(
  analysis: Analysis,
  sentenceIndex: number,
  sentenceFirst: number,
  claims: RawClaim[],
): void {
  const sentence = analysis.sentences[sentenceIndex] as Sentence;
  let first = sentenceFirst;
  const { lower, cap, words } = analysis.tokens;
  // "“PENCE: …": a transcript line may open with the quote mark around the exchange.
  while (first < sentence.last && /^["“”]$/.test(words[first] ?? "")) first++;
  let colon = first;
  while (colon < sentence.last && colon - first < 4 && cap[colon] && !functionWords.has(lower[colon] ?? ""))
    colon++;
  if (colon === first || lower[colon] !== ":" || colon + 1 >= sentence.last) return;
  for (let k = first; k < colon; k++)
    if (nonNameWords.has(lower[k] ?? "") || LABELS.has(lower[k] ?? "")) return;
  // "12:20 p.m.:", "Q:", "A:": times and interview turns are no speakers.
  if (/^\d/.test(lower[first] ?? "") || (colon - first === 1 && (words[first] ?? "").length === 1)) return;
  const paragraphStart =
    sentenceIndex === 0 || analysis.sentences[sentenceIndex - 1]?.paragraph !== sentence.paragraph;
  // A headline "Name: what they said" counts without quote marks; elsewhere a quote must follow.
  // "PENCE: Well, …": an upper-case label is a transcript speaker wherever the line stands.
  const transcript = colon - first === 1 && /^\p{Lu}{2,}$/u.test(words[first] ?? "");
  if (!opensQuote(analysis, colon + 1) && !transcript && !(paragraphStart && sentence.last - colon > 4))
    return;
  const content = contentAfter(analysis, colon + 1, sentence.last, "say");
  if (!content || isNameList(analysis, content.first, content.last)) return;
  claims.push({
    speaker: { first, last: colon },
    speakerFrom: null,
    cue: { first: colon, last: colon + 1 },
    content,
    cueClass: "speech",
    lemma: "colon",
    sentence: sentenceIndex,
  });
}

/** "Iowa: Tim Albrecht, Brad Anderson, …": a list of names after a label is a roster, not a claim. */
function isNameList(analysis: Analysis, first: number, last: number): boolean {
  const { words, cap } = analysis.tokens;
  let commas = 0;
  for (let k = first; k < last; k++) {
    if (words[k] === ",") commas++;
    else if (/^[\p{L}]/u.test(words[k] ?? "") && !cap[k] && words[k] !== "and") return false;
  }
  return commas >= 2;
}
