import { describe, expect, it } from "vitest";
import type { CommandRequest } from "../../../src/commands/command-request.js";
import { storeBackends } from "../../support/test-stores.js";
import { makeContext, makeRequest } from "./support/command-context.js";
import { useCommandHarness } from "./support/command-harness.js";
import { makeTopic } from "./support/seed.js";

/** Every admin command, with options that would succeed for an admin. */
const adminRequests: [string, (admin: boolean) => CommandRequest][] = [
  [
    "topic add",
    (admin) =>
      makeRequest(
        "topic",
        { name: "grain", query: "grain" },
        { subcommand: "add", context: makeContext({ admin }) },
      ),
  ],
  [
    "topic remove",
    (admin) =>
      makeRequest("topic", { name: "mine" }, { subcommand: "remove", context: makeContext({ admin }) }),
  ],
  [
    "feed remove",
    (admin) =>
      makeRequest(
        "feed",
        { url: "https://feeds.example/mine.xml" },
        { subcommand: "remove", context: makeContext({ admin }) },
      ),
  ],
  [
    "subscribe",
    (admin) => makeRequest("subscribe", { topic: "peace-plan" }, { context: makeContext({ admin }) }),
  ],
  ["unsubscribe", (admin) => makeRequest("unsubscribe", {}, { context: makeContext({ admin }) })],
];

describe("admin rights", () => {
  const harness = useCommandHarness(storeBackends[0] as (typeof storeBackends)[number]);

  async function seed(): Promise<void> {
    const { store } = harness();
    await store.upsertTopic(makeTopic());
    await store.upsertTopic(makeTopic({ workspaceId: "T0WORK", name: "mine", query: "mine" }));
    await store.upsertFeed({ url: "https://feeds.example/mine.xml", source: "admin", workspaceId: "T0WORK" });
  }

  it.each(adminRequests)(
    "when a member who is not an admin runs %s, then it is refused, saying who may, and nothing changes",
    async (_name, make) => {
      await seed();
      const h = harness();
      const request = make(false);
      const { reply, text } = await h.ask(request);
      expect(reply).toMatchObject({ tone: "error", ephemeral: true });
      expect(text).toMatch(/^Only workspace admins and owners can /);
      expect(await h.store.listAdminChanges("T0WORK", 10)).toEqual([]);
      expect(await h.store.listTopics("T0WORK")).toHaveLength(1);
      expect(await h.store.listFeeds()).toHaveLength(1);
      expect(await h.store.listSubscriptions()).toEqual([]);
    },
  );

  it.each(adminRequests)(
    "when an admin runs %s, then it is done and the change is recorded with who and when",
    async (name, make) => {
      await seed();
      const h = harness();
      if (name === "unsubscribe") {
        await h.ask(
          makeRequest("subscribe", { topic: "peace-plan" }, { context: makeContext({ admin: true }) }),
        );
      }
      const { reply } = await h.ask(make(true));
      expect(reply.tone).toBe("success");
      const [latest] = await h.store.listAdminChanges("T0WORK", 1);
      expect(latest).toMatchObject({ actor: "slack:U0USER", at: "2025-11-21T06:00:00.000Z" });
      expect(latest?.action).toBe(name.replace(" ", "."));
    },
  );

  it("when an admin adds a topic, then the record holds its name and query", async () => {
    const h = harness();
    await h.ask(
      makeRequest(
        "topic",
        { name: "grain", query: "grain OR wheat" },
        { subcommand: "add", context: makeContext({ admin: true }) },
      ),
    );
    expect(await h.store.listAdminChanges("T0WORK", 5)).toEqual([
      {
        workspaceId: "T0WORK",
        actor: "slack:U0USER",
        action: "topic.add",
        target: "grain",
        detail: "grain OR wheat",
        at: "2025-11-21T06:00:00.000Z",
      },
    ]);
  });

  it("when a command anyone may run is used, then admin rights are never asked for", async () => {
    await seed();
    const h = harness();
    const context = makeContext();
    for (const request of [
      makeRequest("latest", {}, { context }),
      makeRequest("topic", {}, { subcommand: "list", context }),
      makeRequest("feed", {}, { subcommand: "list", context }),
      makeRequest("status", {}, { context }),
      makeRequest("help", {}, { context }),
    ]) {
      await h.ask(request);
    }
    expect(context.adminChecks).toBe(0);
  });
});
