import { Writable } from "node:stream";
import { afterEach, beforeEach, expect } from "vitest";
import {
  createSlackAdapter,
  type SlackAdapter,
  type SlackAdapterOptions,
} from "../../../src/chat/slack/slack-adapter.js";
import { createLogger } from "../../../src/logger.js";
import { type FakeSlack, startFakeSlack } from "../fake-slack.js";

export const signingSecret = "fake-signing-secret-0123456789abcdef";

/** One test's Slack: the fake, adapters made against it (stopped after the test), and the log. */
export interface SlackTestBed {
  fake: FakeSlack;
  /** Everything the adapters logged, at debug level and up. */
  log(): string;
  /** An adapter pointed at the fake: HTTP mode with `signingSecret` unless told otherwise. */
  adapter(overrides?: Partial<SlackAdapterOptions>): SlackAdapter;
}

/**
 * A fresh fake Slack per test. After each test the adapters are stopped, the fake is closed, and
 * the test fails if anything called a method or path the fake does not know.
 */
export function useSlack(): () => SlackTestBed {
  let bed: SlackTestBed | undefined;
  let adapters: SlackAdapter[] = [];
  beforeEach(async () => {
    const fake = await startFakeSlack();
    let log = "";
    const stream = new Writable({
      write(chunk, _encoding, done) {
        log += String(chunk);
        done();
      },
    });
    const logger = createLogger({ level: "debug", format: "text", stream });
    bed = {
      fake,
      log: () => log,
      adapter(overrides = {}) {
        const adapter = createSlackAdapter({
          botToken: fake.botToken,
          signingSecret,
          apiUrl: fake.apiUrl,
          admins: [],
          logger,
          ackWithinMs: 1000,
          requestTimeoutMs: 1000,
          ...overrides,
        });
        adapters.push(adapter);
        return adapter;
      },
    };
  });
  afterEach(async () => {
    for (const adapter of adapters) await adapter.stop();
    adapters = [];
    const unknown = bed?.fake.unknown ?? [];
    await bed?.fake.close();
    bed = undefined;
    expect(unknown, "calls the fake Slack does not know").toEqual([]);
  });
  return () => {
    if (!bed) throw new Error("the fake Slack only exists inside a test");
    return bed;
  };
}
