import type { SpeakerKind, Stance } from "../claims/claim.js";

/**
 * The platform-neutral briefing: everything a renderer needs, already ranked, bounded and condensed.
 * Renderers only format and escape it; they never re-rank, re-count or read the store.
 * Article-derived strings are raw text here (never pre-escaped): each renderer escapes for its platform.
 */
export interface Briefing {
  /** What the briefing is about. */
  topic: BriefingTopic;
  /** The time window it covers and how to say it. */
  period: BriefingPeriod;
  /** Headline numbers for the whole window, before any section was bounded. */
  counts: BriefingCounts;
  /** What's new: one entry per story event, most significant first. */
  events: Bounded<BriefingEvent>;
  /** Points where one speaker asserts what another denies. */
  disputes: Bounded<BriefingDispute>;
  /** Who claims what: groups by side (then "Other", then "Unattributed / media"), each with its speakers. */
  groups: Bounded<BriefingGroup>;
  /** Outlets that carried the window's articles, most articles first. */
  sources: Bounded<BriefingSource>;
}

/** A bounded list: the items shown and how many were left out ("+N more"). */
export interface Bounded<T> {
  /** The items to show, in display order. */
  items: T[];
  /** How many further items exist beyond `items`. */
  more: number;
}

export interface BriefingTopic {
  /** The topic's stored name ("peace-plan"), what commands take. */
  name: string;
  /** Human title for headings ("Peace plan for Ukraine"). */
  title: string;
}

export interface BriefingPeriod {
  /** Inclusive start, ISO 8601 UTC. */
  since: string;
  /** Exclusive end, ISO 8601 UTC; the moment the briefing is "for". */
  until: string;
  /** IANA time zone the labels are written in ("Europe/Kyiv"). */
  timezone: string;
  /** "briefing for Fri 21 Nov 2025, 08:00 Europe/Kyiv". */
  label: string;
  /** Start relative to the end: "since yesterday 08:00", "since 06:00", "since Mon 17 Nov 08:00". */
  sinceLabel: string;
}

export interface BriefingCounts {
  /** Articles about the topic in the window. */
  articles: number;
  /** Distinct outlets among them. */
  outlets: number;
  /** Story events (near-duplicate clusters) among them. */
  events: number;
}

/** One development: a story event, however many outlets carried it. */
export interface BriefingEvent {
  /** One-line summary condensed from the lead sentence (or the headline when there is no usable lead). */
  summary: string;
  /** Who the lead attributes the news to ("Axios"), when the lead ended in such an attribution. */
  reportedBy: string | null;
  /** Outlet of the earliest article of the event. */
  firstOutlet: string;
  /** Distinct outlets that carried the event. */
  outletCount: number;
  /** Articles in the event. */
  articleCount: number;
  /** Link to the earliest article that has one. */
  url: string | null;
  /** Publication time of the earliest article, ISO UTC. */
  publishedAt: string;
}

/** A disputed point: the claims on each side of one question. */
export interface BriefingDispute {
  /** The question in dispute ("Does a drafted plan exist?"). */
  question: string;
  /** Claims in display order: assertions, then denials, then confirmations. */
  entries: BriefingDisputeEntry[];
  /** Claims on this question beyond `entries`. */
  more: number;
}

export interface BriefingDisputeEntry {
  /** Who made the claim. */
  speaker: BriefingSpeakerRef;
  /** The claim itself. */
  claim: BriefingClaim;
}

/** A speaker as shown on one line: enough to know who and for whom. */
export interface BriefingSpeakerRef {
  /** Display name; "unidentified speaker" when the extractor could not resolve one, "unattributed" when none. */
  name: string;
  /** Role or title ("spokesman"), null when unknown. */
  role: string | null;
  /** Organisation ("Kremlin"), null when unknown. */
  org: string | null;
  /** Side from the gazetteer ("Russia"), null when the gazetteer gave none. */
  side: string | null;
  /** Speaker kind from the extractor; "unresolved" also covers claims with no speaker at all. */
  kind: SpeakerKind;
  /** Ready-made description for one line: "Dmitry Peskov, Kremlin spokesman", "Axios (US media)". */
  line: string;
}

/** One claim, condensed for reading; merged across the outlets that carried it. */
export interface BriefingClaim {
  /** Asserts, denies or confirms. */
  stance: Stance;
  /** True when `content` is a verbatim quotation (render it in quotation marks). */
  direct: boolean;
  /** The claim: a quote verbatim (possibly shortened with "…"), or reported speech condensed to a clause. */
  content: string;
  /** Outlet of the article the shown wording comes from. */
  outlet: string;
  /** Link to that article, null when the item had no link. */
  url: string | null;
  /** Publication time of that article, ISO UTC. */
  publishedAt: string;
  /** Distinct outlets that carried this claim (same speaker, stance and gist). */
  outletCount: number;
  /** True when the claim is shown under "Disputed": a renderer may then refer to it there. */
  inDispute: boolean;
}

/** A section of "who claims what": one side, or "Other", or "Unattributed / media". */
export interface BriefingGroup {
  /** What the group collects: a gazetteer side, speakers with no side, or media/unnamed sources. */
  kind: "side" | "other" | "unattributed";
  /** Gazetteer side for kind "side" ("US"), null otherwise. */
  side: string | null;
  /** Heading: "United States", "Russia", "Other", "Unattributed / media". */
  title: string;
  /** Speakers, most significant first. */
  speakers: Bounded<BriefingSpeaker>;
}

/** A canonical speaker (merged across articles) with their claims in the window. */
export interface BriefingSpeaker extends BriefingSpeakerRef {
  /** Canonical key shared across articles ("dmitry peskov"), null for unattributed claims. */
  key: string | null;
  /** Claims, most significant first. */
  claims: Bounded<BriefingClaim>;
}

export interface BriefingSource {
  /** Outlet name. */
  outlet: string;
  /** Articles from it in the window. */
  articles: number;
}
