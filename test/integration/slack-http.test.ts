import { afterEach, describe, expect, it } from "vitest";
import type { SlackReplyMessage } from "../../src/chat/slack/render-reply.js";
import { formBody, makeSlashCommand } from "../fakes/slack/make-slash-command.js";
import { createRecordingHandler, type RecordingHandler } from "../fakes/slack/recording-handler.js";
import { serveRoutes } from "../fakes/slack/serve-routes.js";
import { signRequest } from "../fakes/slack/sign-request.js";
import { signingSecret, useSlack } from "../fakes/slack/use-slack.js";
import { checkSlackLimits } from "../unit/chat/support/check-slack-limits.js";

const slack = useSlack();
let closeServer: (() => Promise<void>) | undefined;
afterEach(async () => {
  await closeServer?.();
  closeServer = undefined;
});

/** An HTTP-mode adapter, started with `handler`, its route on a local server: returns a poster. */
async function httpBot(handler: RecordingHandler, options: { ackWithinMs?: number } = {}) {
  const adapter = slack().adapter({ ackWithinMs: options.ackWithinMs ?? 1000 });
  await adapter.start(handler);
  const server = await serveRoutes(adapter.httpRoutes ?? []);
  closeServer = server.close;
  return (
    body: string,
    headers: Record<string, string> = {},
    contentType = "application/x-www-form-urlencoded",
  ) =>
    fetch(server.url("/slack/events"), {
      method: "POST",
      headers: { "content-type": contentType, ...signRequest(signingSecret, body), ...headers },
      body,
    });
}

function replyText(message: SlackReplyMessage): string {
  return message.blocks.map((block) => (block.type === "section" ? block.text.text : "")).join("\n");
}

describe("Slack HTTP mode", () => {
  it("when a correctly signed /latest peskov arrives, then the handler's reply is the answer", async () => {
    const handler = createRecordingHandler();
    const post = await httpBot(handler);
    const response = await post(formBody(makeSlashCommand({ command: "/latest", text: "peskov" })));
    expect(response.status).toBe(200);
    const answer = (await response.json()) as SlackReplyMessage;
    expect(answer.response_type).toBe("ephemeral");
    expect(answer.text).toBe("latest answered");
    expect(replyText(answer)).toContain('{"who":"peskov"}');
    expect(checkSlackLimits(answer)).toEqual([]);
    expect(handler.requests).toHaveLength(1);
    expect(handler.requests[0]).toMatchObject({
      command: "latest",
      options: { who: "peskov" },
      context: { platform: "slack", workspaceId: "T0FAKE", channelId: "C0GENERAL", userId: "U0MEMBER" },
    });
    expect(handler.requests[0]?.context.adminDescription).toBe("workspace admins and owners");
  });

  it("when the answer is public, then it is posted in the channel", async () => {
    const post = await httpBot(createRecordingHandler());
    const response = await post(formBody(makeSlashCommand({ command: "/latest", text: "russia public" })));
    expect(((await response.json()) as SlackReplyMessage).response_type).toBe("in_channel");
  });

  it("when the signature is wrong, then the answer is 401 and the handler never runs", async () => {
    const handler = createRecordingHandler();
    const post = await httpBot(handler);
    const body = formBody(makeSlashCommand({ text: "peskov" }));
    const forged = signRequest("not-the-secret", body);
    const response = await post(body, forged);
    expect(response.status).toBe(401);
    const unsigned = await post(body, { "x-slack-signature": "", "x-slack-request-timestamp": "" });
    expect(unsigned.status).toBe(401);
    expect(handler.requests).toEqual([]);
    expect(slack().fake.calls.map((call) => call.method)).toEqual(["auth.test"]);
  });

  it("when the timestamp is older than five minutes, then the answer is 401 and the handler never runs", async () => {
    const handler = createRecordingHandler();
    const post = await httpBot(handler);
    const body = formBody(makeSlashCommand({ text: "peskov" }));
    const response = await post(
      body,
      signRequest(signingSecret, body, Math.floor(Date.now() / 1000) - 6 * 60),
    );
    expect(response.status).toBe(401);
    expect(handler.requests).toEqual([]);
  });

  it("when Slack verifies the URL, then the challenge is echoed", async () => {
    const post = await httpBot(createRecordingHandler());
    const body = JSON.stringify({ token: "x", challenge: "3eZbrw1aBm2rZgRNFdxV", type: "url_verification" });
    const response = await post(body, {}, "application/json");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV" });
  });

  it("when the handler is slow, then the ack is empty at once and the reply arrives at response_url", async () => {
    const handler = createRecordingHandler();
    handler.hold();
    const post = await httpBot(handler, { ackWithinMs: 20 });
    const responseUrl = slack().fake.responseUrl();
    const response = await post(
      formBody(makeSlashCommand({ text: "peskov in peace-plan", response_url: responseUrl })),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    expect(slack().fake.responses).toEqual([]);
    handler.release();
    const [reply] = await slack().fake.responsesReached(1);
    expect(responseUrl.endsWith(reply?.id ?? "?")).toBe(true);
    expect(reply?.body).toMatchObject({ response_type: "ephemeral", text: "latest answered" });
    expect(checkSlackLimits(reply?.body as SlackReplyMessage)).toEqual([]);
  });

  it("when Slack retries a request, then it is acknowledged and nothing runs twice", async () => {
    const handler = createRecordingHandler();
    const post = await httpBot(handler);
    const body = formBody(makeSlashCommand({ text: "peskov" }));
    expect((await post(body)).status).toBe(200);
    const retry = await post(body, { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" });
    expect(retry.status).toBe(200);
    expect(retry.headers.get("x-slack-no-retry")).toBe("1");
    expect(handler.requests).toHaveLength(1);
  });

  it("when the same command arrives twice (same trigger_id), then the handler runs once", async () => {
    const handler = createRecordingHandler();
    const post = await httpBot(handler);
    const body = formBody(makeSlashCommand({ text: "peskov" }));
    await post(body);
    const again = await post(body);
    expect(again.status).toBe(200);
    expect(handler.requests).toHaveLength(1);
  });

  it("when the text has the wrong shape, then the user is told what is expected and the handler never runs", async () => {
    const handler = createRecordingHandler();
    const post = await httpBot(handler);
    const response = await post(
      formBody(makeSlashCommand({ command: "/newsbrief", text: "topic add peace-plan" })),
    );
    const answer = (await response.json()) as SlackReplyMessage;
    expect(answer.response_type).toBe("ephemeral");
    expect(replyText(answer)).toContain("topic add needs a name and then a query.");
    expect(replyText(answer)).toContain("`/newsbrief topic add NAME QUERY…`");
    expect(handler.requests).toEqual([]);
  });

  it("when the subcommand is unknown, then the help answers with a note on top", async () => {
    const handler = createRecordingHandler();
    const post = await httpBot(handler);
    const response = await post(formBody(makeSlashCommand({ command: "/newsbrief", text: "<!channel>" })));
    const text = replyText((await response.json()) as SlackReplyMessage);
    expect(handler.requests.map((request) => request.command)).toEqual(["help"]);
    expect(text).toContain("“&lt;!channel&gt;” is not a newsbrief command.");
    expect(text).not.toContain("<!channel>");
  });

  it("when the body is larger than the cap, then the answer is 413 and the handler never runs", async () => {
    const handler = createRecordingHandler();
    const post = await httpBot(handler);
    const response = await post(formBody(makeSlashCommand({ text: "x".repeat(300 * 1024) })));
    expect(response.status).toBe(413);
    expect(handler.requests).toEqual([]);
  });

  it("when a request arrives before start, then it is refused with 503", async () => {
    const adapter = slack().adapter();
    const server = await serveRoutes(adapter.httpRoutes ?? []);
    closeServer = server.close;
    const body = formBody(makeSlashCommand({ text: "peskov" }));
    const response = await fetch(server.url("/slack/events"), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...signRequest(signingSecret, body) },
      body,
    });
    expect(response.status).toBe(503);
  });
});
