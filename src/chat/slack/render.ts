import type { Briefing, BriefingClaim, BriefingGroup, BriefingSpeaker } from "../../briefing/briefing.js";
import {
  claimContent,
  claimQualifiers,
  countsLine,
  emptyLine,
  eventMeta,
} from "../../text/briefing-phrases.js";
import { moreLine } from "../../text/more-line.js";
import { shorten } from "../../text/shorten.js";
import { escapeSlack, fitSlack, slackLink } from "./render-escape.js";
import { chunkLines, packBlocks } from "./render-pack.js";
import { type SlackBlock, type SlackMessage, slackLimits } from "./render-types.js";

/**
 * Render a briefing as chat.postMessage arguments: a header, the counts in a context block,
 * sections for what's new, disputed points and each side, and the sources in a closing context.
 * Article text is escaped everywhere (no pings, no injected links or formatting); long briefings
 * continue in further messages, split between blocks.
 */
export function renderSlackMessages(briefing: Briefing): SlackMessage[] {
  const blocks: SlackBlock[] = [
    { type: "header", text: { type: "plain_text", text: headerText(briefing), emoji: false } },
    context(`${escapeSlack(briefing.period.label)} · ${fitSlack(countsOrEmpty(briefing), 1000)}`),
  ];
  if (briefing.counts.articles > 0) {
    blocks.push({ type: "divider" }, ...whatsNew(briefing));
    if (briefing.disputes.items.length > 0) blocks.push({ type: "divider" }, ...disputed(briefing));
    for (const group of briefing.groups.items) blocks.push({ type: "divider" }, ...groupBlocks(group));
    if (briefing.groups.more > 0) blocks.push(context(moreLine(briefing.groups.more, "group")));
  }
  blocks.push({ type: "divider" }, context(sourcesLine(briefing)));
  const fallback = fitSlack(
    `${briefing.topic.title} · ${briefing.period.label}: ${countsOrEmpty(briefing)}`,
    300,
  );
  return packBlocks(blocks, fallback);
}

function headerText(briefing: Briefing): string {
  // plain_text is shown literally, so only whitespace needs folding.
  return shorten(briefing.topic.title.replace(/\s+/gu, " ").trim(), slackLimits.headerText);
}

function countsOrEmpty(briefing: Briefing): string {
  return briefing.counts.articles === 0 ? emptyLine(briefing) : countsLine(briefing);
}

function whatsNew(briefing: Briefing): SlackBlock[] {
  const lines = ["*What's new*"];
  for (const event of briefing.events.items) {
    lines.push(
      `• ${fitSlack(event.summary, 400)} — ${fitSlack(eventMeta(event), 400)} · ${slackLink("open", event.url)}`,
    );
  }
  if (briefing.events.more > 0) lines.push(`_${moreLine(briefing.events.more, "development")}_`);
  return sections(lines);
}

function disputed(briefing: Briefing): SlackBlock[] {
  const lines = ["*Disputed*"];
  for (const dispute of briefing.disputes.items) {
    lines.push(`*${fitSlack(dispute.question, 300)}*`);
    for (const { speaker, claim } of dispute.entries) {
      lines.push(`    ${claimText(claim, fitSlack(speaker.line, 200))}`);
    }
    if (dispute.more > 0) lines.push(`    _${moreLine(dispute.more, "claim")}_`);
  }
  if (briefing.disputes.more > 0) lines.push(`_${moreLine(briefing.disputes.more, "disputed point")}_`);
  return sections(lines);
}

function groupBlocks(group: BriefingGroup): SlackBlock[] {
  const lines = [`*${fitSlack(group.title, 200)}*`];
  for (const speaker of group.speakers.items) lines.push(...speakerLines(speaker));
  if (group.speakers.more > 0) lines.push(`_${moreLine(group.speakers.more, "speaker")}_`);
  return sections(lines);
}

/** One line for a speaker with one claim shown; a claim already under "Disputed" points there. */
function speakerLines(speaker: BriefingSpeaker): string[] {
  const more = speaker.claims.more > 0 ? ` _(${moreLine(speaker.claims.more, "claim")})_` : "";
  const texts = speaker.claims.items.map((claim) =>
    claim.inDispute
      ? `*${claim.stance}* — see Disputed · ${slackLink(claim.outlet, claim.url)}`
      : claimText(claim, null),
  );
  const name = `• *${fitSlack(speaker.line, 300)}*`;
  const [only] = texts;
  if (only !== undefined && texts.length === 1) return [`${name} — ${only}${more}`];
  return [`${name}${more}`, ...texts.map((text) => `    ${text}`)];
}

/** "*denies* (quote) — Who: “…” · <url|Outlet>"; the stance is a bold word, never only a colour. */
function claimText(claim: BriefingClaim, who: string | null): string {
  const speaker = who === null ? "" : `${who}: `;
  const qualifiers = claimQualifiers(claim).trim();
  const head = `*${claim.stance}*${qualifiers === "" ? "" : ` ${escapeSlack(qualifiers)}`}`;
  return `${head} — ${speaker}${fitSlack(claimContent(claim), 500)} · ${slackLink(claim.outlet, claim.url)}`;
}

function sourcesLine(briefing: Briefing): string {
  const names = briefing.sources.items.map(
    (source) => `${fitSlack(source.outlet, 100)} (${source.articles})`,
  );
  if (briefing.sources.more > 0) names.push(moreLine(briefing.sources.more, "outlet"));
  const text = names.length === 0 ? "No sources" : `Sources: ${names.join(" · ")}`;
  return `${shorten(text, 2800)}  ·  /latest · /briefing · /topic`;
}

function sections(lines: string[]): SlackBlock[] {
  return chunkLines(lines).map((text) => ({
    type: "section",
    text: { type: "mrkdwn", text, verbatim: true },
  }));
}

function context(text: string): SlackBlock {
  return { type: "context", elements: [{ type: "mrkdwn", text, verbatim: true }] };
}
