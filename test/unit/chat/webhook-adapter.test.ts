import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createWebhookAdapter } from "../../../src/chat/webhook/webhook-adapter.js";
import { silentLogger } from "../../../src/logger.js";
import { makeHostileBriefing } from "../briefing/support/make-briefing.js";
import { checkSlackLimits } from "./support/check-slack-limits.js";
import { checkDiscordLimits } from "./support/discord-contract.js";

interface Received {
  path: string;
  query: string;
  body: Record<string, unknown>;
}

let server: Server;
let base: string;
let received: Received[];
let answer: (request: IncomingMessage) => { status: number; body: string; headers?: Record<string, string> };

beforeEach(async () => {
  received = [];
  answer = () => ({ status: 200, body: "ok" });
  server = createServer((request, response) => {
    let text = "";
    request.on("data", (chunk: Buffer) => {
      text += chunk.toString();
    });
    request.on("end", () => {
      const [path = "", query = ""] = (request.url ?? "").split("?");
      received.push({ path, query, body: JSON.parse(text) as Record<string, unknown> });
      const { status, body, headers } = answer(request);
      response.writeHead(status, { "content-type": "application/json", ...headers }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("the webhook adapter", () => {
  it("when a briefing goes to a Discord webhook, then each message waits for its id, fits Discord's limits and pings nobody", async () => {
    let next = 0;
    answer = () => ({ status: 200, body: JSON.stringify({ id: `m${++next}` }) });
    const secretUrl = `${base}/api/webhooks/1/secret-token`;
    const adapter = createWebhookAdapter({
      kind: "discord",
      urls: new Map([["team", secretUrl]]),
      logger: silentLogger,
    });
    const result = await adapter.post("team", makeHostileBriefing(), { briefingId: "b1" });
    expect(result.kind).toBe("sent");
    expect(received.length).toBeGreaterThan(0);
    expect(result).toEqual({ kind: "sent", messageIds: received.map((_, index) => `m${index + 1}`) });
    for (const message of received) {
      expect(message.query).toBe("wait=true");
      expect(message.body.allowed_mentions).toEqual({ parse: [] });
      expect(checkDiscordLimits(message.body as never)).toEqual([]);
      // Only `content` can ping on Discord (embeds never do), and allowed_mentions switches even that off.
      expect(String(message.body.content ?? "")).not.toMatch(/@everyone|@here|<@\d+>/);
    }
  });

  it("when a briefing goes to a Slack incoming webhook, then it is Block Kit within limits with no unfurls", async () => {
    const adapter = createWebhookAdapter({
      kind: "slack",
      urls: new Map([["team", `${base}/services/T/B/x`]]),
      logger: silentLogger,
    });
    const result = await adapter.post("team", makeHostileBriefing(), { briefingId: "b1" });
    expect(result.kind).toBe("sent");
    for (const message of received) {
      expect(message.body).toMatchObject({ unfurl_links: false, unfurl_media: false });
      expect(checkSlackLimits(message.body as never)).toEqual([]);
      // Slack parses mentions in the fallback and in mrkdwn (plain_text headers are shown literally).
      const parsed = [
        String(message.body.text),
        ...(message.body.blocks as { text?: { type: string; text: string } }[])
          .filter((block) => block.text?.type === "mrkdwn")
          .map((block) => block.text?.text ?? ""),
      ].join("\n");
      expect(parsed).not.toMatch(/<!channel>|<!here>|<@U123>/);
      expect(parsed).toContain("&lt;!channel&gt;");
    }
  });

  it("when the webhook answers 429, 500 or 404, then the result says retry after, retry, or refused for good — never with the URL", async () => {
    const secretUrl = `${base}/api/webhooks/1/secret-token`;
    const adapter = createWebhookAdapter({
      kind: "discord",
      urls: new Map([["team", secretUrl]]),
      logger: silentLogger,
    });
    answer = () => ({ status: 429, body: "{}", headers: { "retry-after": "7" } });
    expect(await adapter.post("team", makeHostileBriefing(), { briefingId: "b1" })).toMatchObject({
      kind: "failed",
      retryAfterMs: 7_000,
    });
    answer = () => ({ status: 500, body: "{}" });
    expect((await adapter.post("team", makeHostileBriefing(), { briefingId: "b1" })).kind).toBe("failed");
    answer = () => ({ status: 404, body: "{}" });
    const refused = await adapter.post("team", makeHostileBriefing(), { briefingId: "b1" });
    expect(refused).toMatchObject({ kind: "rejected", status: 404 });
    expect(JSON.stringify(refused)).not.toContain("secret-token");
  });

  it("when the webhook name has no URL, then it is refused naming the variable to set", async () => {
    const adapter = createWebhookAdapter({ kind: "slack", urls: new Map(), logger: silentLogger });
    expect(await adapter.post("news-desk", makeHostileBriefing(), { briefingId: "b1" })).toEqual({
      kind: "rejected",
      reason: 'webhook "news-desk" is not configured: set SLACK_WEBHOOK_NEWS_DESK',
    });
  });
});
