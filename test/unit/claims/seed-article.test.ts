import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Claim } from "../../../src/claims/claim.js";
import { packageRoot } from "../../../src/config/load-config.js";
import { claimsOf } from "./claim-assertions.js";

const sharedSeed = path.resolve(packageRoot, "../shared/seed");

const fixtureSchema = z.object({
  text: z.string(),
  expected: z.array(
    z.object({
      speaker: z.string(),
      kind: z.string(),
      side: z.string().nullable(),
      cue: z.string(),
      stance: z.enum(["asserts", "denies", "confirms"]),
      direct: z.boolean(),
      content: z.string(),
    }),
  ),
});

const goldSchema = z.object({
  text: z.string(),
  gold: z.array(
    z.object({
      speaker: z.string(),
      aliases: z.array(z.string()),
      stance: z.enum(["asserts", "denies", "confirms"]),
      direct: z.boolean(),
      content_hint: z.string(),
    }),
  ),
});

function findByContent(claims: Claim[], hint: string): Claim | undefined {
  return claims.find((claim) => claim.content.text.includes(hint));
}

describe("our rewording of the seed article (committed fixture)", () => {
  const fixture = fixtureSchema.parse(
    JSON.parse(readFileSync(path.join(packageRoot, "test/fixtures/claims/seed-reworded.json"), "utf8")),
  );
  const claims = claimsOf(fixture.text);

  it.each(fixture.expected.map((e) => [e.speaker, e.content, e] as const))(
    "when the article is read, then %s is found claiming “%s”",
    (_speaker, _content, expected) => {
      const claim = findByContent(claims, expected.content);
      expect(claim, `no claim with content “${expected.content}”`).toBeDefined();
      expect(claim).toMatchObject({
        stance: expected.stance,
        direct: expected.direct,
        cue: { text: expected.cue },
      });
      expect(claim?.speaker).toMatchObject({
        name: expected.speaker,
        kind: expected.kind,
        side: expected.side,
      });
    },
  );

  it("when the article is read, then narration, the document and boilerplate yield no claims", () => {
    expect(claims).toHaveLength(fixture.expected.length);
    expect(
      claims.some((c) => /Kiev would give up|Comments|Post a Comment|Driscoll/.test(c.content.text)),
    ).toBe(false);
  });
});

describe.runIf(existsSync(sharedSeed))("the seed article and its gold claims (../shared/seed)", () => {
  // Read inside beforeAll: a skipped suite's body still runs when vitest collects it.
  const read = (name: string): string => readFileSync(path.join(sharedSeed, name), "utf8");
  let gold: z.infer<typeof goldSchema>;
  let claims: Claim[];
  beforeAll(() => {
    gold = goldSchema.parse(JSON.parse(read("gold-claims.json")));
    claims = claimsOf(read("peace-plan-article.txt"));
  });

  it("when the article is read, then every gold claim is found with its speaker, stance and mode", () => {
    for (const expected of gold.gold) {
      const claim = findByContent(claims, expected.content_hint);
      expect(claim, `no claim containing “${expected.content_hint}”`).toBeDefined();
      const names = [expected.speaker, ...expected.aliases].map((n) => n.toLowerCase());
      const spoken = [claim?.speaker?.name, claim?.speaker?.text].map((n) =>
        (n ?? "").toLowerCase().replace(/^the /, ""),
      );
      const org = (claim?.speaker?.org ?? "").toLowerCase();
      expect(
        spoken.some((n) => names.includes(n) || names.some((g) => n.includes(g))) || names.includes(org),
        `${expected.speaker} vs ${JSON.stringify(claim?.speaker)}`,
      ).toBe(true);
      expect(claim?.stance, expected.content_hint).toBe(expected.stance);
      expect(claim?.direct, expected.content_hint).toBe(expected.direct);
    }
  });

  it("when the article is read, then nothing is invented from narration", () => {
    expect(claims).toHaveLength(gold.gold.length);
  });
});
