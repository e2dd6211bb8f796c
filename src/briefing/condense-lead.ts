import { foldWhitespace } from "../text/fold-whitespace.js";
import { shorten } from "../text/shorten.js";
import { cutAtClause } from "./condense-content.js";
import { dropWeekdays } from "./drop-weekdays.js";
import { findReporter } from "./find-reporter.js";
import { leadSentences } from "./lead-sentences.js";

/** Longest event summary. */
export const maxSummaryLength = 150;

export interface CondensedLead {
  /** The lead condensed to one clause. */
  summary: string;
  /** Who the lead credits with the news ("Axios"), when it says "first reported by X" or "X has reported". */
  reportedBy: string | null;
}

const accordingHead = /^according to [^,]{2,80},\s*/iu;

/**
 * Condense an article into a one-line event summary: the lead sentence without dateline, picture
 * caption, weekday ("on Thursday") and scoop credit ("…, Axios has reported", returned as
 * `reportedBy`), cut at a clause boundary when still too long. Who said what stays in the text: a
 * statement is never turned into a fact. Falls back to the headline when the text has no usable lead.
 */
export function condenseLead(title: string, text: string, max = maxSummaryLength): CondensedLead {
  let lead = (leadSentences(text, 1)[0] ?? "").replace(/[.!…]+["”’]?$/u, "").trim();
  const reporter = findReporter(lead);
  if (reporter !== null) lead = reporter.rest;
  lead = dropWeekdays(lead.replace(accordingHead, "")).trim();
  if (lead.length < 25) return { summary: shorten(headlineOf(title), max), reportedBy: null };
  const summary = lead.length > max ? cutAtClause(lead, max) : lead;
  return { summary: capitalise(summary), reportedBy: reporter?.name ?? null };
}

/** Headlines often end in " | Outlet" or " - Outlet". */
function headlineOf(title: string): string {
  return foldWhitespace(title).replace(/\s+[|–—-]\s+[^|–—-]{2,40}$/u, "");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
