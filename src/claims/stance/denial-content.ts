import type { Analysis, Range } from "../analyze-text.js";
import { negators, wordSet } from "../word-lists.js";

/** A negated content that rejects a report on its face: "no such plan", "there is no truth to it". */
const ON_ITS_FACE =
  /\b(?:no such|any such|not aware|unaware|no truth|not true|untrue|no evidence|no basis|never happened|not the case|nothing to do with|no (?:role|involvement|knowledge|plans?|chance) |not (?:involved|being discussed|discussed|a chance)|(?:does|do|did)(?: not|n't) mean|(?:this|that|these|those|such) (?:characterizations?|claims?|notions?|ideas?|reports?|allegations?|charges?|criticism|accusations?|suggestions?|comparisons?|speculation|rumou?rs?|stories|story|arguments?|assertions?))/u;
/** "as Rubio has said": the content names the claim it answers. */
const AS_CLAIMED =
  /\bas (?:\p{Lu}[\p{L}.'-]*\s?){1,3}(?:has |had |have )?(?:said|claimed|suggested|alleged|reported|charged|argued)\b/u;
/** "“No, I meant …”": an answer that opens by saying no. */
const SAYS_NO = /^[“"‘']*(?:no|nope|absolutely not|of course not|not at all)\s*[,.!;—–]/u;
/** A content calling a claim untrue: "the report is false", "That would be a false reason". */
const CALLED_UNTRUE =
  /^[“"‘']*(?:it|this|that|these|those|the (?:\w+ )?(?:report|reports|claim|claims|story|allegation|allegations|accusation|accusations|charge|charges|idea|notion))(?:'s| is| was| are| were| would be| remains)(?: a| an)?(?: (?:completely|totally|absolutely|utterly|simply|patently|entirely))? (?:false|untrue|baseless|groundless|unfounded|fake|fiction|nonsense|a lie|lies|a fabrication|fabricated|a hoax|ridiculous|absurd|wrong)\b/u;
/** Verbs of receiving, seeing and discussing a thing that is reported to exist. */
const HANDLED = wordSet(`
  received receive seen see discussed discussing drafted proposed approved agreed shown sent arrived
  delivered submitted presented handed`);
/** Things a report says exist: "had not received any draft". */
const REPORTED_THINGS = wordSet(`
  draft drafts plan plans proposal proposals document documents text letter report reports offer
  request deal points version memo agreement`);
const MAX_GAP = 4;

/**
 * Whether a negated content rejects a reported thing by its own words: "said no such plan is
 * being discussed", "had not received any draft", "there is no truth to the report". Such a
 * negation answers a report wherever the report itself stands.
 */
export function deniesOnItsFace(analysis: Analysis, content: Range): boolean {
  const { lower } = analysis.tokens;
  const text = opening(analysis, content);
  if (ON_ITS_FACE.test(`${text.toLowerCase()} `) || AS_CLAIMED.test(text)) return true;
  let negatedAt = -1;
  for (let k = content.first; k < content.last && k < content.first + 20; k++) {
    // "has received no draft plan": the negation follows the verb of receiving.
    if (HANDLED.has(lower[k] ?? "") && /^(?:no|any)$/.test(lower[k + 1] ?? "")) {
      for (let n = k + 2; n < content.last && n <= k + 1 + MAX_GAP; n++)
        if (REPORTED_THINGS.has(lower[n] ?? "")) return true;
    }
    // "there were no consultations on such a document": the thing denied is the one reported.
    if (negatedAt >= 0 && lower[k] === "such" && k - negatedAt <= 8) return true;
    if (!negators.has(lower[k] ?? "")) continue;
    negatedAt = k;
    for (let v = k + 1; v < content.last && v <= k + 3; v++) {
      if (!HANDLED.has(lower[v] ?? "")) continue;
      // "had not received any draft", or "the plan had not arrived" with the thing as subject.
      for (let n = v + 1; n < content.last && n <= v + MAX_GAP; n++)
        if (REPORTED_THINGS.has(lower[n] ?? "")) return true;
      for (let n = k - 1; n >= content.first && n >= k - MAX_GAP; n--)
        if (REPORTED_THINGS.has(lower[n] ?? "")) return true;
    }
  }
  return false;
}

/**
 * Whether a content rejects a claim without a negation of its own: it opens by saying no ("No, I
 * meant he is the founder"), or calls the claim untrue ("the report was false", "called it fake").
 */
export function callsUntrue(analysis: Analysis, content: Range): boolean {
  const text = opening(analysis, content).toLowerCase();
  return SAYS_NO.test(text) || CALLED_UNTRUE.test(text);
}

/** The content's first 25 tokens as text, curly apostrophes straightened. */
function opening(analysis: Analysis, content: Range): string {
  const { starts, ends } = analysis.tokens;
  const start = starts[content.first] ?? 0;
  const end = ends[Math.min(content.last, content.first + 25) - 1] ?? start;
  return analysis.text.slice(start, end).replace(/’/g, "'");
}
