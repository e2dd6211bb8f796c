import { describe, expect, it } from "vitest";
import type { StoredClaim } from "../../../src/claims/stored-claim.js";
import { findDisputes } from "../../../src/stories/find-disputes.js";
import { makeStoredClaim, makeTestArticle, type SpeakerSpec } from "./claim-factory.js";

const axios: SpeakerSpec = { written: "Axios", name: "Axios", kind: "media" };
const kremlinPeskov: SpeakerSpec = {
  written: "Kremlin spokesman Dmitry Peskov",
  name: "Dmitry Peskov",
  kind: "person",
  role: "spokesman",
  org: "Kremlin",
  side: "Russia",
};
const peskov: SpeakerSpec = { ...kremlinPeskov, written: "Dmitry Peskov" };
const zakharova: SpeakerSpec = {
  written: "Maria Zakharova",
  name: "Maria Zakharova",
  kind: "person",
  role: "spokeswoman",
  org: "Russian Foreign Ministry",
  side: "Russia",
};
const moscow: SpeakerSpec = {
  written: "Moscow",
  name: "Russian government",
  kind: "government",
  side: "Russia",
};
const rubio: SpeakerSpec = { written: "Marco Rubio", name: "Marco Rubio", kind: "person", side: "US" };
const zelensky: SpeakerSpec = {
  written: "Zelenskyy",
  name: "Volodymyr Zelensky",
  kind: "person",
  side: "Ukraine",
};

/** The story of the day, in several articles, with the claims an extractor would find in them. */
function peacePlanClaims(): StoredClaim[] {
  const report = makeTestArticle(
    "report",
    [
      "Axios reported on Wednesday that US and Russian officials had secretly drafted a plan to end the war.",
      "According to media reports, the draft plan was written by Steve Witkoff and Kirill Dmitriev.",
    ],
    "2025-11-19T18:00:00.000Z",
  );
  const denial = makeTestArticle("kremlin", [
    "Kremlin spokesman Dmitry Peskov said no such plan was being discussed with Washington.",
    "Moscow said it was not aware of such a plan.",
  ]);
  const ministry = makeTestArticle("ministry", [
    "Maria Zakharova said Moscow had not received any draft plan on Ukraine from the United States.",
    "She said any proposal must be sent to Russia through diplomatic channels.",
  ]);
  const kyiv = makeTestArticle("kyiv", [
    "Marco Rubio wrote: “Both Ukraine and Russia will have to make difficult but necessary concessions. That is why we must keep developing all possible plans to stop the war.”",
    "Zelenskyy has rejected any such concessions since the start of the war.",
    "Ukraine's Interior Ministry said at least 25 people were killed in the strike on Ternopil.",
  ]);
  return [
    makeStoredClaim(report, {
      speaker: axios,
      cue: "reported",
      content: "US and Russian officials had secretly drafted a plan to end the war",
      stance: "asserts",
    }),
    makeStoredClaim(report, {
      speaker: { written: "media reports", name: "media reports", kind: "media" },
      cue: "According to",
      content: "the draft plan was written by Steve Witkoff and Kirill Dmitriev",
      stance: "asserts",
    }),
    makeStoredClaim(denial, {
      speaker: kremlinPeskov,
      cue: "said",
      content: "no such plan was being discussed with Washington",
      stance: "denies",
      negated: true,
    }),
    makeStoredClaim(denial, {
      speaker: moscow,
      cue: "said",
      content: "it was not aware of such a plan",
      stance: "denies",
      negated: true,
    }),
    makeStoredClaim(ministry, {
      speaker: zakharova,
      cue: "said",
      content: "Moscow had not received any draft plan on Ukraine from the United States",
      stance: "denies",
      negated: true,
    }),
    makeStoredClaim(ministry, {
      speaker: { ...zakharova, written: "She" },
      cue: "said",
      content: "any proposal must be sent to Russia through diplomatic channels",
      stance: "asserts",
    }),
    makeStoredClaim(kyiv, {
      speaker: rubio,
      cue: "wrote",
      content:
        "Both Ukraine and Russia will have to make difficult but necessary concessions. That is why we must keep developing all possible plans to stop the war.",
      stance: "asserts",
      direct: true,
    }),
    makeStoredClaim(kyiv, {
      speaker: zelensky,
      cue: "has rejected",
      content: "any such concessions",
      stance: "denies",
    }),
    makeStoredClaim(kyiv, {
      speaker: {
        written: "Ukraine's Interior Ministry",
        name: "Interior Ministry of Ukraine",
        kind: "government",
      },
      cue: "said",
      content: "at least 25 people were killed in the strike on Ternopil",
      stance: "asserts",
    }),
  ];
}

const contents = (claims: StoredClaim[]) => claims.map((claim) => claim.claim.content.text);
const speakers = (claims: StoredClaim[]) => claims.map((claim) => claim.speakerKey);

describe("findDisputes", () => {
  it("when Axios reports a drafted plan and Moscow's voices deny it, then the plan's existence is disputed", () => {
    const [plan] = findDisputes(peacePlanClaims());
    expect(plan?.question).toBe("Does a draft plan exist?");
    expect(plan?.subject).toBe("plan");
    expect(speakers(plan?.asserting ?? [])).toEqual(["org:axios", "org:media reports"]);
    expect(speakers(plan?.denying ?? [])).toEqual([
      "dmitry peskov",
      "org:russian government",
      "maria zakharova",
    ]);
    expect(plan?.confirming).toEqual([]);
  });

  it("when Rubio calls for concessions and Zelensky rejects them, then that is a second dispute", () => {
    const disputes = findDisputes(peacePlanClaims());
    expect(disputes.map((dispute) => dispute.question)).toEqual(["Does a draft plan exist?", "Concessions?"]);
    const concessions = disputes[1];
    expect(speakers(concessions?.asserting ?? [])).toEqual(["marco rubio"]);
    expect(speakers(concessions?.denying ?? [])).toEqual(["volodymyr zelensky"]);
  });

  it("when a claim mentions the disputed thing only generically, then it is not counted on a side", () => {
    const plan = findDisputes(peacePlanClaims())[0];
    expect(speakers(plan?.asserting ?? [])).not.toContain("marco rubio");
  });

  it("when claims touch nothing that is denied, then they appear in no dispute", () => {
    const all = findDisputes(peacePlanClaims()).flatMap((dispute) => [
      ...dispute.asserting,
      ...dispute.confirming,
    ]);
    expect(contents(all).join(" ")).not.toMatch(/Ternopil|diplomatic channels/);
  });

  it("when the same speaker both denies and mentions the thing, then there is no dispute", () => {
    const article = makeTestArticle("one", [
      "Maria Zakharova said Moscow had not received any draft plan.",
      "She said the draft plan would have to come through diplomatic channels.",
    ]);
    const claims = [
      makeStoredClaim(article, {
        speaker: zakharova,
        cue: "said",
        content: "Moscow had not received any draft plan",
        stance: "denies",
      }),
      makeStoredClaim(article, {
        speaker: { ...zakharova, written: "She" },
        cue: "said",
        content: "the draft plan would have to come through diplomatic channels",
        stance: "asserts",
      }),
    ];
    expect(findDisputes(claims)).toEqual([]);
  });

  it("when a third party confirms the reported plan, then it is listed as confirming", () => {
    const claims = peacePlanClaims();
    const article = makeTestArticle("white-house", [
      "The White House confirmed that Steve Witkoff had worked on a plan with Russian officials.",
    ]);
    claims.push(
      makeStoredClaim(article, {
        speaker: { written: "The White House", name: "White House", kind: "government", side: "US" },
        cue: "confirmed",
        content: "Steve Witkoff had worked on a plan with Russian officials",
        stance: "confirms",
      }),
    );
    const plan = findDisputes(claims)[0];
    expect(speakers(plan?.confirming ?? [])).toEqual(["org:white house"]);
    expect(plan?.asserting).toHaveLength(2);
  });

  it("when the assertion falls outside the window, then nothing is disputed in it", () => {
    const window = { since: "2025-11-20T00:00:00.000Z", until: "2025-11-21T00:00:00.000Z" };
    const questions = findDisputes(peacePlanClaims(), { window }).map((dispute) => dispute.question);
    expect(questions).toEqual(["Concessions?"]);
  });

  it("when a denial and an assertion are about different things, then there is no dispute", () => {
    const article = makeTestArticle("other", [
      "Dmitry Peskov said no ceasefire was in place.",
      "Axios reported that the plan was drafted in Miami.",
    ]);
    const claims = [
      makeStoredClaim(article, {
        speaker: peskov,
        cue: "said",
        content: "no ceasefire was in place",
        stance: "denies",
      }),
      makeStoredClaim(article, {
        speaker: axios,
        cue: "reported",
        content: "the plan was drafted in Miami",
        stance: "asserts",
      }),
    ];
    expect(findDisputes(claims)).toEqual([]);
  });

  it("when an assertion is itself negated, then it does not count as asserting the thing", () => {
    const article = makeTestArticle("negated", [
      "Dmitry Peskov said no deal had been reached.",
      "Marco Rubio said any deal must not reward aggression.",
    ]);
    const claims = [
      makeStoredClaim(article, {
        speaker: peskov,
        cue: "said",
        content: "no deal had been reached",
        stance: "denies",
      }),
      makeStoredClaim(article, {
        speaker: rubio,
        cue: "said",
        content: "any deal must not reward aggression",
        stance: "asserts",
        negated: true,
      }),
    ];
    expect(findDisputes(claims)).toEqual([]);
  });

  it("when a denial negates no phrase, then shared content words link it to the assertion", () => {
    const article = makeTestArticle("cue-denial", [
      "Axios reported that Moscow received the document from Witkoff last week.",
      "Dmitry Peskov denied that Moscow received the document from Witkoff.",
    ]);
    const claims = [
      makeStoredClaim(article, {
        speaker: axios,
        cue: "reported",
        content: "Moscow received the document from Witkoff last week",
        stance: "asserts",
      }),
      makeStoredClaim(article, {
        speaker: peskov,
        cue: "denied",
        content: "that Moscow received the document from Witkoff",
        stance: "denies",
      }),
    ];
    const [dispute] = findDisputes(claims);
    expect(dispute?.question).toBe("Moscow received the document from Witkoff?");
    expect(speakers(dispute?.asserting ?? [])).toEqual(["org:axios"]);
    expect(speakers(dispute?.denying ?? [])).toEqual(["dmitry peskov"]);
  });

  it("when an unnamed source asserts what a named speaker denies, then the dispute still forms", () => {
    const article = makeTestArticle("unnamed", [
      "A senior US official said the plan was nearly final.",
      "Dmitry Peskov said no such plan existed.",
    ]);
    const claims = [
      makeStoredClaim(article, {
        speaker: {
          written: "A senior US official",
          name: "a senior US official",
          kind: "unnamed",
          side: "US",
        },
        cue: "said",
        content: "the plan was nearly final",
        stance: "asserts",
      }),
      makeStoredClaim(article, {
        speaker: peskov,
        cue: "said",
        content: "no such plan existed",
        stance: "denies",
      }),
    ];
    const [dispute] = findDisputes(claims);
    expect(dispute?.question).toBe("Does a plan exist?");
    expect(dispute?.asserting.map((claim) => claim.speakerKey)).toEqual([null]);
  });

  it("when there are no denials, then there are no disputes", () => {
    const claims = peacePlanClaims().filter((claim) => claim.stance !== "denies");
    expect(findDisputes(claims)).toEqual([]);
  });

  it("when denials name the thing in other words, then they are one point asked as a question", () => {
    const article = makeTestArticle("territory", [
      "Western media said the draft would oblige Kyiv to give up territory.",
      "Zelenskyy rejected giving up territory. He also rejected any territorial concessions.",
    ]);
    const claims = [
      makeStoredClaim(article, {
        speaker: { written: "Western media", name: "Western media", kind: "media" },
        cue: "said",
        content: "the draft would oblige Kyiv to give up territory",
        stance: "asserts",
      }),
      makeStoredClaim(article, {
        speaker: zelensky,
        cue: "rejected",
        content: "giving up territory",
        stance: "denies",
      }),
      makeStoredClaim(article, {
        speaker: { ...zelensky, written: "He" },
        cue: "rejected",
        content: "any territorial concessions",
        stance: "denies",
      }),
    ];
    const disputes = findDisputes(claims);
    expect(disputes.map((dispute) => dispute.question)).toEqual(["Territorial concessions?"]);
    expect(disputes[0]?.denying).toHaveLength(2);
  });

  it("when a speaker who denies the plan mentions it in a condition, then that is no assertion and no dispute", () => {
    const article = makeTestArticle("condition", [
      "Maria Zakharova said Moscow had not received any draft plan.",
      "Rustem Umerov denied that he had approved any of the plan's points.",
      "Should Washington really have such a plan, it would have to reach Russia through diplomatic channels, she said.",
    ]);
    const claims = [
      makeStoredClaim(article, {
        speaker: zakharova,
        cue: "said",
        content: "Moscow had not received any draft plan",
        stance: "denies",
      }),
      makeStoredClaim(article, {
        speaker: { written: "Rustem Umerov", name: "Rustem Umerov", kind: "person", side: "Ukraine" },
        cue: "denied",
        content: "he had approved any of the plan's points",
        stance: "denies",
      }),
      makeStoredClaim(article, {
        speaker: { ...zakharova, written: "she" },
        cue: "said",
        content:
          "Should Washington really have such a plan, it would have to reach Russia through diplomatic channels",
        stance: "asserts",
      }),
    ];
    expect(findDisputes(claims)).toEqual([]);
  });

  it("when a denial negates no thing but a circumstance or a clause, then it seeds no dispute", () => {
    const article = makeTestArticle("noise", [
      "A senior official, who asked not to be named because the talks are confidential, said Kyiv would sign nothing.",
      "The US embassy said American representatives will hold talks with Ukrainian officials.",
    ]);
    const claims = [
      makeStoredClaim(article, {
        speaker: { written: "A senior official", name: "A senior official", kind: "unnamed" },
        cue: "asked",
        content: "not to be named because the talks are confidential",
        stance: "denies",
      }),
      makeStoredClaim(article, {
        speaker: { written: "The US embassy", name: "US embassy", kind: "government", side: "US" },
        cue: "said",
        content: "American representatives will hold talks with Ukrainian officials",
        stance: "asserts",
      }),
    ];
    expect(findDisputes(claims)).toEqual([]);
  });
});
