import { describe, expect, it } from "vitest";
import { brokenSpeaker, isUsableClaim } from "../../../src/briefing/claim-filter.js";
import type { Claim, Speaker, Stance } from "../../../src/claims/claim.js";
import { makeSpeakerValue } from "./support/make-stored.js";

const claim = (
  content: string,
  stance: Stance = "asserts",
  speaker: Speaker | null = makeSpeakerValue(),
): Claim => ({
  speaker,
  cue: { text: "said", start: 0, end: 4 },
  content: { text: content, start: 0, end: content.length },
  direct: false,
  stance,
  negated: false,
});
const usable = (content: string, stance: Stance = "asserts", speaker?: Speaker | null) =>
  isUsableClaim(claim(content, stance, speaker), content);

describe("isUsableClaim", () => {
  it("when the content is a whole clause, then the claim is shown", () => {
    expect(usable("the talks will continue next week")).toBe(true);
    expect(usable("At least 25 people were killed, including three children")).toBe(true);
    expect(usable("In return, Ruritania would receive security guarantees")).toBe(true);
  });

  it("when the content is under three words, or three for an assertion, then it is dropped", () => {
    expect(usable("What does")).toBe(false);
    expect(usable("that account", "denies")).toBe(false);
    expect(usable("the missiles hit")).toBe(false);
  });

  it("when a denial names its object in three words, then it is kept", () => {
    expect(usable("any territorial concessions", "denies")).toBe(true);
  });

  it("when the content starts with a conjunction, preposition or auxiliary, then it is dropped", () => {
    expect(usable("in its latest update on the strike")).toBe(false);
    expect(usable("of a secret 28-point draft")).toBe(false);
    expect(usable("and the border stays closed")).toBe(false);
    expect(usable("should remain the starting point for talks")).toBe(false);
  });

  it("when a short assertion has no verb, then it is dropped", () => {
    expect(usable("Any proposals from Freedonia")).toBe(false);
  });

  it("when the speaker looks broken, then the claim is dropped; a missing speaker is kept as unattributed", () => {
    const content = "the delegation would arrive on Friday";
    expect(
      usable(
        content,
        "asserts",
        makeSpeakerValue({ name: "his office", kind: "organization", role: null, org: null }),
      ),
    ).toBe(false);
    expect(usable(content, "asserts", null)).toBe(true);
  });
});

describe("brokenSpeaker", () => {
  it("when a name, role or organisation ends in a preposition or possessive, then it is broken", () => {
    expect(brokenSpeaker(makeSpeakerValue({ name: "draft of Freedonia’s", kind: "person" }))).toBe(true);
    expect(
      brokenSpeaker(
        makeSpeakerValue({ name: "Ruritanian government", kind: "government", org: "European diplomats in" }),
      ),
    ).toBe(true);
  });

  it("when a non-person is one stray lower-case word or a determiner phrase, then it is broken; an institution is not", () => {
    const org = { kind: "organization" as const, role: null, org: null, side: null };
    expect(brokenSpeaker(makeSpeakerValue({ ...org, name: "attack" }))).toBe(true);
    expect(brokenSpeaker(makeSpeakerValue({ ...org, name: "every strike of this kind" }))).toBe(true);
    expect(brokenSpeaker(makeSpeakerValue({ ...org, kind: "government", name: "administration" }))).toBe(
      false,
    );
  });

  it("when it names a publication rather than a source, then it is broken", () => {
    expect(
      brokenSpeaker(
        makeSpeakerValue({
          name: "details published by several outlets",
          kind: "group",
          role: null,
          org: null,
        }),
      ),
    ).toBe(true);
  });

  it("when a person is one stray word with no role, organisation or side, then it is broken", () => {
    expect(brokenSpeaker(makeSpeakerValue({ name: "Niagara", role: null, org: null, side: null }))).toBe(
      true,
    );
    expect(brokenSpeaker(makeSpeakerValue({ name: "Marek", role: "spokesman", org: null, side: null }))).toBe(
      false,
    );
  });

  it("when the speaker is an ordinary named source, then it is not broken", () => {
    expect(brokenSpeaker(makeSpeakerValue())).toBe(false);
    expect(
      brokenSpeaker(
        makeSpeakerValue({
          name: "Office of the President of Ruritania",
          kind: "government",
          role: null,
          org: null,
        }),
      ),
    ).toBe(false);
  });
});
