import type {
  Briefing,
  BriefingClaim,
  BriefingDispute,
  BriefingGroup,
  BriefingSpeaker,
} from "../../briefing/briefing.js";
import {
  claimContent,
  claimQualifiers,
  countsLine,
  emptyLine,
  eventMeta,
} from "../../text/briefing-phrases.js";
import { moreLine } from "../../text/more-line.js";
import { shorten } from "../../text/shorten.js";
import { discordLink, escapeDiscord, fitDiscord } from "./render-escape.js";
import { joinLines } from "./render-lines.js";
import { packEmbeds } from "./render-pack.js";
import {
  type DiscordEmbed,
  type DiscordEmbedField,
  type DiscordMessage,
  discordLimits,
} from "./render-types.js";

const colours = { overview: 0x3b82f6, disputed: 0xf59e0b, group: 0x64748b } as const;

/**
 * Render a briefing as Discord message payloads: an overview embed (counts and what's new), an
 * embed per disputed point, one embed per side with a field per speaker, sources in the last footer.
 * Every message carries `allowed_mentions: { parse: [] }`; long briefings continue in further
 * messages, split between fields, and no payload exceeds a Discord limit whatever the input.
 */
export function renderDiscordMessages(briefing: Briefing): DiscordMessage[] {
  const embeds: DiscordEmbed[] = [overview(briefing)];
  if (briefing.counts.articles > 0) {
    embeds.push(...disputed(briefing));
    embeds.push(...briefing.groups.items.map(groupEmbed));
    if (briefing.groups.more > 0) {
      embeds.push({ color: colours.group, description: moreLine(briefing.groups.more, "group") });
    }
  }
  const last = embeds[embeds.length - 1];
  if (last !== undefined) last.footer = { text: sourcesFooter(briefing) };
  const messages = packEmbeds(embeds);
  const first = messages[0];
  if (first !== undefined) {
    const title = `**${fitDiscord(briefing.topic.title, 300)}** · ${briefing.period.label}`;
    first.content = shorten(title, discordLimits.content);
  }
  return messages;
}

function overview(briefing: Briefing): DiscordEmbed {
  const title = fitDiscord(`${briefing.topic.title} · ${briefing.period.label}`, discordLimits.title);
  if (briefing.counts.articles === 0) {
    return { title, color: colours.overview, description: fitDiscord(emptyLine(briefing), 1000) };
  }
  const fields: DiscordEmbedField[] = briefing.events.items.map((event) => ({
    name: fitDiscord(event.summary, discordLimits.fieldName),
    value: `${fitDiscord(eventMeta(event), 500)} · ${discordLink("open", event.url)}`,
  }));
  if (briefing.events.more > 0)
    fields.push({ name: "More", value: moreLine(briefing.events.more, "development") });
  return {
    title,
    color: colours.overview,
    description: `${fitDiscord(countsLine(briefing), 1000)}\n\n**What's new**`,
    fields,
  };
}

/** One embed per disputed point: the question as title, one line per claim. */
function disputed(briefing: Briefing): DiscordEmbed[] {
  const embeds = briefing.disputes.items.map((dispute: BriefingDispute): DiscordEmbed => {
    const lines = dispute.entries.map(({ speaker, claim }) =>
      claimText(claim, 300, fitDiscord(speaker.line, 120)),
    );
    return {
      // The question alone would lose the section's meaning: each dispute is its own embed.
      title: fitDiscord(`Disputed: ${dispute.question}`, discordLimits.title),
      color: colours.disputed,
      description: joinLines(lines, 3000, "claim", dispute.more),
    };
  });
  const last = embeds[embeds.length - 1];
  if (briefing.disputes.more > 0 && last?.description !== undefined) {
    last.description += `\n${moreLine(briefing.disputes.more, "disputed point")}`;
  }
  return embeds;
}

function groupEmbed(group: BriefingGroup): DiscordEmbed {
  const fields = group.speakers.items.map(speakerField);
  if (group.speakers.more > 0) fields.push({ name: "More", value: moreLine(group.speakers.more, "speaker") });
  return { title: fitDiscord(group.title, discordLimits.title), color: colours.group, fields };
}

function speakerField(speaker: BriefingSpeaker): DiscordEmbedField {
  // A claim shown under "Disputed" is not repeated in full: its line points there.
  const lines = speaker.claims.items.map((claim) =>
    claim.inDispute
      ? `**${claim.stance}** — see Disputed · ${discordLink(claim.outlet, claim.url)}`
      : claimText(claim, 360, null),
  );
  return {
    name: fitDiscord(speaker.line, discordLimits.fieldName),
    value: joinLines(lines, discordLimits.fieldValue, "claim", speaker.claims.more),
  };
}

/** "**denies** (quote) — Who: “…” · [Outlet](url)"; the stance is a bold word, never only a colour. */
function claimText(claim: BriefingClaim, contentLimit: number, who: string | null): string {
  const speaker = who === null ? "" : `${who}: `;
  const content = fitDiscord(claimContent(claim), contentLimit);
  const qualifiers = claimQualifiers(claim).trim();
  const head = `**${claim.stance}**${qualifiers === "" ? "" : ` ${escapeDiscord(qualifiers)}`}`;
  return `${head} — ${speaker}${content} · ${discordLink(claim.outlet, claim.url)}`;
}

/** Footers show no markdown and cannot mention anyone, so outlet names go in unescaped. */
function sourcesFooter(briefing: Briefing): string {
  const names = briefing.sources.items.map(
    (source) => `${source.outlet.replace(/\s+/gu, " ").trim()} (${source.articles})`,
  );
  if (briefing.sources.more > 0) names.push(moreLine(briefing.sources.more, "outlet"));
  const text = names.length === 0 ? "No sources" : `Sources: ${names.join(" · ")}`;
  return shorten(`${text}  ·  /latest · /briefing · /topic`, discordLimits.footer);
}
