import { findQuotes, type Quote } from "./find-quotes.js";
import { type Sentence, segmentSentences } from "./segment-sentences.js";
import { type Tokens, tokenize } from "./tokenize.js";

/** Everything the rules read about one article: tokens, sentences and quotations. */
export interface Analysis {
  /** The article text all offsets index into. */
  text: string;
  /** Tokens as parallel arrays. */
  tokens: Tokens;
  /** Sentences as token ranges. */
  sentences: Sentence[];
  /** Quotations as token ranges and character spans. */
  quotes: Quote[];
  /** Quote index per token (marks included), or -1. */
  quoteOf: Int32Array;
}

export function analyzeText(text: string): Analysis {
  const tokens = tokenize(text);
  const sentences = segmentSentences(tokens);
  const { quotes, quoteOf } = findQuotes(tokens);
  return { text, tokens, sentences, quotes, quoteOf };
}

/** A token range [first, last). */
export interface Range {
  /** Index of the first token. */
  first: number;
  /** Index one past the last token. */
  last: number;
}

/** The character span a token range covers. */
export function rangeSpan(analysis: Analysis, range: Range): { text: string; start: number; end: number } {
  const start = analysis.tokens.starts[range.first] ?? 0;
  const end = analysis.tokens.ends[range.last - 1] ?? start;
  return { text: analysis.text.slice(start, end), start, end };
}

/** True when token i is the opening mark of a quotation. */
export function opensQuote(analysis: Analysis, i: number): boolean {
  const quote = analysis.quoteOf[i] ?? -1;
  return quote >= 0 && analysis.quotes[quote]?.open === i;
}

/** True when token i is the closing mark of a quotation. */
export function closesQuote(analysis: Analysis, i: number): boolean {
  const quote = analysis.quoteOf[i] ?? -1;
  return quote >= 0 && analysis.quotes[quote]?.close === i;
}
