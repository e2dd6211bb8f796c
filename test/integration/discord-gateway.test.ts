import { describe, expect, it } from "vitest";
import { type InteractionInput, interactionPayload } from "../fakes/discord/interaction-payloads.js";
import { createTestCommandHandler } from "../fakes/discord/test-command-handler.js";
import { type DiscordTestBed, testToken, useDiscordAdapter } from "../fakes/discord/use-discord-adapter.js";
import { waitFor } from "../fakes/discord/wait-for.js";
import { makeBriefing } from "../unit/briefing/support/make-briefing.js";
import { requireDiscordSchema } from "../unit/chat/support/discord-contract.js";

const validCallback = requireDiscordSchema("CreateMessageInteractionCallbackRequest");
const validAutocomplete = requireDiscordSchema("ApplicationCommandAutocompleteCallbackRequest");
const validEdit = requireDiscordSchema("IncomingWebhookUpdateRequestPartial");

const manageGuild = "32";
const administrator = "8";

describe("Discord adapter over the gateway", () => {
  const discord = useDiscordAdapter();

  async function connected(behaviour: Parameters<typeof createTestCommandHandler>[0] = {}) {
    // REST calls get a loaded machine's time: nothing here tests a hang, and a 300 ms abort under
    // load would lose a callback the test then waits for.
    const bed = await discord({ timeoutMs: 5_000 });
    const test = createTestCommandHandler(behaviour);
    await bed.adapter.start(test.handler);
    await bed.adapter.session.open();
    return { ...bed, seen: test.log };
  }

  /** Dispatch an interaction and wait for its first answer at the callback endpoint. */
  async function interact(bed: DiscordTestBed, input: InteractionInput) {
    const guildId = bed.fake.guilds[0]?.id ?? "";
    const payload = interactionPayload({ applicationId: bed.fake.applicationId, guildId }, input);
    bed.fake.gateway.dispatch("INTERACTION_CREATE", payload);
    const path = new RegExp(`^/interactions/${payload.id}/${payload.token}/callback$`);
    const callback = await waitFor("the interaction callback", () => bed.fake.requestsTo("POST", path)[0]);
    return { payload, callback: callback.body as { type: number; data?: Record<string, unknown> } };
  }

  it("when the session opens, then it identifies with the Guilds intent only, uncompressed JSON, and logs the invite URL but never the token", async () => {
    const bed = await connected();
    expect(bed.adapter.session.isOpen()).toBe(true);
    expect(bed.fake.gateway.identifies).toHaveLength(1);
    expect(bed.fake.gateway.identifies[0]).toMatchObject({ token: testToken, intents: 1, compress: false });
    expect(bed.fake.gateway.connectionUrls).toEqual(["/gateway?v=10&encoding=json"]);
    expect(bed.log()).toContain(
      `https://discord.com/oauth2/authorize?client_id=${bed.fake.applicationId}&scope=bot+applications.commands&permissions=84992`,
    );
    expect(bed.log()).not.toContain(testToken);
    expect(bed.adapter.isReady()).toBe(true);
    expect(bed.fake.errors).toEqual([]);
    expect(bed.fake.gateway.errors).toEqual([]);
  });

  it("when /latest who:peskov arrives, then the callback carries the handler's reply naming Dmitry Peskov, ephemeral", async () => {
    const bed = await connected();
    const { callback } = await interact(bed, { name: "latest", options: { who: "peskov" } });
    expect(callback.type).toBe(4);
    expect(callback.data?.flags).toBe(64);
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    const text = JSON.stringify(callback.data);
    expect(text).toContain("Dmitry Peskov · Kremlin spokesman · Russia");
    expect(text).toContain("No such plan is being discussed with Washington.");
    expect(validCallback(callback)).toEqual([]);
    expect(bed.seen.requests[0]).toMatchObject({
      command: "latest",
      options: { who: "peskov" },
      context: { platform: "discord", workspaceId: bed.fake.guilds[0]?.id, channelId: "1300000000000000010" },
    });
    expect(bed.fake.errors).toEqual([]);
  });

  it("when /latest is sent with public:true, then the answer is not ephemeral", async () => {
    const bed = await connected();
    const { callback } = await interact(bed, { name: "latest", options: { who: "peskov", public: true } });
    expect(callback.type).toBe(4);
    expect(callback.data).not.toHaveProperty("flags");
    expect(bed.seen.requests[0]?.options.public).toBe(true);
  });

  it("when a member without Manage Server runs /topic add, then isAdmin() is false and the refusal names who may", async () => {
    const bed = await connected();
    const { callback } = await interact(bed, {
      name: "topic",
      subcommand: "add",
      options: { name: "ceasefire", query: "ceasefire" },
      permissions: String(1024 | 2048),
    });
    expect(bed.seen.adminAnswers).toEqual([false]);
    expect(bed.seen.requests[0]).toMatchObject({
      command: "topic",
      subcommand: "add",
      options: { name: "ceasefire" },
    });
    expect(JSON.stringify(callback.data)).toContain("members with Manage Server or Administrator");
    expect(callback.data?.flags).toBe(64);
  });

  it("when members with Manage Server, or with Administrator, run /topic add, then isAdmin() is true", async () => {
    const bed = await connected();
    await interact(bed, {
      name: "topic",
      subcommand: "add",
      options: { name: "a", query: "a" },
      permissions: manageGuild,
    });
    await interact(bed, {
      name: "topic",
      subcommand: "add",
      options: { name: "b", query: "b" },
      permissions: administrator,
    });
    expect(bed.seen.adminAnswers).toEqual([true, true]);
  });

  it("when the handler is slower than deferAfterMs, then a deferred ephemeral callback comes first and the original is edited with the answer", async () => {
    const bed = await connected({ delayMs: 150 });
    const { payload, callback } = await interact(bed, { name: "latest", options: { who: "peskov" } });
    expect(callback).toEqual({ type: 5, data: { flags: 64 } });
    expect(validCallback(callback)).toEqual([]);
    const original = new RegExp(`^/webhooks/${bed.fake.applicationId}/${payload.token}/messages/@original$`);
    const edit = await waitFor("the edited original", () => bed.fake.requestsTo("PATCH", original)[0]);
    expect(JSON.stringify(edit.body)).toContain("Dmitry Peskov");
    expect(validEdit(edit.body)).toEqual([]);
    expect(bed.fake.errors).toEqual([]);
  });

  it("when a slow public request is deferred, then the deferral is visible to the channel (no ephemeral flag)", async () => {
    const bed = await connected({ delayMs: 150 });
    const { callback } = await interact(bed, { name: "latest", options: { public: true } });
    expect(callback).toEqual({ type: 5, data: {} });
  });

  it("when an option is being typed, then autocomplete is answered with the handler's choices", async () => {
    const bed = await connected();
    const { callback } = await interact(bed, { name: "latest", options: { who: "pes" }, focused: "who" });
    expect(callback).toEqual({
      type: 8,
      data: { choices: [{ name: "Dmitry Peskov (Kremlin spokesman)", value: "dmitry-peskov" }] },
    });
    expect(validAutocomplete(callback)).toEqual([]);
    expect(bed.seen.completions[0]).toMatchObject({ command: "latest", option: "who", value: "pes" });
  });

  it("when a command comes from a DM, then it is answered that the bot works in servers, without running the handler", async () => {
    const bed = await connected();
    const { callback } = await interact(bed, { name: "latest", directMessage: true });
    expect(callback.type).toBe(4);
    expect(JSON.stringify(callback.data)).toContain("works in servers");
    expect(bed.seen.requests).toEqual([]);
  });

  it("when the handler throws, then the user still gets a generic answer with a ref that is in the log", async () => {
    const bed = await connected({ throws: true });
    const { callback } = await interact(bed, { name: "status" });
    const content = String(callback.data?.content);
    const ref = /ref ([0-9a-f]{8})/.exec(content)?.[1];
    expect(ref).toBeDefined();
    expect(bed.log()).toContain(`ref=${ref}`);
    expect(callback.data?.flags).toBe(64);
  });

  it("when the session closes, then it is no longer open and posting still works", async () => {
    const bed = await connected();
    await bed.adapter.session.close();
    expect(bed.adapter.session.isOpen()).toBe(false);
    expect(bed.fake.gateway.openSessions()).toBe(0);
    const result = await bed.adapter.post("1300000000000000500", makeBriefing(), {
      briefingId: "after-close",
    });
    expect(result.kind).toBe("sent");
  });
});
