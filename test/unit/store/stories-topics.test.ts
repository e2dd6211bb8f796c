import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/store/store.js";
import type { Story } from "../../../src/stories/story.js";
import type { Topic } from "../../../src/topics/topic.js";
import { storeBackends } from "../../support/test-stores.js";

const makeStory = (overrides: Partial<Story> & { id: string }): Story => ({
  title: `Story ${overrides.id}`,
  firstPublishedAt: "2025-11-20T10:00:00.000Z",
  fingerprint: `fp-${overrides.id}`,
  ...overrides,
});

const makeTopic = (overrides: Partial<Topic> = {}): Topic => ({
  workspaceId: "guild-1",
  name: "peace-plan",
  query: '"peace plan" AND (Ukraine OR Kyiv|Kiev)',
  createdAt: "2025-11-20T08:00:00.000Z",
  ...overrides,
});

describe.each(storeBackends)("stories and topics in the $name store", (backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it("when asking for recent stories, then those first published since then come back, oldest first", async () => {
    await store.createStory(makeStory({ id: "s-old", firstPublishedAt: "2025-11-18T10:00:00Z" }));
    await store.createStory(makeStory({ id: "s-late", firstPublishedAt: "2025-11-20T12:00:00Z" }));
    await store.createStory(makeStory({ id: "s-edge", firstPublishedAt: "2025-11-19T00:00:00Z" }));
    const recent = await store.recentStories("2025-11-19T00:00:00.000Z");
    expect(recent).toEqual([
      makeStory({ id: "s-edge", firstPublishedAt: "2025-11-19T00:00:00.000Z" }),
      makeStory({ id: "s-late", firstPublishedAt: "2025-11-20T12:00:00.000Z" }),
    ]);
  });

  it("when a story id is created twice (an article processed again), then the first is kept", async () => {
    await store.createStory(makeStory({ id: "s-1", title: "First" }));
    await store.createStory(makeStory({ id: "s-1", title: "Second" }));
    const stories = await store.recentStories("1970-01-01T00:00:00.000Z");
    expect(stories.filter((story) => story.id === "s-1").map((story) => story.title)).toEqual(["First"]);
  });

  it("when a topic is saved, then it is found by workspace and name", async () => {
    await store.upsertTopic(makeTopic());
    expect(await store.getTopic("guild-1", "peace-plan")).toEqual(makeTopic());
    expect(await store.getTopic("guild-2", "peace-plan")).toBeUndefined();
  });

  it("when a topic is saved again, then its query changes and its creation time stays", async () => {
    await store.upsertTopic(makeTopic());
    await store.upsertTopic(makeTopic({ query: "Zelensky|Zelenskyy", createdAt: "2025-11-21T08:00:00Z" }));
    expect(await store.getTopic("guild-1", "peace-plan")).toEqual(makeTopic({ query: "Zelensky|Zelenskyy" }));
  });

  it("when listing topics, then only the workspace's own come back, by name", async () => {
    await store.upsertTopic(makeTopic({ name: "sanctions" }));
    await store.upsertTopic(makeTopic({ name: "ceasefire" }));
    await store.upsertTopic(makeTopic({ workspaceId: "T-slack", name: "other" }));
    expect((await store.listTopics("guild-1")).map((topic) => topic.name)).toEqual([
      "ceasefire",
      "sanctions",
    ]);
    expect(await store.listTopics("nobody")).toEqual([]);
  });

  it("when a topic is removed, then it is gone and removing it again reports false", async () => {
    await store.upsertTopic(makeTopic());
    expect(await store.removeTopic("guild-1", "peace-plan")).toBe(true);
    expect(await store.getTopic("guild-1", "peace-plan")).toBeUndefined();
    expect(await store.removeTopic("guild-1", "peace-plan")).toBe(false);
  });
});
