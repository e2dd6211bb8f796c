import type { Briefing, BriefingClaim, BriefingSpeaker } from "../../briefing/briefing.js";
import {
  claimContent,
  claimQualifiers,
  countsLine,
  emptyLine,
  eventMeta,
} from "../../text/briefing-phrases.js";
import { moreLine } from "../../text/more-line.js";
import { escapeMarkdown, markdownUrl } from "./render-escape.js";

/** CommonMark for a file or a web page. Every piece of article text is escaped; stances are bold words. */
export function renderMarkdown(briefing: Briefing): string {
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(briefing.topic.title)}`, "", `*${escapeMarkdown(briefing.period.label)}*`, "");
  if (briefing.counts.articles === 0) {
    out.push(escapeMarkdown(emptyLine(briefing)));
    return `${out.join("\n")}\n`;
  }
  out.push(escapeMarkdown(countsLine(briefing)), "", "## What's new", "");
  for (const event of briefing.events.items) {
    const meta = escapeMarkdown(eventMeta(event));
    out.push(`- ${escapeMarkdown(event.summary)} (${link(meta, event.url)})`);
  }
  if (briefing.events.more > 0) out.push(`- *${moreLine(briefing.events.more, "development")}*`);

  if (briefing.disputes.items.length > 0) {
    out.push("", "## Disputed", "");
    for (const dispute of briefing.disputes.items) {
      out.push(`- **${escapeMarkdown(dispute.question)}**`);
      for (const { speaker, claim } of dispute.entries) {
        out.push(`  - ${claimText(claim, escapeMarkdown(speaker.line))}`);
      }
      if (dispute.more > 0) out.push(`  - *${moreLine(dispute.more, "claim")}*`);
    }
    if (briefing.disputes.more > 0) out.push(`- *${moreLine(briefing.disputes.more, "disputed point")}*`);
  }

  if (briefing.groups.items.length > 0) {
    out.push("", "## Who claims what");
    for (const group of briefing.groups.items) {
      out.push("", `### ${escapeMarkdown(group.title)}`, "");
      // Speakers whose shown claims are all under "Disputed" are named there in full: one line here.
      const shownAbove = group.speakers.items.filter(onlyInDispute);
      for (const speaker of group.speakers.items)
        if (!onlyInDispute(speaker)) out.push(...speakerLines(speaker));
      if (shownAbove.length > 0) out.push(`- Under *Disputed*: ${shownAbove.map(seeDisputed).join("; ")}`);
      if (group.speakers.more > 0) out.push(`- *${moreLine(group.speakers.more, "speaker")}*`);
    }
    if (briefing.groups.more > 0) out.push("", `*${moreLine(briefing.groups.more, "group")}*`);
  }

  const sources = briefing.sources.items.map(
    (source) => `${escapeMarkdown(source.outlet)} (${source.articles})`,
  );
  if (briefing.sources.more > 0) sources.push(moreLine(briefing.sources.more, "outlet"));
  out.push("", "---", "", `Sources: ${sources.join(" · ")}`);
  return `${out.join("\n")}\n`;
}

function onlyInDispute(speaker: BriefingSpeaker): boolean {
  return speaker.claims.items.length > 0 && speaker.claims.items.every((claim) => claim.inDispute);
}

/** "**Dmitry Peskov** denies ([Outlet](url)) *(+5 more)*": the role is on the speaker's entry under Disputed. */
function seeDisputed(speaker: BriefingSpeaker): string {
  const more = speaker.claims.more > 0 ? ` *(+${speaker.claims.more} more)*` : "";
  const stances = speaker.claims.items.map(
    (claim) => `${claim.stance} (${link(escapeMarkdown(claim.outlet), claim.url)})`,
  );
  return `**${escapeMarkdown(speaker.name)}** ${stances.join(", ")}${more}`;
}

/** One bullet for a speaker with one claim shown; otherwise the speaker, then a bullet per claim. */
function speakerLines(speaker: BriefingSpeaker): string[] {
  const more = speaker.claims.more > 0 ? ` *(${moreLine(speaker.claims.more, "claim")})*` : "";
  const [first, ...rest] = speaker.claims.items;
  if (first !== undefined && rest.length === 0)
    return [`- **${escapeMarkdown(speaker.line)}** — ${claimText(first, null)}${more}`];
  const lines = [`- **${escapeMarkdown(speaker.line)}**${more}`];
  for (const claim of speaker.claims.items) lines.push(`  - ${claimText(claim, null)}`);
  return lines;
}

/** "**denies** (quote) — Dmitry Peskov: “…” ([Outlet](url))". */
function claimText(claim: BriefingClaim, who: string | null): string {
  const speaker = who === null ? "" : ` ${who}:`;
  const source = link(escapeMarkdown(claim.outlet), claim.url);
  // escapeMarkdown trims, so the space before "(quote)" is added here.
  const qualifiers = claimQualifiers(claim).trim();
  return `**${claim.stance}**${qualifiers === "" ? "" : ` ${escapeMarkdown(qualifiers)}`}${speaker} ${escapeMarkdown(claimContent(claim))} (${source})`;
}

function link(label: string, url: string | null): string {
  const safe = url === null ? null : markdownUrl(url);
  return safe === null ? label : `[${label}](${safe})`;
}
