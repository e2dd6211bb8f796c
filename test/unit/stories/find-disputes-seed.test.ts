import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { SpeakerKind, Stance } from "../../../src/claims/claim.js";
import type { StoredClaim } from "../../../src/claims/stored-claim.js";
import { findDisputes } from "../../../src/stories/find-disputes.js";
import { speakerKey } from "../../../src/stories/speaker-key.js";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const seedFile = path.resolve(repoRoot, "../shared/seed/gold-claims.json");

interface GoldClaim {
  speaker: string;
  stance: Stance;
  direct: boolean;
  content_hint: string;
}

const kinds: Record<string, SpeakerKind> = {
  Axios: "media",
  "media reports": "media",
  Moscow: "government",
  "US embassy in Ukraine": "government",
  "Interior Ministry": "government",
};

/** The seed article's annotated claims as stored claims, spans located in the article text. */
function seedClaims(): StoredClaim[] {
  const seed = JSON.parse(readFileSync(seedFile, "utf8")) as { text: string; gold: GoldClaim[] };
  return seed.gold.map((gold, index) => {
    const start = seed.text.indexOf(gold.content_hint);
    const content = { text: gold.content_hint, start, end: start + gold.content_hint.length };
    const speaker = {
      text: gold.speaker,
      start: 0,
      end: 0,
      name: gold.speaker,
      role: null,
      org: null,
      kind: kinds[gold.speaker] ?? "person",
      side: null,
    };
    return {
      articleId: "seed",
      index,
      speakerKey: speakerKey(speaker),
      side: null,
      stance: gold.stance,
      publishedAt: "2025-11-20T09:00:00.000Z",
      claim: { speaker, cue: content, content, direct: gold.direct, stance: gold.stance, negated: false },
    };
  });
}

describe.runIf(existsSync(seedFile))("findDisputes on the seed article's annotated claims", () => {
  it("when the gold claims are given, then the plan's existence and the concessions are disputed", () => {
    const disputes = findDisputes(seedClaims());
    const summary = disputes.map((dispute) => ({
      question: dispute.question,
      asserting: dispute.asserting.map((claim) => claim.claim.speaker?.name),
      denying: dispute.denying.map((claim) => claim.claim.speaker?.name),
    }));
    expect(summary).toEqual([
      {
        question: "Does a draft plan exist?",
        asserting: ["Axios", "media reports"],
        denying: ["Moscow", "Dmitry Peskov", "Maria Zakharova"],
      },
      { question: "Concessions?", asserting: ["Marco Rubio"], denying: ["Volodymyr Zelensky"] },
    ]);
  });
});
