import { claimContent, claimQualifiers, countsLine, emptyLine, eventMeta } from "../text/briefing-phrases.js";
import { foldWhitespace } from "../text/fold-whitespace.js";
import { moreLine } from "../text/more-line.js";
import type { Briefing, BriefingClaim, BriefingSpeaker } from "./briefing.js";
import { wrapText } from "./wrap-text.js";

const width = 100;

/**
 * Plain text for the console and logs. Links become numbered references ("[2]") listed at the
 * end, so every claim points at its source without drowning the lines in URLs.
 */
export function renderText(briefing: Briefing): string {
  const links = new LinkNumbers();
  const out: string[] = [];
  const push = (line: string, indent = "  ") => out.push(wrapText(line, width, indent));
  out.push(`${clean(briefing.topic.title)} · ${briefing.period.label}`);
  if (briefing.counts.articles === 0) {
    out.push(emptyLine(briefing));
    return `${out.join("\n")}\n`;
  }
  out.push(countsLine(briefing), "", "WHAT'S NEW");
  for (const event of briefing.events.items) {
    push(`• ${clean(event.summary)} (${clean(eventMeta(event))})${links.ref(event.url)}`);
  }
  if (briefing.events.more > 0) out.push(`  ${moreLine(briefing.events.more, "development")}`);

  if (briefing.disputes.items.length > 0) {
    out.push("", "DISPUTED");
    for (const dispute of briefing.disputes.items) {
      push(`• ${clean(dispute.question)}`);
      for (const { speaker, claim } of dispute.entries) {
        const stance = claim.stance.padEnd(8);
        push(
          `    ${stance} ${clean(speaker.line)}: ${clean(claimContent(claim))}${links.ref(claim.url)}`,
          "             ",
        );
      }
      if (dispute.more > 0) out.push(`    ${moreLine(dispute.more, "claim")}`);
    }
    if (briefing.disputes.more > 0) out.push(`  ${moreLine(briefing.disputes.more, "disputed point")}`);
  }

  if (briefing.groups.items.length > 0) {
    out.push("", "WHO CLAIMS WHAT");
    for (const group of briefing.groups.items) {
      out.push(clean(group.title));
      for (const speaker of group.speakers.items) out.push(...speakerLines(speaker, links));
      if (group.speakers.more > 0) out.push(`  ${moreLine(group.speakers.more, "speaker")}`);
    }
    if (briefing.groups.more > 0) out.push(moreLine(briefing.groups.more, "group"));
  }

  const sources = briefing.sources.items.map((source) => `${clean(source.outlet)} (${source.articles})`);
  if (briefing.sources.more > 0) sources.push(moreLine(briefing.sources.more, "outlet"));
  out.push("");
  push(`Sources: ${sources.join(" · ")}`);
  for (const [index, url] of links.all().entries()) out.push(`[${index + 1}] ${url}`);
  return `${out.join("\n")}\n`;
}

function speakerLines(speaker: BriefingSpeaker, links: LinkNumbers): string[] {
  const name = clean(speaker.line);
  const more = speaker.claims.more > 0 ? ` (${moreLine(speaker.claims.more, "claim")})` : "";
  const [only, ...rest] = speaker.claims.items;
  if (only !== undefined && rest.length === 0) {
    return [wrapText(`• ${name} — ${claimText(only, links)}${more}`, width, "  ")];
  }
  const lines = [`• ${name}${more}`];
  for (const claim of speaker.claims.items)
    lines.push(wrapText(`    ${claimText(claim, links)}`, width, "      "));
  return lines;
}

/** "denies (2 outlets): no such plan … [3]": the outlet is in the numbered link, keeping the line short. */
function claimText(claim: BriefingClaim, links: LinkNumbers): string {
  return `${claim.stance}${claimQualifiers(claim)}: ${clean(claimContent(claim))}${links.ref(claim.url)}`;
}

/** Article text may carry newlines or control characters that would break the layout. */
function clean(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  return foldWhitespace(text.replace(/[\u0000-\u001f\u007f]/gu, " "));
}

/** Numbers each distinct URL in order of first use. */
class LinkNumbers {
  private readonly numbers = new Map<string, number>();
  ref(url: string | null): string {
    if (url === null) return "";
    let number = this.numbers.get(url);
    if (number === undefined) {
      number = this.numbers.size + 1;
      this.numbers.set(url, number);
    }
    return ` [${number}]`;
  }
  all(): string[] {
    return [...this.numbers.keys()].map((url) => clean(url));
  }
}
