import { cutAtClause } from "./condense-content.js";
import { foldWhitespace, shorten } from "./shorten.js";

/** Longest event summary. */
export const maxSummaryLength = 160;

export interface CondensedLead {
  /** The lead condensed to one clause. */
  summary: string;
  /** Who the lead attributed the news to ("Axios"), when it ended in "…, X has reported". */
  reportedBy: string | null;
}

// "KYIV, Ukraine (AP) — ", "MOSCOW, Nov 20 (Reuters) - ", "LONDON — "
const datelines = [
  /^[A-Z][\p{L} .,'’]{0,60}\((?:AP|AFP|Reuters|Bloomberg|dpa|UNIAN|Interfax|TASS|[A-Z]{2,8})\)\s*[—–-]+\s*/u,
  /^[\p{Lu}][\p{Lu} .,'’]{2,40}\s[—–-]+\s+/u,
];
const abbreviations = new Set([
  "u.s",
  "u.k",
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "gen",
  "lt",
  "col",
  "sen",
  "rep",
  "jan",
  "feb",
  "aug",
  "sept",
  "oct",
  "nov",
  "dec",
  "no",
  "vs",
]);
const reportedTail =
  /,\s+((?:the\s+)?[^,]{2,80}?)\s+(?:has|have|had)?\s*(?:reported|said|says|announced|reports|claimed|revealed)\s*$/iu;
const accordingTail = /,?\s+according to ([^,]{2,80})$/iu;
const accordingHead = /^according to ([^,]{2,80}),\s*/iu;

/**
 * Condense an article into a one-line event summary: the lead sentence with any dateline and
 * trailing attribution ("…, Axios has reported") removed, cut to a clause. Falls back to the
 * headline when the text has no usable lead (feeds that carry only a teaser or nothing).
 */
export function condenseLead(title: string, text: string, max = maxSummaryLength): CondensedLead {
  let lead = firstSentence(stripDateline(foldWhitespace(text)))
    .replace(/[.!]+["”’]?$/u, "")
    .trim();
  let reportedBy: string | null = null;
  for (const pattern of [reportedTail, accordingTail, accordingHead]) {
    const match = pattern.exec(lead);
    if (match?.[1] !== undefined) {
      reportedBy = nameOf(match[1]);
      lead = lead.replace(pattern, "");
      break;
    }
  }
  lead = lead.trim();
  if (lead.length < 25) {
    return { summary: shorten(headlineOf(title), max), reportedBy: null };
  }
  const summary = lead.length > max ? cutAtClause(lead, max) : lead;
  return { summary: capitalise(summary), reportedBy };
}

function stripDateline(text: string): string {
  for (const pattern of datelines) {
    const stripped = text.replace(pattern, "");
    if (stripped !== text) return stripped;
  }
  return text;
}

function firstSentence(text: string): string {
  const boundary = /[.!?]["”’]?\s+(?=["“‘(]?[\p{Lu}\d])/gu;
  for (const match of text.matchAll(boundary)) {
    const before = text.slice(0, match.index);
    const word = /(\S+)$/u.exec(before)?.[1]?.toLowerCase() ?? "";
    // "U.S. officials", "Mr. Peskov", "J. D. Vance": not a sentence end.
    if (abbreviations.has(word.replace(/\.$/u, "")) || /^\p{L}$/u.test(word)) continue;
    return text.slice(0, match.index + 1);
  }
  return text;
}

/** "the US media outlet Axios" → "Axios"; "Ukraine's Interior Ministry" → "Interior Ministry". */
function nameOf(phrase: string): string {
  const trailingCaps = /((?:[\p{Lu}][\p{L}'’.&-]*\s?)+)$/u.exec(phrase.trim())?.[1]?.trim();
  return trailingCaps !== undefined && trailingCaps.length > 1
    ? trailingCaps
    : phrase.replace(/^the\s+/iu, "").trim();
}

/** Headlines often end in " | Outlet" or " - Outlet". */
function headlineOf(title: string): string {
  return foldWhitespace(title).replace(/\s+[|–—-]\s+[^|–—-]{2,40}$/u, "");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
