import type { Tokens } from "./tokenize.js";

/** A quotation: its opening and closing mark tokens and character span (marks included). */
export interface Quote {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or of the last quoted token when the quote is never closed. */
  close: number;
  /** Character offset of the opening mark. */
  start: number;
  /** Character offset just past the closing mark (or the last quoted token). */
  end: number;
  /** Number of word tokens inside. */
  words: number;
}

export interface QuoteMap {
  /** Quotations in text order. */
  quotes: Quote[];
  /** For each token, the index of the quote containing it (marks included), or -1. */
  quoteOf: Int32Array;
}

const DOUBLE_OPEN = new Set(["“", "«", "„", "``"]);
const DOUBLE_CLOSE = new Set(["”", "»"]);
const WORD = /[\p{L}\p{N}]/u;

/**
 * Pair quotation marks of every style. A quote left open at a paragraph end continues when the
 * next paragraph opens with a quote mark (the newspaper convention for multi-paragraph quotes);
 * otherwise it ends with its paragraph, so an unbalanced mark never swallows the article.
 */
export function findQuotes(tokens: Tokens): QuoteMap {
  const { words, starts, ends, text, newlineBefore } = tokens;
  const count = words.length;
  const quoteOf = new Int32Array(count).fill(-1);
  const quotes: Quote[] = [];
  let open = -1;
  let single = false;
  let wordCount = 0;
  const finish = (close: number): void => {
    if (close > open) {
      const startChar = starts[open] ?? 0;
      quotes.push({ open, close, start: startChar, end: ends[close] ?? startChar, words: wordCount });
      quoteOf.fill(quotes.length - 1, open, close + 1);
    }
    open = -1;
    wordCount = 0;
  };
  for (let i = 0; i < count; i++) {
    const word = words[i] ?? "";
    const opening = isOpening(word, text, starts[i] ?? 0, single);
    if (open >= 0 && newlineBefore[i]) {
      if (!single && opening === "double") continue;
      finish(i - 1);
    }
    if (open < 0) {
      if (opening !== null) {
        open = i;
        single = opening === "single";
      }
      continue;
    }
    if (isClosing(word, single)) {
      finish(i);
    } else if (!single && opening === "double" && DOUBLE_OPEN.has(word)) {
      finish(i - 1);
      open = i;
      single = false;
    } else if (WORD.test(word)) {
      wordCount++;
    }
  }
  if (open >= 0) finish(count - 1);
  return { quotes, quoteOf };
}

function isOpening(word: string, text: string, start: number, _single: boolean): "double" | "single" | null {
  if (DOUBLE_OPEN.has(word)) return "double";
  const before = start > 0 ? text[start - 1] : " ";
  const openingContext = before === undefined || /[\s([—–-]/.test(before);
  if (word === '"' || word === "''") return openingContext ? "double" : null;
  if (word === "‘" || word === "‹") return "single";
  if (word === "'") return openingContext ? "single" : null;
  return null;
}

function isClosing(word: string, single: boolean): boolean {
  if (single) return word === "’" || word === "'" || word === "›";
  return DOUBLE_CLOSE.has(word) || word === '"' || word === "''";
}
