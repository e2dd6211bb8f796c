import type {
  Briefing,
  BriefingClaim,
  BriefingDispute,
  BriefingEvent,
  BriefingGroup,
  BriefingSpeaker,
} from "../../../../src/briefing/briefing.js";

export function makeClaim(overrides: Partial<BriefingClaim> = {}): BriefingClaim {
  return {
    stance: "asserts",
    direct: false,
    content: "talks will continue next week",
    outlet: "Example Daily",
    url: "https://example.test/news/1",
    publishedAt: "2025-11-20T10:00:00.000Z",
    outletCount: 1,
    inDispute: false,
    ...overrides,
  };
}

export function makeSpeaker(overrides: Partial<BriefingSpeaker> = {}): BriefingSpeaker {
  const name = overrides.name ?? "Anna Example";
  return {
    key: name.toLowerCase(),
    name,
    role: "spokeswoman",
    org: "Example Ministry",
    side: "Ruritania",
    kind: "person",
    line: `${name}, Example Ministry spokeswoman`,
    claims: { items: [makeClaim()], more: 0 },
    ...overrides,
  };
}

export function makeGroup(overrides: Partial<BriefingGroup> = {}): BriefingGroup {
  return {
    kind: "side",
    side: "Ruritania",
    title: "Ruritania",
    speakers: { items: [makeSpeaker()], more: 0 },
    ...overrides,
  };
}

export function makeEvent(overrides: Partial<BriefingEvent> = {}): BriefingEvent {
  return {
    summary: "Ruritania and Freedonia agreed to resume talks",
    reportedBy: null,
    firstOutlet: "Example Daily",
    outletCount: 2,
    articleCount: 3,
    url: "https://example.test/news/1",
    publishedAt: "2025-11-20T09:00:00.000Z",
    ...overrides,
  };
}

export function makeDispute(overrides: Partial<BriefingDispute> = {}): BriefingDispute {
  const asserting = makeSpeaker({
    name: "Example Wire",
    kind: "media",
    side: null,
    line: "Example Wire (media)",
  });
  const denying = makeSpeaker({ name: "Boris Example" });
  return {
    question: "Was a treaty drafted?",
    entries: [
      { speaker: asserting, claim: makeClaim({ content: "a treaty was drafted in secret" }) },
      { speaker: denying, claim: makeClaim({ stance: "denies", content: "no treaty exists" }) },
    ],
    more: 0,
    ...overrides,
  };
}

export function makeBriefing(overrides: Partial<Briefing> = {}): Briefing {
  return {
    topic: { name: "talks", title: "Ruritania talks" },
    period: {
      since: "2025-11-20T06:00:00.000Z",
      until: "2025-11-21T06:00:00.000Z",
      timezone: "Europe/Kyiv",
      label: "briefing for Fri 21 Nov 2025, 08:00 Europe/Kyiv",
      sinceLabel: "since yesterday 08:00",
    },
    counts: { articles: 4, outlets: 2, events: 1 },
    events: { items: [makeEvent()], more: 0 },
    disputes: { items: [makeDispute()], more: 0 },
    groups: { items: [makeGroup()], more: 0 },
    sources: {
      items: [
        { outlet: "Example Daily", articles: 3 },
        { outlet: "Example Wire", articles: 1 },
      ],
      more: 0,
    },
    ...overrides,
  };
}

/** Text that tries every trick a feed could play on a chat platform. */
export const hostileText =
  "@everyone @here <!channel> <!here> <@U123> <@&456> <#789> [click](https://evil.test) **bold** __u__ ~~s~~ `code` > quote # head | a | & <b>";

/** A briefing no compose step would produce: huge strings, hundreds of speakers, hostile text everywhere. */
export function makeHostileBriefing(): Briefing {
  const huge = `${hostileText} ${"word ".repeat(1000)}${"x".repeat(5000)}`;
  const claim = makeClaim({ content: huge, outlet: huge, url: `https://evil.test/${"a".repeat(5000)}` });
  const speakers = Array.from({ length: 300 }, (_, index) =>
    makeSpeaker({
      name: `${hostileText} speaker ${index}`,
      line: `${huge} ${index}`,
      claims: { items: [claim, makeClaim({ content: huge, direct: true, stance: "denies" })], more: 7 },
    }),
  );
  const group = makeGroup({ title: huge, speakers: { items: speakers, more: 12 } });
  return makeBriefing({
    topic: { name: "t", title: huge },
    events: {
      items: Array.from({ length: 40 }, () =>
        makeEvent({ summary: huge, firstOutlet: huge, reportedBy: huge }),
      ),
      more: 3,
    },
    disputes: {
      items: Array.from({ length: 30 }, () =>
        makeDispute({
          question: huge,
          entries: Array.from({ length: 20 }, () => ({ speaker: speakers[0] ?? makeSpeaker(), claim })),
        }),
      ),
      more: 2,
    },
    groups: { items: [group, group, group], more: 4 },
    sources: { items: Array.from({ length: 200 }, () => ({ outlet: huge, articles: 3 })), more: 9 },
  });
}

/** A briefing whose only speaker makes one claim: for tests about how a single claim renders. */
export function makeBriefingWithClaim(claim: BriefingClaim): Briefing {
  return makeBriefing({
    groups: {
      items: [
        makeGroup({ speakers: { items: [makeSpeaker({ claims: { items: [claim], more: 0 } })], more: 0 } }),
      ],
      more: 0,
    },
  });
}
