import { describe, expect, it } from "vitest";
import { storeBackends } from "../../support/test-stores.js";
import { makeContext, makeRequest } from "./support/command-context.js";
import { useCommandHarness } from "./support/command-harness.js";
import { makeArticle, makeTopic, storeArticle } from "./support/seed.js";

const admin = () => makeContext({ admin: true });
const topic = (subcommand: string, options: Record<string, string> = {}, context = admin()) =>
  makeRequest("topic", options, { subcommand, context });

describe("/topic", () => {
  const harness = useCommandHarness(storeBackends[0] as (typeof storeBackends)[number]);

  it("when an admin adds a topic, then it is stored for the workspace and the answer says how much it matches", async () => {
    const h = harness();
    await storeArticle(
      h.store,
      makeArticle({
        title: "Grain corridor reopens",
        text: "Ships loaded with wheat left Odesa on Thursday as the corridor reopened.",
        publishedAt: "2025-11-20T10:00:00.000Z",
      }),
      [],
    );
    await storeArticle(h.store, makeArticle({ publishedAt: "2025-11-20T11:00:00.000Z" }), []);
    const { reply, text } = await h.ask(
      topic("add", { name: "grain", query: "grain OR wheat", title: "Grain deal" }),
    );
    expect(reply.title).toBe("Topic grain added: Grain deal.");
    expect(text).toContain("Matches 1 of 2 articles from the last 7 days.");
    expect(await h.store.getTopic("T0WORK", "grain")).toMatchObject({
      query: "grain OR wheat",
      title: "Grain deal",
    });
  });

  it("when a workspace adds a topic with a default topic's name, then it overrides it there only", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    const { text } = await h.ask(topic("add", { name: "peace-plan", query: "Kyiv AND talks" }));
    expect(text).toContain("It overrides the default topic “peace-plan” in this workspace.");
    const list = await h.ask(topic("list", {}, makeContext()));
    expect(list.text).toContain(
      "peace-plan — Peace plan (this workspace, overrides the default): Kyiv AND talks",
    );
    const elsewhere = await h.ask(topic("list", {}, makeContext({ workspaceId: "T0ELSE" })));
    expect(elsewhere.text).toContain(
      'peace-plan — Peace plan for Ukraine (default): Ukraine AND ("peace plan" OR talks)',
    );
  });

  it("when topics are listed, then the workspace's own and the default set are both there, marked", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    await h.store.upsertTopic(
      makeTopic({ workspaceId: "T0WORK", name: "grain", title: "Grain deal", query: "grain" }),
    );
    const { reply, text } = await h.ask(topic("list", {}, makeContext()));
    expect(reply.title).toBe("2 topics");
    expect(text).toContain("grain — Grain deal (this workspace): grain");
    expect(text).toContain("peace-plan — Peace plan for Ukraine (default)");
  });

  it("when an admin removes the workspace's topic, then it is gone and the record says who", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic({ workspaceId: "T0WORK", name: "grain", query: "grain" }));
    const { reply } = await h.ask(topic("remove", { name: "grain" }));
    expect(reply).toMatchObject({ title: "Topic grain removed.", tone: "success" });
    expect(await h.store.getTopic("T0WORK", "grain")).toBeUndefined();
    expect(await h.store.listAdminChanges("T0WORK", 1)).toEqual([
      expect.objectContaining({ action: "topic.remove", target: "grain", actor: "slack:U0USER" }),
    ]);
  });

  it("when an override is removed, then the default topic applies again", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    await h.store.upsertTopic(makeTopic({ workspaceId: "T0WORK", query: "Kyiv" }));
    const { text } = await h.ask(topic("remove", { name: "peace-plan" }));
    expect(text).toContain("The default topic “peace-plan” applies again in this workspace.");
    expect(await h.store.getTopic("default", "peace-plan")).toBeDefined();
  });

  it("when an admin tries to remove a default topic, then it is refused: default topics can't be removed from chat", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    const { reply } = await h.ask(topic("remove", { name: "peace-plan" }));
    expect(reply).toMatchObject({ tone: "error", ephemeral: true });
    expect(reply.title).toBe(
      "“peace-plan” is a default topic: it comes from the configuration and can't be removed from chat.",
    );
    expect(await h.store.getTopic("default", "peace-plan")).toBeDefined();
  });

  it("when a query is tested, then the answer says how many recent articles of how many match and lists the newest with links", async () => {
    const h = harness();
    await storeArticle(
      h.store,
      makeArticle({
        title: "Peace plan talks in Geneva",
        url: "https://news.example/geneva",
        publishedAt: "2025-11-20T09:00:00.000Z",
      }),
      [],
    );
    await storeArticle(
      h.store,
      makeArticle({ title: "Markets calm", text: "Shares rose.", publishedAt: "2025-11-20T08:00:00.000Z" }),
      [],
    );
    await storeArticle(
      h.store,
      makeArticle({ title: "Old peace plan news", publishedAt: "2025-11-01T08:00:00.000Z" }),
      [],
    );
    const { reply, text } = await h.ask(topic("test", { query: '"peace plan"' }, makeContext()));
    expect(reply.title).toBe("1 of 2 articles from the last 7 days match.");
    expect(text).toContain(
      "• Peace plan talks in Geneva <https://news.example/geneva> — Instant World News, 20 Nov",
    );
    expect(text).toContain('matched: "peace plan"');
    expect(text).not.toContain("Markets calm");
  });

  it("when an article joins a query's match as a wire copy under another headline, then the preview says which story it joined", async () => {
    const h = harness();
    const body =
      "Envoys from Washington and Kyiv met in Geneva on Sunday to go through the draft point by point, and both delegations said the talks would continue on Monday.";
    await storeArticle(h.store, makeArticle({ title: "Geneva talks on the peace plan", text: body }), []);
    await storeArticle(h.store, makeArticle({ title: "Envoys meet again", text: body }), []);
    const { reply, text } = await h.ask(topic("test", { query: '"peace plan"' }, makeContext()));
    expect(reply.title).toBe("2 of 2 articles from the last 7 days match.");
    expect(text).toContain("joined: a copy of “Geneva talks on the peace plan”");
  });
});
