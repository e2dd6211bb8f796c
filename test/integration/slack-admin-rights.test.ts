import { afterEach, describe, expect, it } from "vitest";
import { adminCacheMs } from "../../src/chat/slack/admin-rights.js";
import { formBody, makeSlashCommand } from "../fakes/slack/make-slash-command.js";
import { createRecordingHandler } from "../fakes/slack/recording-handler.js";
import { serveRoutes } from "../fakes/slack/serve-routes.js";
import { signRequest } from "../fakes/slack/sign-request.js";
import { signingSecret, useSlack } from "../fakes/slack/use-slack.js";

const slack = useSlack();
let closeServer: (() => Promise<void>) | undefined;
afterEach(async () => {
  await closeServer?.();
  closeServer = undefined;
});

/**
 * An HTTP-mode bot whose handler asks `isAdmin()` for every command, on a clock the test moves
 * (requests are signed by the same clock, so they stay fresh). `subscribe(user)` sends an admin
 * command as that user and resolves once the handler has answered.
 */
async function adminBot(options: { admins?: string[] } = {}) {
  let clock = Date.UTC(2025, 10, 21, 8, 0, 0);
  const handler = createRecordingHandler({ askAdmin: true });
  const adapter = slack().adapter({ admins: options.admins ?? [], now: () => clock });
  await adapter.start(handler);
  const server = await serveRoutes(adapter.httpRoutes ?? []);
  closeServer = server.close;
  const subscribe = async (userId: string) => {
    const body = formBody(
      makeSlashCommand({ command: "/newsbrief", text: "subscribe peace-plan", user_id: userId }),
    );
    const response = await fetch(server.url("/slack/events"), {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        ...signRequest(signingSecret, body, Math.floor(clock / 1000)),
      },
      body,
    });
    expect(response.status).toBe(200);
    return handler.adminAnswers.at(-1);
  };
  const usersInfoFor = (userId: string) =>
    slack()
      .fake.callsTo("users.info")
      .filter((call) => call.params.user === userId);
  return { handler, subscribe, usersInfoFor, advance: (ms: number) => (clock += ms) };
}

describe("Slack admin rights", () => {
  it("when workspace admins, owners and members ask, then users.info decides", async () => {
    const { fake } = slack();
    fake.users.set("U0ADMIN", { is_admin: true });
    fake.users.set("U0OWNER", { is_owner: true });
    fake.users.set("U0PRIMARY", { is_primary_owner: true });
    const bot = await adminBot();
    expect(await bot.subscribe("U0ADMIN")).toBe(true);
    expect(await bot.subscribe("U0OWNER")).toBe(true);
    expect(await bot.subscribe("U0PRIMARY")).toBe(true);
    expect(await bot.subscribe("U0MEMBER")).toBe(false);
    expect(fake.callsTo("users.info").map((call) => call.params.user)).toEqual([
      "U0ADMIN",
      "U0OWNER",
      "U0PRIMARY",
      "U0MEMBER",
    ]);
    expect(bot.handler.requests[0]?.context.adminDescription).toBe("workspace admins and owners");
  });

  it("when a member is listed in config, then they are an admin without asking Slack", async () => {
    const bot = await adminBot({ admins: ["U0LISTED"] });
    expect(await bot.subscribe("U0LISTED")).toBe(true);
    expect(await bot.subscribe("U0MEMBER")).toBe(false);
    expect(bot.usersInfoFor("U0LISTED")).toEqual([]);
    expect(bot.handler.requests[0]?.context.adminDescription).toBe(
      "workspace admins and owners, and the admins listed in config",
    );
  });

  it("when the same user asks again within five minutes, then users.info is not called again; after, it is", async () => {
    slack().fake.users.set("U0ADMIN", { is_admin: true });
    const bot = await adminBot();
    expect(await bot.subscribe("U0ADMIN")).toBe(true);
    bot.advance(adminCacheMs - 1000);
    expect(await bot.subscribe("U0ADMIN")).toBe(true);
    expect(bot.usersInfoFor("U0ADMIN")).toHaveLength(1);
    bot.advance(2000);
    slack().fake.users.set("U0ADMIN", {});
    expect(await bot.subscribe("U0ADMIN")).toBe(false);
    expect(bot.usersInfoFor("U0ADMIN")).toHaveLength(2);
  });

  it("when users.info fails, then the user is refused this time and Slack is asked again next time", async () => {
    const { fake } = slack();
    fake.users.set("U0ADMIN", { is_admin: true });
    fake.fault("users.info", { kind: "error", error: "user_not_found" });
    const bot = await adminBot();
    expect(await bot.subscribe("U0ADMIN")).toBe(false);
    expect(await bot.subscribe("U0ADMIN")).toBe(true);
    expect(bot.usersInfoFor("U0ADMIN")).toHaveLength(2);
  });

  it("when a command does not need admin rights, then users.info is never called", async () => {
    const { fake } = slack();
    const adapter = slack().adapter();
    await adapter.start(createRecordingHandler());
    const server = await serveRoutes(adapter.httpRoutes ?? []);
    closeServer = server.close;
    const body = formBody(makeSlashCommand({ command: "/latest", text: "peskov" }));
    await fetch(server.url("/slack/events"), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...signRequest(signingSecret, body) },
      body,
    });
    expect(fake.callsTo("users.info")).toEqual([]);
  });
});
