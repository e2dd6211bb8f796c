import { describe, expect, it } from "vitest";
import { groupEvents } from "../../../src/briefing/group-events.js";
import { rankEvents } from "../../../src/briefing/rank-events.js";
import type { StoredArticle } from "../../../src/ingest/stored-article.js";
import { eventMeta } from "../../../src/text/briefing-phrases.js";
import { makeArticle } from "./support/make-stored.js";

const stored = (id: string, outlet: string, hour: number, title: string, text: string): StoredArticle => ({
  ...makeArticle({
    id,
    outlet,
    title,
    text,
    publishedAt: `2025-11-20T${String(hour).padStart(2, "0")}:00:00.000Z`,
  }),
  announced: true,
  storyId: null,
});

// One day of a made-up story, as separate write-ups by different outlets: a scoop about a drafted
// framework and the reactions to it, a missile strike, and an envoy's visit.
const scoop = [
  stored(
    "scoop-1",
    "Lakeside Herald",
    6,
    "Envoys quietly drafted a 12-point framework for Ruritania",
    "Envoys from Freedonia and Sylvania have secretly drafted a 12-point framework to end the war in Ruritania, the news site Lakeside Herald has reported. The draft would freeze the front line.",
  ),
  stored(
    "scoop-2",
    "Morning Ledger",
    8,
    "Sylvania denies any 12-point framework exists",
    "Sylvanian spokesman Ivo Marek denied on Thursday that Sylvania and Freedonia had drafted any framework for Ruritania, calling the Lakeside Herald report fiction. He said no envoys had met.",
  ),
  stored(
    "scoop-3",
    "Evening Wire",
    9,
    "Allies say they learned of the 12-point draft from the Herald",
    "Officials in three allied capitals said they had not been consulted on the 12-point draft framework for Ruritania and had learned of it from the Lakeside Herald report. They asked to see the text.",
  ),
];
const strike = [
  stored(
    "strike-1",
    "Morning Ledger",
    7,
    "Missile strike on Velyka Dolyna kills 12",
    "A missile strike on an apartment block in Velyka Dolyna killed at least 12 people overnight, including two children, the regional governor said. Rescuers searched the rubble.",
  ),
  stored(
    "strike-2",
    "Evening Wire",
    10,
    "Velyka Dolyna mourns after overnight missile attack",
    "Velyka Dolyna declared a day of mourning after a missile hit a residential block before dawn. The death toll rose to 12, with two children among the dead, and 30 were wounded.",
  ),
  stored(
    "strike-3",
    "Coastal Times",
    11,
    "Death toll in Velyka Dolyna strike reaches 12",
    "Rescue crews in Velyka Dolyna finished searching the ruins of the apartment block hit by a missile, where 12 people were killed. Funerals begin on Friday.",
  ),
];
const visit = [
  stored(
    "visit-1",
    "Coastal Times",
    9,
    "Envoy Margaret Holloway arrives in Ruritania's capital",
    "Freedonian envoy Margaret Holloway arrived in Ostrava on Thursday for two days of meetings with Ruritanian ministers about grain corridors and prisoner exchanges.",
  ),
  stored(
    "visit-2",
    "Evening Wire",
    12,
    "Holloway meets Ruritanian ministers on grain and prisoners",
    "Margaret Holloway, Freedonia's envoy, met Ruritanian ministers in Ostrava to discuss grain corridors and a new prisoner exchange, her office said.",
  ),
];
const topicWords = ["ruritania", "war", "framework", "strike", "envoy"];

const ids = (members: StoredArticle[]) => members.map((article) => article.id).sort();

describe("groupEvents", () => {
  it("when outlets write up the same event in their own words, then it is one event; other events of the story stay apart", () => {
    const events = groupEvents([...visit, ...strike, ...scoop], topicWords);
    expect(events.map((event) => ids(event.members)).sort()).toEqual([
      ["scoop-1", "scoop-2", "scoop-3"],
      ["strike-1", "strike-2", "strike-3"],
      ["visit-1", "visit-2"],
    ]);
  });

  it("when near-duplicate copies share a story, then they stay one unit and join their event together", () => {
    const copy = {
      ...strike[0],
      id: "strike-copy",
      outlet: "Copy Desk",
      storyId: "story-strike",
    } as StoredArticle;
    const original = { ...(strike[0] as StoredArticle), storyId: "story-strike" };
    const events = groupEvents(
      [original, copy, ...(strike.slice(1) as StoredArticle[]), ...visit],
      topicWords,
    );
    expect(events.map((event) => ids(event.members)).sort()).toEqual([
      ["strike-1", "strike-2", "strike-3", "strike-copy"],
      ["visit-1", "visit-2"],
    ]);
  });

  it("when there is one article, then it is its own event and its own representative", () => {
    const [only] = groupEvents([visit[0] as StoredArticle]);
    expect(only?.members).toEqual([visit[0]]);
    expect(only?.representative).toBe(visit[0]);
  });
});

describe("rankEvents", () => {
  it("when an event spans outlets, then it gets one summary condensed from a lead and the scoop's credit", () => {
    const { items, total } = rankEvents([...scoop, ...strike, ...visit], new Map(), 5, topicWords);
    expect(total).toBe(3);
    const first = items.find((item) => item.articleCount === 3 && item.reportedBy !== null);
    expect(first).toMatchObject({
      summary:
        "Envoys from Freedonia and Sylvania have secretly drafted a 12-point framework to end the war in Ruritania",
      reportedBy: "Lakeside Herald",
      firstOutlet: "Lakeside Herald",
      outletCount: 3,
    });
    expect(eventMeta(first as NonNullable<typeof first>)).toBe(
      "first reported by Lakeside Herald; carried by 3 outlets",
    );
  });

  it("when the summary comes from a lead, then weekday phrases are gone and it ends at a clause, not mid-word", () => {
    const { items } = rankEvents([...strike], new Map(), 5, topicWords);
    expect(items[0]?.summary).not.toMatch(/…$|on Thursday/u);
    expect(eventMeta(items[0] as NonNullable<(typeof items)[0]>)).toBe(
      "first in Morning Ledger; carried by 3 outlets",
    );
  });
});
