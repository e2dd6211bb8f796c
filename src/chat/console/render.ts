import type { Briefing, BriefingClaim, BriefingSpeaker } from "../../briefing/briefing.js";
import { claimQualifiers, countsLine, emptyLine, eventMeta } from "../../text/briefing-phrases.js";
import { foldWhitespace } from "../../text/fold-whitespace.js";
import { moreLine } from "../../text/more-line.js";
import { shorten } from "../../text/shorten.js";
import { wrapText } from "./wrap-text.js";

const width = 100;
// Below this many characters of content, a one-line entry says too little: it may take two lines.
const minContent = 40;

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
      const more = dispute.more > 0 ? ` (${moreLine(dispute.more, "claim")})` : "";
      push(`• ${clean(dispute.question)}${more}`);
      for (const { speaker, claim } of dispute.entries) {
        const head = `    ${claim.stance.padEnd(8)} ${clean(speaker.line)}: `;
        out.push(fitted(head, claim, links.ref(claim.url), "             ", 2));
      }
    }
    if (briefing.disputes.more > 0) out.push(`  ${moreLine(briefing.disputes.more, "disputed point")}`);
  }

  if (briefing.groups.items.length > 0) {
    out.push("", "WHO CLAIMS WHAT");
    for (const group of briefing.groups.items) {
      const more = group.speakers.more > 0 ? ` (${moreLine(group.speakers.more, "speaker")})` : "";
      out.push(`${clean(group.title)}${more}`);
      // Speakers whose shown claims are all under DISPUTED are named there in full: one line here.
      const shownAbove = group.speakers.items.filter(onlyInDispute);
      for (const speaker of group.speakers.items)
        if (!onlyInDispute(speaker)) out.push(...speakerLines(speaker, links));
      if (shownAbove.length > 0)
        push(`• Under DISPUTED: ${shownAbove.map((speaker) => seeDisputed(speaker, links)).join("; ")}`);
    }
    if (briefing.groups.more > 0) out.push(moreLine(briefing.groups.more, "group"));
  }

  out.push("", sourcesLine(briefing));
  for (const [index, url] of links.all().entries()) out.push(`[${index + 1}] ${url}`);
  return `${out.join("\n")}\n`;
}

/** The sources on one line: as many outlets as fit, the rest counted. */
function sourcesLine(briefing: Briefing): string {
  const names = briefing.sources.items.map((source) => `${clean(source.outlet)} (${source.articles})`);
  const total = names.length + briefing.sources.more;
  for (let shown = names.length; shown > 0; shown -= 1) {
    const parts = names.slice(0, shown);
    if (total > shown) parts.push(moreLine(total - shown, "outlet"));
    const line = `Sources: ${parts.join(" · ")}`;
    if (line.length <= width) return line;
  }
  return wrapText(`Sources: ${names.join(" · ")}`, width, "  ");
}

function onlyInDispute(speaker: BriefingSpeaker): boolean {
  return speaker.claims.items.length > 0 && speaker.claims.items.every((claim) => claim.inDispute);
}

/** "Dmitry Peskov — denies [1] (+5 more)": the role is on the speaker's line under DISPUTED. */
function seeDisputed(speaker: BriefingSpeaker, links: LinkNumbers): string {
  const more = speaker.claims.more > 0 ? ` (+${speaker.claims.more} more)` : "";
  const stances = speaker.claims.items.map((claim) => `${claim.stance}${links.ref(claim.url)}`).join(", ");
  return `${clean(speaker.name)} — ${stances}${more}`;
}

function speakerLines(speaker: BriefingSpeaker, links: LinkNumbers): string[] {
  const name = clean(speaker.line);
  const more = speaker.claims.more > 0 ? ` (${moreLine(speaker.claims.more, "claim")})` : "";
  const [first, ...rest] = speaker.claims.items;
  if (first === undefined) return [`• ${name}${more}`];
  if (rest.length === 0) return [claimLine(`• ${name} — `, first, links, more, "  ")];
  return [
    `• ${name}${more}`,
    ...speaker.claims.items.map((claim) => claimLine("    ", claim, links, "", "      ")),
  ];
}

/**
 * "denies (2 outlets): no such plan … [3]": the outlet is in the numbered link, keeping the line
 * short.
 */
function claimLine(
  head: string,
  claim: BriefingClaim,
  links: LinkNumbers,
  more: string,
  indent: string,
): string {
  const stance = `${head}${claim.stance}${claimQualifiers(claim)}`;
  const tail = `${links.ref(claim.url)}${more}`;
  return fitted(`${stance}: `, claim, tail, indent, 1);
}

/**
 * `head`, the claim's content and `tail` within `lines` lines (two when one would leave too little of
 * the content), the content shortened at a word ("…") to fit. Quotes stay verbatim: a shortened
 * quote is its own first words, still in quotation marks.
 */
function fitted(head: string, claim: BriefingClaim, tail: string, indent: string, lines: number): string {
  const content = clean(claim.content);
  const quote = (text: string) => (claim.direct ? `“${text}”` : text);
  const room = width - head.length - tail.length - (claim.direct ? 2 : 0);
  if (content.length <= room || (lines === 1 && room >= minContent))
    return `${head}${quote(shorten(content, room))}${tail}`;
  const twoLines = room + width - indent.length;
  for (let max = twoLines; max > minContent; max -= 1) {
    const line = wrapText(`${head}${quote(shorten(content, max))}${tail}`, width, indent);
    if (line.split("\n").length <= 2) return line;
  }
  return wrapText(`${head}${quote(shorten(content, minContent))}${tail}`, width, indent);
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
