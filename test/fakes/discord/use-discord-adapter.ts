import { PassThrough } from "node:stream";
import { afterEach } from "vitest";
import {
  createDiscordAdapter,
  type DiscordAdapter,
  type DiscordAdapterOptions,
} from "../../../src/chat/discord/discord-adapter.js";
import { createLogger } from "../../../src/logger.js";
import { type FakeDiscord, startFakeDiscord } from "../fake-discord.js";

/** The token every test adapter uses: not token-shaped, so the logger's redaction cannot hide a leak. */
export const testToken = "plain-test-token-the-logger-would-not-recognise";

export interface DiscordTestBed {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  /** Everything logged so far. */
  log(): string;
}

/**
 * A fresh fake Discord and an adapter pointed at it, per call; both are stopped after the test.
 * Timeouts are tiny so failure tests stay fast; tests that wait for a REST call to arrive give it
 * `timeoutMs` a loaded machine can meet.
 */
export function useDiscordAdapter(): (
  options?: Partial<DiscordAdapterOptions>,
  shared?: { fake: FakeDiscord },
) => Promise<DiscordTestBed> {
  const made: (DiscordTestBed & { shared: boolean })[] = [];
  afterEach(async () => {
    for (const bed of made.splice(0)) {
      await bed.adapter.stop();
      if (!bed.shared) await bed.fake.close();
    }
  });
  return async (options = {}, shared) => {
    // A second adapter on the same fake stands for the bot after a restart.
    const fake = shared?.fake ?? (await startFakeDiscord());
    const stream = new PassThrough();
    let log = "";
    stream.on("data", (chunk: Buffer) => {
      log += chunk.toString();
    });
    const adapter = createDiscordAdapter({
      token: testToken,
      applicationId: fake.applicationId,
      apiUrl: fake.apiUrl,
      logger: createLogger({ level: "debug", format: "text", stream }),
      deferAfterMs: 40,
      completeTimeoutMs: 500,
      timeoutMs: 300,
      waitGuildTimeoutMs: 1_000,
      ...options,
    });
    const bed = { fake, adapter, log: () => log, shared: shared !== undefined };
    made.push(bed);
    return bed;
  };
}
