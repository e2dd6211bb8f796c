import { afterEach, beforeEach } from "vitest";
import { renderReplyText } from "../../../../src/chat/console/render-reply.js";
import { loadGazetteer } from "../../../../src/claims/load-gazetteer.js";
import type { CommandDeps } from "../../../../src/commands/command-deps.js";
import type { CommandHandler } from "../../../../src/commands/command-handler.js";
import type { CommandRequest } from "../../../../src/commands/command-request.js";
import { createCommandHandler } from "../../../../src/commands/create-command-handler.js";
import type { Reply } from "../../../../src/commands/reply.js";
import { enqueueBriefing } from "../../../../src/delivery/enqueue-briefing.js";
import type { FeedCheck } from "../../../../src/ingest/check-feed.js";
import { checkFeed } from "../../../../src/ingest/check-feed.js";
import type { Logger } from "../../../../src/logger.js";
import type { Store } from "../../../../src/store/store.js";
import type { StoreBackend } from "../../../support/test-stores.js";

/** The fixed clock of command tests: Fri 21 Nov 2025, 06:00 UTC. */
export const testNow = new Date("2025-11-21T06:00:00.000Z");

/** Log lines a test can look at. */
export interface LogLine {
  level: "debug" | "info" | "warn" | "error";
  message: string;
  fields: Record<string, unknown>;
}

/** A handler on a real store, with what it logged and how often subscriptions changed. */
export interface Harness {
  store: Store;
  logs: LogLine[];
  subscriptionChanges: number;
  /** The handler, built on first use (after the test seeded the store) with the test's deps. */
  handler(overrides?: Partial<CommandDeps>): CommandHandler;
  /** Handle a request and render the reply as plain text. */
  ask(request: CommandRequest): Promise<{ reply: Reply; text: string }>;
}

/** Ingest's fetch settings for checks against the local fake feed server. */
export function feedCheckSettings(allowPrivate: string[]): Parameters<typeof checkFeed>[1] {
  return {
    userAgent: "newsbrief-test",
    timeoutMs: 5000,
    maxBodyBytes: 1_000_000,
    maxRedirects: 3,
    allowPrivate,
  };
}

/** One fresh store and handler per test, closed after it. */
export function useCommandHarness(backend: Pick<StoreBackend, "open">): () => Harness {
  let harness: Harness | undefined;
  beforeEach(async () => {
    const store = await backend.open();
    const logs: LogLine[] = [];
    const log =
      (level: LogLine["level"]) =>
      (message: string, fields: Record<string, unknown> = {}) =>
        logs.push({ level, message, fields });
    const logger: Logger = { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
    let built: CommandHandler | undefined;
    const state: Harness = {
      store,
      logs,
      subscriptionChanges: 0,
      handler(overrides = {}) {
        if (built === undefined || Object.keys(overrides).length > 0) {
          built = createCommandHandler({
            store,
            logger,
            gazetteer: loadGazetteer(),
            now: () => testNow,
            checkFeed: (url): Promise<FeedCheck> => checkFeed(url, feedCheckSettings([])),
            subscriptionsChanged: () => {
              state.subscriptionChanges += 1;
            },
            queueBriefing: (order) => enqueueBriefing({ store, logger, now: () => testNow }, order),
            ingest: { maxFailures: 10 },
            speakerCacheMs: 0,
            settingsCacheMs: 0,
            ...overrides,
          });
        }
        return built;
      },
      async ask(request) {
        const reply = await state.handler().handle(request);
        return { reply, text: renderReplyText(reply) };
      },
    };
    harness = state;
  });
  afterEach(async () => {
    await harness?.store.close();
    harness = undefined;
  });
  return () => {
    if (!harness) throw new Error("the command harness only exists inside a test");
    return harness;
  };
}
