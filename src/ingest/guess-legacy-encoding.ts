/** What the words of a document's text say about its undeclared 8-bit encoding. */
interface Evidence {
  /** Letter bytes in words made only of high letters (Cyrillic words in windows-1251 or KOI8-R). */
  wholeHighWords: number;
  /** High letter bytes inside otherwise ASCII words ("café", "fraîches": windows-1252). */
  accentsInLatinWords: number;
  /** Of the whole-high-word bytes: 0xC0–0xDF (KOI8-R lower case) and 0xE0–0xFF (windows-1251 lower case). */
  upperHalf: number;
  lowerHalf: number;
}

const cdataOpen = Buffer.from("<![CDATA[");

/**
 * Guess the encoding of an undeclared 8-bit feed from its text content only: tags, attributes,
 * comments and entity names are skipped, since their ASCII letters say nothing about the text
 * (a headline-only Russian feed has more markup letters than headline letters). Cyrillic text
 * is words made entirely of high bytes, Western text has accents inside ASCII words; lower-case
 * Cyrillic sits in 0xE0–0xFF in windows-1251 and in 0xC0–0xDF in KOI8-R.
 */
export function guessLegacyEncoding(buffer: Buffer): "windows-1252" | "windows-1251" | "koi8-r" {
  const evidence = readTextEvidence(buffer);
  if (evidence.wholeHighWords < 2 || evidence.wholeHighWords <= evidence.accentsInLatinWords)
    return "windows-1252";
  return evidence.upperHalf > evidence.lowerHalf ? "koi8-r" : "windows-1251";
}

function readTextEvidence(buffer: Buffer): Evidence {
  const evidence: Evidence = { wholeHighWords: 0, accentsInLatinWords: 0, upperHalf: 0, lowerHalf: 0 };
  const word = { ascii: 0, upper: 0, lower: 0 };
  const endWord = () => {
    const high = word.upper + word.lower;
    if (high > 0 && word.ascii > 0) evidence.accentsInLatinWords += high;
    // One high letter alone is as likely French "à" as anything Cyrillic.
    else if (high > 1) {
      evidence.wholeHighWords += high;
      evidence.upperHalf += word.upper;
      evidence.lowerHalf += word.lower;
    }
    word.ascii = 0;
    word.upper = 0;
    word.lower = 0;
  };
  let index = 0;
  while (index < buffer.length) {
    const byte = buffer[index] as number;
    if (byte === 0x3c /* < */) {
      endWord();
      if (buffer.subarray(index, index + cdataOpen.length).equals(cdataOpen)) {
        // CDATA is text: step inside it and read on; its "]]>" reads as a word break.
        index += cdataOpen.length;
        continue;
      }
      index = skipPast(
        buffer,
        index,
        buffer.subarray(index, index + 4).toString("latin1") === "<!--" ? "-->" : ">",
      );
      continue;
    }
    if (byte === 0x26 /* & */) {
      endWord();
      const semicolon = buffer.indexOf(0x3b, index);
      index = semicolon !== -1 && semicolon - index <= 10 ? semicolon + 1 : index + 1;
      continue;
    }
    if ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a) word.ascii++;
    else if (byte >= 0xe0) word.lower++;
    else if (byte >= 0xc0) word.upper++;
    else endWord();
    index++;
  }
  endWord();
  return evidence;
}

function skipPast(buffer: Buffer, from: number, terminator: string): number {
  const end = buffer.indexOf(terminator, from + 1, "latin1");
  return end === -1 ? buffer.length : end + terminator.length;
}
