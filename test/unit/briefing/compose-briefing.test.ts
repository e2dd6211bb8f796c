import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { composeBriefing } from "../../../src/briefing/compose-briefing.js";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";
import type { Topic } from "../../../src/topics/topic.js";
import { makeArticle, makeSpeakerValue, makeStoredClaim } from "./support/make-stored.js";

const topic: Topic = {
  workspaceId: "default",
  name: "ruritania-talks",
  query: "Ruritania AND (ceasefire OR talks)",
  createdAt: "2025-11-01T00:00:00.000Z",
};
const window = { since: "2025-11-20T06:00:00.000Z", until: "2025-11-21T06:00:00.000Z" };

describe("composeBriefing", () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore("sqlite::memory:");
  });
  afterEach(async () => {
    await store.close();
  });

  async function compose() {
    return composeBriefing({ store }, { topic, window, timezone: "Europe/Kyiv" });
  }

  it("when articles match the topic, then only those are counted and the period is labelled in the time zone", async () => {
    await store.insertNewArticles(
      [
        makeArticle({ outlet: "Example Daily" }),
        makeArticle({
          outlet: "Example Wire",
          title: "Ruritania reopens grain exports",
          text: "Grain ships left the port of Novo Selo for the first time since the ceasefire talks stalled.",
        }),
        makeArticle({
          title: "Football results",
          text: "The league table after the weekend.",
          outlet: "Sports Page",
        }),
        makeArticle({ publishedAt: "2025-11-19T10:00:00.000Z" }),
      ],
      true,
    );
    const briefing = await compose();
    expect(briefing.counts).toEqual({ articles: 2, outlets: 2, events: 2 });
    expect(briefing.period.label).toBe("briefing for Fri 21 Nov 2025, 08:00 Europe/Kyiv");
    expect(briefing.topic).toEqual({ name: "ruritania-talks", title: "Ruritania talks" });
    expect(briefing.sources.items.map((source) => source.outlet).sort()).toEqual([
      "Example Daily",
      "Example Wire",
    ]);
  });

  it("when three outlets carry one story, then it is one event with three outlets, summarised from its lead", async () => {
    const copies = ["Example Daily", "Example Wire", "Example Post"].map((outlet, index) =>
      makeArticle({
        outlet,
        publishedAt: `2025-11-20T1${index}:00:00.000Z`,
        text: "Ruritania and Freedonia agreed to a ceasefire starting at midnight, Example Daily has reported. Details follow.",
      }),
    );
    const stored = await store.insertNewArticles(copies, true);
    await store.createStory({
      id: "story-1",
      title: "t",
      firstPublishedAt: copies[0]?.publishedAt ?? "",
      fingerprint: "f",
    });
    for (const article of stored) await store.setArticleStory(article.id, "story-1");
    const briefing = await compose();
    expect(briefing.counts.events).toBe(1);
    expect(briefing.events.items).toEqual([
      expect.objectContaining({
        summary: "Ruritania and Freedonia agreed to a ceasefire starting at midnight",
        reportedBy: "Example Daily",
        firstOutlet: "Example Daily",
        outletCount: 3,
        articleCount: 3,
      }),
    ]);
  });

  it("when the same speaker says the same thing in several outlets, then it is one speaker with one claim from those outlets", async () => {
    const first = makeArticle({ outlet: "Example Daily" });
    const second = makeArticle({ outlet: "Example Wire", publishedAt: "2025-11-20T12:00:00.000Z" });
    await store.insertNewArticles([first, second], true);
    await store.saveClaims(first.id, [
      makeStoredClaim(first, 0, { content: "that the ceasefire talks will continue next week." }),
    ]);
    await store.saveClaims(second.id, [
      makeStoredClaim(second, 0, {
        speaker: makeSpeakerValue({ name: "Example", text: "Example" }),
        content: "ceasefire talks would continue next week",
      }),
    ]);
    const briefing = await compose();
    const group = briefing.groups.items[0];
    expect(group?.title).toBe("Ruritania");
    expect(group?.speakers.items).toHaveLength(1);
    expect(group?.speakers.items[0]?.name).toBe("Anna Example");
    expect(group?.speakers.items[0]?.claims.items).toEqual([
      expect.objectContaining({
        content: "the ceasefire talks will continue next week",
        outletCount: 2,
        outlet: "Example Daily",
      }),
    ]);
  });

  it("when speakers have no side, are media or cannot be resolved, then they go under Other and Unattributed, never a guessed side", async () => {
    const article = makeArticle();
    await store.insertNewArticles([article], true);
    await store.saveClaims(article.id, [
      makeStoredClaim(article, 0, {
        speaker: makeSpeakerValue({ name: "Jan Neutral", side: null, org: "Think Tank" }),
      }),
      makeStoredClaim(article, 1, {
        speaker: makeSpeakerValue({
          name: "Example Post",
          kind: "media",
          side: "Ruritania",
          role: null,
          org: null,
        }),
      }),
      makeStoredClaim(article, 2, {
        speaker: makeSpeakerValue({ name: null, kind: "unresolved", side: null }),
      }),
      makeStoredClaim(article, 3, { speaker: null, content: "the border stays closed" }),
    ]);
    const briefing = await compose();
    const groups = Object.fromEntries(
      briefing.groups.items.map((group) => [
        group.title,
        group.speakers.items.map((speaker) => speaker.line),
      ]),
    );
    expect(groups).toEqual({
      Other: ["Jan Neutral, Think Tank spokeswoman"],
      "Unattributed / media": expect.arrayContaining([
        "Example Post (Ruritania media)",
        "unidentified speaker (Foreign Ministry spokeswoman)",
        "unattributed",
      ]),
    });
  });

  it("when one speaker asserts what another denies, then the briefing shows the dispute and ranks the denial first", async () => {
    const article = makeArticle({ text: "Ruritania talks. A ceasefire plan was reported and denied." });
    await store.insertNewArticles([article], true);
    await store.saveClaims(article.id, [
      makeStoredClaim(article, 0, {
        speaker: makeSpeakerValue({ name: "Boris Other", side: "Freedonia" }),
        content: "the army will be rebuilt",
      }),
      makeStoredClaim(article, 1, {
        speaker: makeSpeakerValue({ name: "Example Post", kind: "media", side: null, role: null, org: null }),
        content: "officials secretly drafted a ceasefire plan",
      }),
      makeStoredClaim(article, 2, {
        speaker: makeSpeakerValue({ name: "Boris Other", side: "Freedonia" }),
        content: "no such plan is being discussed",
        stance: "denies",
      }),
    ]);
    const briefing = await compose();
    expect(briefing.disputes.items).toHaveLength(1);
    const dispute = briefing.disputes.items[0];
    expect(dispute?.entries.map((entry) => [entry.claim.stance, entry.speaker.name])).toEqual([
      ["asserts", "Example Post"],
      ["denies", "Boris Other"],
    ]);
    const boris = briefing.groups.items.find((group) => group.side === "Freedonia")?.speakers.items[0];
    expect(boris?.claims.items.map((claim) => claim.stance)).toEqual(["denies"]);
    expect(boris?.claims.more).toBe(1);
  });

  it("when many speakers assert and deny one thing, then the dispute shows two on each side and counts the rest", async () => {
    const article = makeArticle({ text: "Ruritania talks. A ceasefire plan was reported and denied." });
    await store.insertNewArticles([article], true);
    const names = ["Anna", "Boris", "Carl", "Dora", "Emil", "Fay"];
    await store.saveClaims(
      article.id,
      names.map((name, index) =>
        makeStoredClaim(article, index, {
          speaker: makeSpeakerValue({
            name: `${name} Speaker${index}`,
            side: index < 3 ? "Ruritania" : "Freedonia",
          }),
          ...(index < 3
            ? { content: "officials secretly drafted a ceasefire plan" }
            : { content: "no such plan is being discussed", stance: "denies" as const }),
        }),
      ),
    );
    const briefing = await compose();
    const dispute = briefing.disputes.items[0];
    const stances = dispute?.entries.map((entry) => entry.claim.stance);
    expect(stances).toEqual(["asserts", "asserts", "denies", "denies"]);
    expect(dispute?.more).toBe(2);
    expect(dispute?.entries.every((entry) => entry.claim.inDispute)).toBe(true);
  });

  it("when there are many speakers and claims, then every section is bounded and says how many more", async () => {
    const article = makeArticle();
    await store.insertNewArticles([article], true);
    const claims = Array.from({ length: 40 }, (_, index) =>
      makeStoredClaim(article, index, {
        speaker: makeSpeakerValue({ name: `Person Number${Math.floor(index / 4)}` }),
        content: `${["grain", "border", "prisoners", "energy"][index % 4]} matters ${index} require attention${index}`,
      }),
    );
    await store.saveClaims(article.id, claims);
    const briefing = await compose();
    const group = briefing.groups.items[0];
    // Ten speakers with four distinct claims each: four speakers shown, one claim each.
    expect(group?.speakers.items).toHaveLength(4);
    expect(group?.speakers.more).toBe(6);
    expect(group?.speakers.items[0]?.claims.items).toHaveLength(1);
    expect(group?.speakers.items[0]?.claims.more).toBe(3);
  });

  it("when nothing matches, then the briefing is empty but well-formed", async () => {
    const briefing = await compose();
    expect(briefing.counts).toEqual({ articles: 0, outlets: 0, events: 0 });
    expect(briefing.groups.items).toEqual([]);
  });
});
