/**
 * A fast regex tokenizer: words keep inner apostrophes, hyphens, dots and ampersands ("didn't",
 * "Ukraine's", "U.S", "AT&T"); every other non-space character is its own token. Parallel arrays
 * instead of token objects keep allocation low on the hot path.
 */
export interface Tokens {
  text: string;
  /** Start offset of each token (JavaScript string index). */
  starts: number[];
  /** End offset of each token, exclusive. */
  ends: number[];
  /** Token text as written. */
  words: string[];
  /** Lower-cased token text with ’ normalised to '. */
  lower: string[];
  /** True when the token starts with an upper-case letter or a digit. */
  cap: boolean[];
  /** True when a line break separates this token from the previous one. */
  newlineBefore: boolean[];
}

// US state abbreviations keep theirs before a comma or bracket too ("of Ashton, Md., said", "(R-Ky.)").
// Title abbreviations keep their dot ("Rep.", "Gov.", "No. 2"), and so do dotted initialisms ("U.S.");
// a number keeps its thousands separators ("34,570"), so its comma never reads as a clause break.
const TOKEN =
  /(?:[DRI]-)?(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.(?=[\s,);])|(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Jr|Sr|St|Adm|Maj|Del|Amb|Supt|Cmdr)\.(?=\s)|(?:No|Nos)\.(?=\s+\d)|\p{Lu}\.(?=\s+\p{Lu}\p{Ll})|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*(?:(?<=\.\p{Lu})\.)?|''|``|\S/gu;
const CLITIC = /^(he|she|it|they|we|i|you|who|that|there)(['’](?:s|re|ve|ll|d|m))$/i;
const UPPER = /^[\p{Lu}\p{N}]/u;

export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const words: string[] = [];
  const lower: string[] = [];
  const cap: boolean[] = [];
  const newlineBefore: boolean[] = [];
  let previousEnd = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const start = match.index;
    const clitic = CLITIC.exec(match[0]);
    // "She’s said": the pronoun is its own token so it can be a speaker.
    if (clitic?.[1] && clitic[2]) {
      push(clitic[1], start);
      push(clitic[2], start + clitic[1].length);
      continue;
    }
    push(match[0], start);
  }
  return { text, starts, ends, words, lower, cap, newlineBefore };

  function push(word: string, start: number): void {
    starts.push(start);
    ends.push(start + word.length);
    words.push(word);
    const lowered = word.toLowerCase();
    lower.push(lowered.includes("’") ? lowered.replace(/’/g, "'") : lowered);
    const code = word.charCodeAt(0);
    cap.push(code < 128 ? (code >= 65 && code <= 90) || (code >= 48 && code <= 57) : UPPER.test(word));
    newlineBefore.push(hasNewline(text, previousEnd, start));
    previousEnd = start + word.length;
  }
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 || code === 0x2029) return true;
  }
  return false;
}
