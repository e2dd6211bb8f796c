import type { Analysis } from "../analyze-text.js";
import { continuationModals } from "../word-lists.js";
import type { RawClaim } from "./find-claims.js";
import { trimContent } from "./find-content.js";

/**
 * Claims without a cue of their own that continue the previous speaker: a quote-only sentence right
 * after a quotation ("He said, “A.” “B.”"), and a reported-speech sentence that goes on in the
 * speaker's voice with a must/should ("… had not received any draft. If …, it must be sent …").
 */
export function addFollowOns(analysis: Analysis, claims: RawClaim[]): RawClaim[] {
  const { sentences, quotes, quoteOf, tokens } = analysis;
  const used = new Set<number>();
  const bySentence = new Map<number, number>();
  claims.forEach((claim, index) => {
    const quote = quoteOf[claim.content.first] ?? -1;
    if (quote >= 0 && quotes[quote]?.open === claim.content.first) used.add(quote);
    bySentence.set(claim.sentence, index);
  });
  const out = claims.slice();
  let last = -1;
  for (let s = 0; s < sentences.length; s++) {
    const own = bySentence.get(s);
    if (own !== undefined) {
      last = own;
      continue;
    }
    const sentence = sentences[s];
    const previous = last >= 0 ? out[last] : undefined;
    if (!sentence || !previous) continue;
    const quoteIndex = quoteOf[sentence.first] ?? -1;
    const quote = quoteIndex >= 0 ? quotes[quoteIndex] : undefined;
    const previousSentence = sentences[previous.sentence];
    const previousLast = Math.max(previous.content.last, previousSentence?.last ?? 0);
    const previousEnd = tokens.ends[previousLast - 1] ?? 0;
    if (quote && quote.open === sentence.first && !used.has(quoteIndex)) {
      const gap = analysis.text.slice(previousEnd, quote.start);
      // "Peskov said the talks were useful.¶“We will continue …”": a paragraph that is one
      // quotation, right after the paragraph that named the speaker, continues that speaker.
      const ownParagraph =
        sentence.paragraph === (previousSentence?.paragraph ?? -2) + 1 &&
        quote.close >= lastOfParagraph(analysis, s) - 2 &&
        sentences[previous.sentence + 1]?.paragraph !== previousSentence?.paragraph;
      if ((isDirect(analysis, previous) || ownParagraph) && /^\s*$/.test(gap) && quote.words >= 2) {
        used.add(quoteIndex);
        out.push({
          ...followOn(previous, last),
          content: { first: quote.open, last: quote.close + 1 },
          sentence: s,
        });
        last = out.length - 1;
      }
      continue;
    }
    const prior = sentences[s - 1];
    if (!prior || prior.paragraph !== sentence.paragraph || previous.sentence !== s - 1) continue;
    if (isDirect(analysis, previous) || previous.content.last < prior.last - 1) continue;
    if (!hasContinuationModal(analysis, sentence.first, sentence.last)) continue;
    const content = trimContent(analysis, { first: sentence.first, last: sentence.last });
    if (content.last - content.first < 4) continue;
    out.push({ ...followOn(previous, last), content, sentence: s });
    last = out.length - 1;
  }
  return out;
}

function followOn(previous: RawClaim, index: number): RawClaim {
  return {
    speaker: null,
    speakerFrom: previous.speakerFrom ?? index,
    cue: previous.cue,
    content: previous.content,
    cueClass: previous.cueClass === "cognitive" ? "cognitive" : "speech",
    lemma: previous.lemma,
    followOn: true,
    sentence: previous.sentence,
  };
}

function isDirect(analysis: Analysis, claim: RawClaim): boolean {
  const quote = analysis.quoteOf[claim.content.first] ?? -1;
  return quote >= 0 && analysis.quotes[quote]?.open === claim.content.first;
}

function hasContinuationModal(analysis: Analysis, first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    if ((analysis.quoteOf[i] ?? -1) >= 0) return false;
    if (continuationModals.has(analysis.tokens.lower[i] ?? "")) return true;
  }
  return false;
}

/** The last token of the paragraph that sentence `s` opens or sits in. */
function lastOfParagraph(analysis: Analysis, s: number): number {
  const { sentences } = analysis;
  const paragraph = sentences[s]?.paragraph;
  let last = sentences[s]?.last ?? 0;
  for (let k = s + 1; sentences[k]?.paragraph === paragraph; k++) last = sentences[k]?.last ?? last;
  return last - 1;
}
