import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderReplyText } from "../../../src/chat/console/render-reply.js";
import { loadGazetteer } from "../../../src/claims/load-gazetteer.js";
import type { CommandHandler } from "../../../src/commands/command-handler.js";
import { createCommandHandler } from "../../../src/commands/create-command-handler.js";
import {
  createThreadedHandler,
  type ThreadedHandler,
} from "../../../src/commands/thread/threaded-handler.js";
import type { Logger } from "../../../src/logger.js";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";
import { type StoreLocation, storeBackends } from "../../support/test-stores.js";
import { makeContext, makeRequest } from "./support/command-context.js";
import { makeArticle, makeTopic, speakers, storeArticle } from "./support/seed.js";

/** The thread's module from its TypeScript source (the bot runs the built .js). */
const typescriptThread = {
  entry: new URL("../../support/thread/latest-thread-from-source.mjs", import.meta.url),
  execArgv: [],
};

interface Setup {
  location: StoreLocation;
  store: Store;
  main: CommandHandler;
  logs: { level: string; message: string }[];
  logger: Logger;
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (const deadline = Date.now() + 20_000; !condition(); ) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.each(storeBackends)("/latest on a thread of its own, on the $name store", (backend) => {
  let setup: Setup;
  let threaded: ThreadedHandler | undefined;
  let storeClosed = false;

  beforeEach(async () => {
    const location = await backend.location();
    const store = await openStore(location.url);
    await store.upsertTopic(makeTopic());
    await storeArticle(store, makeArticle({ url: "https://news.example/denial" }), [
      {
        speaker: speakers.peskov,
        content: "no such plan is being discussed with the United States",
        stance: "denies",
      },
    ]);
    const logs: Setup["logs"] = [];
    const log = (level: string) => (message: string) => void logs.push({ level, message });
    const logger: Logger = { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
    const main = createCommandHandler({
      store,
      logger,
      gazetteer: loadGazetteer(),
      now: () => new Date(),
      checkFeed: async () => ({ kind: "failed", reason: "test", detail: "not used" }),
      subscriptionsChanged: () => undefined,
      queueBriefing: async () => ({ kind: "unknown_topic" }),
      ingest: { maxFailures: 10 },
    });
    setup = { location, store, main, logs, logger };
  });
  afterEach(async () => {
    await threaded?.close();
    threaded = undefined;
    if (!storeClosed) await setup.store.close();
    storeClosed = false;
    await setup.location.dispose();
  });

  const start = (overrides: Partial<Parameters<typeof createThreadedHandler>[1]> = {}) => {
    threaded = createThreadedHandler(setup.main, {
      threads: 1,
      databaseUrl: setup.location.url,
      maxFailures: 10,
      logger: setup.logger,
      ...typescriptThread,
      ...overrides,
    });
    return threaded;
  };
  const askPeskov = (handler: CommandHandler, channelId: string) =>
    handler.handle(makeRequest("latest", { who: "peskov" }, { context: makeContext({ channelId }) }));

  it("when /latest is asked, then the thread gives the main thread's answer from its own store connection, and sees a topic added meanwhile at once", async () => {
    const handler = start();
    await waitFor(() => handler.threadsReady() === 1, "the thread to start");
    const onMain = await askPeskov(setup.main, "C1");
    expect(await askPeskov(handler, "C1")).toEqual(onMain);
    expect(renderReplyText(onMain)).toContain(
      "denies — no such plan is being discussed with the United States",
    );

    // A topic made through the main thread is known to the thread's next /latest, not 5 s later.
    const context = makeContext({ admin: true });
    const added = await handler.handle(
      makeRequest("topic", { name: "talks", query: "Kremlin OR plan" }, { subcommand: "add", context }),
    );
    expect(added.tone).toBe("success");
    const onTopic = await handler.handle(
      makeRequest("latest", { who: "peskov", topic: "talks" }, { context }),
    );
    expect(onTopic.tone).not.toBe("error");
    expect(renderReplyText(onTopic)).toContain("Dmitry Peskov");

    // With the main thread's store closed, only the thread can still answer.
    await setup.store.close();
    storeClosed = true;
    const fromThread = renderReplyText(await askPeskov(handler, "C2"));
    expect(fromThread).toContain("Dmitry Peskov · Kremlin spokesman · Russia");
    expect(fromThread).not.toContain("went wrong");
  });

  it("when the thread cannot run, then /latest is answered on the main thread and the log says so", async () => {
    const broken = path.join(mkdtempSync(path.join(tmpdir(), "newsbrief-thread-")), "crashing-thread.mjs");
    writeFileSync(broken, "process.exit(3);\n");
    const handler = start({ entry: pathToFileURL(broken), execArgv: [] });
    await waitFor(
      () =>
        setup.logs.some((line) => line.level === "error" && line.message.includes("/latest thread stopped")),
      "the thread to stop",
    );
    expect(handler.threadsReady()).toBe(0);
    expect(renderReplyText(await askPeskov(handler, "C3"))).toContain(
      "Dmitry Peskov · Kremlin spokesman · Russia",
    );
    rmSync(path.dirname(broken), { recursive: true, force: true });
  });

  it("when the thread stops with a /latest in hand, then that one is answered on the main thread", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "newsbrief-thread-"));
    const dying = path.join(dir, "dying-thread.mjs");
    writeFileSync(
      dying,
      'import { parentPort } from "node:worker_threads";\n' +
        'parentPort.postMessage({ kind: "ready" });\n' +
        'parentPort.on("message", () => process.exit(4));\n',
    );
    const handler = start({ entry: pathToFileURL(dying), execArgv: [] });
    await waitFor(() => handler.threadsReady() === 1, "the thread to say it is ready");
    expect(renderReplyText(await askPeskov(handler, "C4"))).toContain(
      "Dmitry Peskov · Kremlin spokesman · Russia",
    );
    expect(handler.threadsReady()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it("when the thread cannot open the store, then the main logger says why and /latest is answered on the main thread", async () => {
    const handler = start({ databaseUrl: "sqlite:" });
    await waitFor(
      () => setup.logs.some((line) => line.level === "error" && line.message.includes("could not start")),
      "the thread to give up",
    );
    expect(handler.threadsReady()).toBe(0);
    expect(renderReplyText(await askPeskov(handler, "C5"))).toContain(
      "Dmitry Peskov · Kremlin spokesman · Russia",
    );
  });
});
