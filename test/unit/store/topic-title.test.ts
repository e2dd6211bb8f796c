import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { syncConfigTopics } from "../../../src/pipeline/sync-config-topics.js";
import type { Store } from "../../../src/store/store.js";
import type { Topic } from "../../../src/topics/topic.js";
import { storeBackends } from "../../support/test-stores.js";

const makeTopic = (overrides: Partial<Topic> = {}): Topic => ({
  workspaceId: "guild-1",
  name: "peace-plan",
  query: '"peace plan" AND Kyiv|Kiev',
  createdAt: "2025-11-20T08:00:00.000Z",
  ...overrides,
});

describe.each(storeBackends)("topic titles in the $name store", (backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it("when a topic is saved with a title, then it comes back with it; without one, then it has none", async () => {
    await store.upsertTopic(makeTopic({ title: "Peace plan for Ukraine" }));
    await store.upsertTopic(makeTopic({ name: "sanctions" }));
    expect(await store.getTopic("guild-1", "peace-plan")).toEqual(
      makeTopic({ title: "Peace plan for Ukraine" }),
    );
    expect(await store.getTopic("guild-1", "sanctions")).toEqual(makeTopic({ name: "sanctions" }));
  });

  it("when an admin edits the query (no title given), then the title stays", async () => {
    await store.upsertTopic(makeTopic({ title: "Peace plan for Ukraine" }));
    await store.upsertTopic(makeTopic({ query: "Zelensky|Zelenskyy" }));
    expect(await store.getTopic("guild-1", "peace-plan")).toEqual(
      makeTopic({ title: "Peace plan for Ukraine", query: "Zelensky|Zelenskyy" }),
    );
  });

  it("when config gives a title to a topic an admin already edited, then the title is set and the edited query kept", async () => {
    await store.upsertTopic(makeTopic({ query: "edited in chat" }));
    const config = [
      { name: "peace-plan", workspace: "guild-1", query: "from config", title: "Peace plan for Ukraine" },
    ];
    await syncConfigTopics(store, config, new Date("2025-11-21T00:00:00Z"));
    expect(await store.getTopic("guild-1", "peace-plan")).toEqual(
      makeTopic({ query: "edited in chat", title: "Peace plan for Ukraine" }),
    );
  });
});
