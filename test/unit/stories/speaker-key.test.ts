import { describe, expect, it } from "vitest";
import type { Speaker, SpeakerKind } from "../../../src/claims/claim.js";
import { mergeSpeakerKeys } from "../../../src/stories/merge-speaker-keys.js";
import { speakerKey } from "../../../src/stories/speaker-key.js";

function makeSpeaker(overrides: Partial<Speaker> & { kind: SpeakerKind }): Speaker {
  const text = overrides.text ?? overrides.name ?? "someone";
  return { text, start: 0, end: text.length, name: null, role: null, org: null, side: null, ...overrides };
}

const person = (name: string | null, text?: string) =>
  speakerKey(makeSpeaker({ kind: "person", name, text }));

describe("speakerKey", () => {
  it("when Zelensky's name is spelt in different transliterations, then the key is the same", () => {
    const spellings = [
      "Volodymyr Zelensky",
      "Volodymyr Zelenskyy",
      "Volodymyr Zelenskiy",
      "Volodymyr Zelenskij",
    ];
    expect(new Set(spellings.map((name) => person(name)))).toEqual(new Set(["volodymyr zelensky"]));
  });

  it("when a first name is spelt Dmitry, Dmitri or Dmitriy, then the key is the same", () => {
    expect(person("Dmitri Peskov")).toBe("dmitry peskov");
    expect(person("Dmitriy Peskov")).toBe("dmitry peskov");
    expect(person("Dmitry Peskov")).toBe("dmitry peskov");
    expect(person("Sergei Lavrov")).toBe(person("Sergey Lavrov"));
    expect(person("Andrii Yermak")).toBe(person("Andriy Yermak"));
  });

  it("when the name carries a title or role, then the title is dropped", () => {
    expect(person("President Volodymyr Zelenskyy")).toBe("volodymyr zelensky");
    expect(person(null, "Kremlin spokesman Dmitry Peskov")).toBe("dmitry peskov");
    expect(person(null, "US Secretary of State Marco Rubio")).toBe("marco rubio");
    expect(person("Mr. Witkoff")).toBe("witkoff");
  });

  it("when the name has accents, capitals or initials, then they are folded away", () => {
    expect(person("JEAN-NOËL BARROT")).toBe("jean noel barrot");
    expect(person("Donald J. Trump")).toBe("donald trump");
  });

  it("when only the surname is known, then the key is the folded surname", () => {
    expect(person(null, "Peskov")).toBe("peskov");
    expect(person("Zelenskyy")).toBe("zelensky");
  });

  it("when the speaker is an organisation or government, then the key is org: plus its name without 'the'", () => {
    expect(speakerKey(makeSpeaker({ kind: "government", name: null, text: "the Kremlin" }))).toBe(
      "org:kremlin",
    );
    expect(speakerKey(makeSpeaker({ kind: "government", name: "Kremlin" }))).toBe("org:kremlin");
    expect(speakerKey(makeSpeaker({ kind: "organization", name: "NATO" }))).toBe("org:nato");
    expect(speakerKey(makeSpeaker({ kind: "group", name: null, org: "Ukrainian Parliament" }))).toBe(
      "org:ukrainian parliament",
    );
  });

  it("when the speaker is a media outlet, then it keeps a key", () => {
    expect(speakerKey(makeSpeaker({ kind: "media", name: "Axios" }))).toBe("org:axios");
  });

  it("when the speaker is unnamed or unresolved, then there is no key", () => {
    expect(speakerKey(makeSpeaker({ kind: "unnamed", name: "a senior US official" }))).toBeNull();
    expect(speakerKey(makeSpeaker({ kind: "unresolved", name: null, text: "he" }))).toBeNull();
  });

  it("when a name has no letters at all, then there is no key", () => {
    expect(person("—", "—")).toBeNull();
  });
});

describe("mergeSpeakerKeys", () => {
  it("when one full name ends in a surname-only key, then the surname maps to that full name", () => {
    const merged = mergeSpeakerKeys(["peskov", "dmitry peskov", "org:kremlin", "maria zakharova"]);
    expect(merged.get("peskov")).toBe("dmitry peskov");
    expect(merged.get("dmitry peskov")).toBe("dmitry peskov");
    expect(merged.get("org:kremlin")).toBe("org:kremlin");
  });

  it("when two known people share the surname, then the surname stays as it is", () => {
    const merged = mergeSpeakerKeys(["trump", "donald trump", "melania trump"]);
    expect(merged.get("trump")).toBe("trump");
  });

  it("when no full name has the surname, then the key stays as it is", () => {
    expect(mergeSpeakerKeys(["umerov"]).get("umerov")).toBe("umerov");
  });

  it("when an organisation is named like a surname, then it is never merged into a person", () => {
    expect(mergeSpeakerKeys(["org:kremlin", "anna kremlin"]).get("org:kremlin")).toBe("org:kremlin");
  });

  it("when a transliterated surname appears alone, then it merges with the full name", () => {
    const keys = [person("Zelenskyy"), person("President Volodymyr Zelenskiy")].filter((key) => key !== null);
    expect(mergeSpeakerKeys(keys).get("zelensky")).toBe("volodymyr zelensky");
  });
});
