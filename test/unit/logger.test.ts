import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { logEvents } from "../support/log-events.js";

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = "";
  stream.on("data", (chunk: Buffer) => {
    text += chunk.toString();
  });
  return { stream, text: () => text };
}

describe("createLogger", () => {
  it("when an event is logged, then it is one JSON line with level, time, message and fields", () => {
    const out = capture();
    createLogger({ stream: out.stream }).info("briefing sent", { briefing: "b1", messages: 2 });
    const [event] = logEvents(out.text());
    expect(event).toMatchObject({ level: "info", msg: "briefing sent", briefing: "b1", messages: 2 });
    expect(Date.parse(event?.time ?? "")).not.toBeNaN();
  });

  it("when secrets turn up in messages, fields, errors or nested values, then none is written", () => {
    const out = capture();
    const signingSecret = "8f14e45fceea167a5a36dedd4bea2543";
    const webhook = "https://hooks.slack.com/services/T0001/B0002/abcdefghijklmnop";
    const logger = createLogger({ stream: out.stream, secrets: [signingSecret, webhook] });
    logger.error(`request failed with ${signingSecret}`, {
      token: "anything at all",
      error: new Error(`posting to ${webhook} failed`),
      detail: { nested: ["xoxb-1234-5678-abcdefgh", "https://user:hunter22@feeds.example/rss"] },
      url: "https://discord.com/api/webhooks/123456/very-secret-token",
    });
    const text = out.text();
    for (const secret of [
      signingSecret,
      webhook,
      "anything at all",
      "xoxb-1234",
      "hunter22",
      "very-secret-token",
      "abcdefghijklmnop",
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain("[redacted]");
    expect(logEvents(text)).toHaveLength(1);
  });

  it("when the level is warn, then info and debug are not written", () => {
    const out = capture();
    const logger = createLogger({ stream: out.stream, level: "warn" });
    logger.debug("a");
    logger.info("b");
    logger.warn("c");
    expect(logEvents(out.text()).map((event) => event.msg)).toEqual(["c"]);
  });

  it("when the format is text, then a line reads TIME LEVEL message key=value", () => {
    const out = capture();
    createLogger({ stream: out.stream, format: "text" }).warn("feed failed", {
      feed: "https://a.example/rss",
      reason: "timeout",
    });
    expect(out.text()).toMatch(/^\S+Z WARN {2}feed failed feed=https:\/\/a\.example\/rss reason=timeout\n$/);
  });
});
