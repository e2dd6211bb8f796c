import { beforeAll, describe, expect, it } from "vitest";
import type { Briefing, BriefingClaim, BriefingSpeaker } from "../../../src/briefing/briefing.js";
import { composeDemoBriefing } from "./support/demo-briefing.js";

/** The shown speakers of the group titled `title`. */
function speakersIn(briefing: Briefing, title: string): BriefingSpeaker[] {
  return briefing.groups.items.find((group) => group.title === title)?.speakers.items ?? [];
}

function claimOf(
  speakers: BriefingSpeaker[],
  name: RegExp,
  stance: string,
  content: RegExp,
): BriefingClaim | undefined {
  return speakers
    .filter((speaker) => name.test(speaker.name))
    .flatMap((speaker) => speaker.claims.items)
    .find((claim) => claim.stance === stance && content.test(claim.content));
}

// Issue 4 "Quality": the briefing of the seed rewording plus our demo articles names each of
// these claims under the right side, and shows the plan's existence as disputed.
describe("quality of the demo briefing", () => {
  let briefing: Briefing;
  beforeAll(async () => {
    briefing = await composeDemoBriefing();
  });

  it("when composed, then Axios's report of a drafted plan is shown as a media report", () => {
    expect(
      claimOf(speakersIn(briefing, "Unattributed / media"), /^Axios$/, "asserts", /drafted a plan/),
    ).toBeDefined();
  });

  it("when composed, then Rubio's call for concessions is under the United States", () => {
    expect(claimOf(speakersIn(briefing, "United States"), /Rubio/, "asserts", /concessions/)).toBeDefined();
  });

  it("when composed, then Peskov's and Zakharova's denials are under Russia", () => {
    const russia = speakersIn(briefing, "Russia");
    expect(claimOf(russia, /Peskov/, "denies", /plan/)).toBeDefined();
    expect(claimOf(russia, /Zakharova/, "denies", /draft plan/)).toBeDefined();
  });

  it("when composed, then Zelensky's refusal of concessions is under Ukraine", () => {
    // "denies: any territorial concessions" or, in another outlet's words, "denies: giving up territory".
    expect(
      claimOf(speakersIn(briefing, "Ukraine"), /Zelensky/, "denies", /concession|territor/),
    ).toBeDefined();
  });

  it("when composed, then the US embassy's statement is under the United States", () => {
    expect(
      claimOf(speakersIn(briefing, "United States"), /US embassy/, "asserts", /officials/),
    ).toBeDefined();
  });

  it("when composed, then the Interior Ministry's casualty figures are under Ukraine", () => {
    expect(claimOf(speakersIn(briefing, "Ukraine"), /Interior Ministry/, "asserts", /25/)).toBeDefined();
  });

  it("when composed, then the plan's existence is disputed: Axios asserts, Peskov and Zakharova deny", () => {
    const dispute = briefing.disputes.items.find((item) => /plan exist/i.test(item.question));
    const entries = (dispute?.entries ?? []).map((entry) => `${entry.claim.stance} ${entry.speaker.name}`);
    expect(entries).toEqual(
      expect.arrayContaining([
        "asserts Axios",
        expect.stringMatching(/^denies .*Peskov/),
        expect.stringMatching(/^denies .*Zakharova/),
      ]),
    );
  });
});
