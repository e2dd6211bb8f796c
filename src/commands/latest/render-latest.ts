import { describeSpeaker, sideTitle, speakerDetail } from "../../briefing/describe-speaker.js";
import { plural } from "../../text/plural.js";
import { shorten } from "../../text/shorten.js";
import type { Inline, Reply, ReplyLine } from "../reply.js";
import { formatDateTime, formatShortDate } from "../shared/format-time.js";
import { infoReply } from "../shared/replies.js";
import type { LatestClaim, LatestClaims } from "./find-latest-claims.js";

/** Whom `/latest` was asked about, for the wording. */
export type LatestScope =
  | { kind: "speaker"; name: string }
  | { kind: "side"; title: string }
  | { kind: "any" };

/** What to render. */
export interface LatestView {
  found: LatestClaims;
  topicTitle: string;
  /** Zone the times are written in (the channel's subscription's, else UTC). */
  timezone: string;
  scope: LatestScope;
  /** Only the asker sees it (unless `public`). */
  ephemeral: boolean;
}

/** Earlier claims named on the "Earlier:" line; the rest are counted. */
const earlierShown = 2;
const earlierLength = 90;

/**
 * The answer to `/latest`, as in BRIEFING-EXAMPLE.md: who (name · role · side) as the title, then
 * the stance and the claim (a quote in quotation marks and said to be one), when and where with
 * the link, and one line of earlier claims. Nothing found says so.
 */
export function renderLatest(view: LatestView): Reply {
  const [newest, ...earlier] = view.found.claims;
  if (newest === undefined) return nothingFound(view);
  const lines: ReplyLine[] = [claimLine(newest), sourceLine(newest, view.timezone)];
  if (earlier.length > 0) lines.push(earlierLine(earlier, view));
  lines.push([scopeLine(view)]);
  return { ephemeral: view.ephemeral, title: speakerTitle(newest), sections: [{ lines }], tone: "info" };
}

/** "Dmitry Peskov · Kremlin spokesman · Russia". */
function speakerTitle(item: LatestClaim): string {
  const ref = describeSpeaker(item.claim.claim.speaker);
  const side = ref.side === null ? "" : sideTitle(ref.side);
  return [shorten(ref.name, 80), shorten(speakerDetail(ref), 100), side]
    .filter((part) => part !== "")
    .join(" · ");
}

/** "denies — “…” (quote)" or "denies — no such plan … (reported speech)". */
function claimLine(item: LatestClaim): ReplyLine {
  const { direct } = item.claim.claim;
  return [
    { text: item.claim.stance, bold: true },
    " — ",
    direct ? `“${item.content}”` : item.content,
    direct ? " (quote)" : " (reported speech)",
  ];
}

/** "Thu 20 Nov 2025, 14:05 UTC · Instant World News (link) · also in 2 more outlets". */
function sourceLine(item: LatestClaim, timezone: string): ReplyLine {
  const outlet: Inline =
    item.article.url === null ? item.article.outlet : { text: item.article.outlet, url: item.article.url };
  const line: ReplyLine = [formatDateTime(item.claim.publishedAt, timezone), " · ", outlet];
  const others = item.outlets.size - 1;
  if (others > 0) line.push(` · also in ${plural(others, "more outlet")}`);
  return line;
}

/** "Earlier: 19 Nov — asserts: contacts with Washington continue · 18 Nov — … (+3 more)". */
function earlierLine(earlier: LatestClaim[], view: LatestView): ReplyLine {
  const line: ReplyLine = ["Earlier: "];
  earlier.slice(0, earlierShown).forEach((item, index) => {
    if (index > 0) line.push(" · ");
    const day = formatShortDate(item.claim.publishedAt, view.timezone);
    line.push(item.article.url === null ? day : { text: day, url: item.article.url });
    // Claims of a side or topic come from several speakers: each says whose it is.
    const who =
      view.scope.kind === "speaker" ? "" : `${shorten(describeSpeaker(item.claim.claim.speaker).name, 40)} `;
    const content = shorten(item.content, earlierLength);
    line.push(` — ${who}${item.claim.stance}: ${item.claim.claim.direct ? `“${content}”` : content}`);
  });
  const more = earlier.length - earlierShown;
  if (more > 0) line.push(view.found.complete ? ` (+${more} more)` : ` (+${more} or more)`);
  return line;
}

/** "On Peace plan for Ukraine · newest from Russia". */
function scopeLine(view: LatestView): string {
  const from = view.scope.kind === "side" ? ` · newest from ${view.scope.title}` : "";
  return `On ${view.topicTitle}${from}`;
}

function nothingFound(view: LatestView): Reply {
  const on = `on ${view.topicTitle}`;
  const among = view.found.complete ? "yet" : `among the latest ${view.found.scanned}`;
  const title =
    view.scope.kind === "speaker"
      ? `No claims by ${view.scope.name} ${on} ${among}.`
      : view.scope.kind === "side"
        ? `No claims from ${view.scope.title} ${on} ${among}.`
        : `No claims ${on} ${among}.`;
  return infoReply(title, [
    { lines: [["Claims appear as articles on the topic come in; /topic test shows what it matches."]] },
  ]);
}
