/** One word of a slash command's text, with where it ends in the normalised text. */
export interface CommandWord {
  /** The word as typed; a quoted phrase keeps its quotes (`"peace plan"`). */
  text: string;
  /** Index just past the word in the normalised text, so "the rest" can be taken verbatim. */
  end: number;
}

/** The text as our parser sees it, and its words. */
export interface CommandWords {
  text: string;
  words: CommandWord[];
}

/**
 * Undo what Slack does to slash-command text, then split it into words. Slack escapes `&`, `<`
 * and `>` and may wrap a URL it recognised as `<https://…>` or `<https://…|label>`; clients turn
 * straight quotes into curly ones. A quoted phrase is one word, so `"peace plan"` stays together.
 */
export function commandWords(raw: string): CommandWords {
  const text = raw
    .replace(/<(https?:\/\/[^|>\s]+)(?:\|[^>]*)?>/giu, "$1")
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&amp;/gu, "&")
    .replace(/[“”„‟]/gu, '"')
    .replace(/[‘’‚‛]/gu, "'")
    .replace(/\s/gu, " ");
  const words: CommandWord[] = [];
  // A word is a run of non-space characters in which a quote opens a phrase that runs to its
  // closing quote (or the end, when it is never closed).
  const pattern = /(?:[^\s"]+|"[^"]*(?:"|$))+/gu;
  for (const match of text.matchAll(pattern)) {
    words.push({ text: match[0], end: match.index + match[0].length });
  }
  return { text, words };
}

/** Everything after `word`, verbatim apart from the trimmed ends ("" when it was the last word). */
export function restAfter(words: CommandWords, word: CommandWord | undefined): string {
  return word === undefined ? "" : words.text.slice(word.end).trim();
}
