import { foldWhitespace } from "../text/fold-whitespace.js";

// "KYIV, Ukraine (AP) — ", "MOSCOW, Nov 20 (Reuters) - ", "LONDON — ", "(Capitol Courier) — "
const datelines = [
  /^[A-Z][\p{L} .,'’]{0,60}\((?:AP|AFP|Reuters|Bloomberg|dpa|UNIAN|Interfax|TASS|[A-Z]{2,8})\)\s*[—–-]+\s*/u,
  /^\([\p{Lu}][\p{L} .&'’]{1,40}\)\s*[—–-]+\s*/u,
  /^[\p{Lu}][\p{Lu} .,'’]{2,40}\s[—–-]+\s+/u,
];
// "Rescuers at the scene. Photo: Ledger staff The number of …": a picture caption and its credit
// printed before the story. The credit runs until a word that opens a sentence.
const captionCredit =
  /^(?:[^.!?]{0,200}[.!?]\s+)?(?:Photo|Picture|Image|Video|Credit)s?:\s+(?:[^\s.]+\s+){1,5}?(?=(?:The|A|An|At|In|On|More|Some|Several|Two|Three|Four|Five|Officials?|President)\s)/u;
const abbreviations = new Set(
  "u.s u.k mr mrs ms dr st gen lt col sen rep jan feb aug sept oct nov dec no vs".split(" "),
);
// Only the opening of a text is ever a lead.
const leadWindow = 600;

/**
 * The first `count` sentences of an article's text, whitespace folded, with any dateline
 * ("KYIV (AP) — ") and leading picture caption removed. Abbreviations ("U.S.", "Mr.") and initials
 * do not end a sentence.
 */
export function leadSentences(text: string, count: number): string[] {
  // Only the sentences taken are folded: folding the whole opening was most of the cost.
  let rest = stripOpening(text.slice(0, leadWindow).trimStart());
  const sentences: string[] = [];
  while (rest !== "" && sentences.length < count) {
    const end = sentenceEnd(rest);
    sentences.push(foldWhitespace(rest.slice(0, end)));
    rest = rest.slice(end).trimStart();
  }
  return sentences;
}

function stripOpening(text: string): string {
  let stripped = text.replace(captionCredit, "");
  for (const pattern of datelines) {
    const without = stripped.replace(pattern, "");
    if (without !== stripped) {
      stripped = without;
      break;
    }
  }
  return stripped;
}

/** Index just after the first sentence's closing punctuation, or the text's length. */
function sentenceEnd(text: string): number {
  const boundary = /[.!?…]["”’]?\s+(?=["“‘(]?[\p{Lu}\d])/gu;
  for (const match of text.matchAll(boundary)) {
    const start =
      Math.max(text.lastIndexOf(" ", match.index - 1), text.lastIndexOf("\n", match.index - 1)) + 1;
    const word = text.slice(start, match.index).toLowerCase();
    // "U.S. officials", "Mr. Peskov", "J. D. Vance": not a sentence end.
    if (abbreviations.has(word.replace(/\.$/u, "")) || /^\p{L}$/u.test(word)) continue;
    return match.index + match[0].trimEnd().length;
  }
  return text.length;
}
