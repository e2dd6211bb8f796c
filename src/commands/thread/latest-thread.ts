import { parentPort, workerData } from "node:worker_threads";
import { loadGazetteer } from "../../claims/load-gazetteer.js";
import type { Logger } from "../../logger.js";
import { openStore } from "../../store/open-store.js";
import { createCommandHandler } from "../create-command-handler.js";
import type { FromThread, ThreadData, ToThread } from "./thread-messages.js";

/*
 * A thread that answers `/latest` beside the main one (see `createThreadedHandler`): its own store
 * connection and command handler, its own caches. Only read-only commands are sent here, so the
 * deps that change things are never called.
 */
const port = parentPort;
if (port === null) throw new Error("latest-thread runs as a worker thread");
const data = workerData as ThreadData;
const send = (message: FromThread) => port.postMessage(message);
/** An error as plain fields (what the main logger shows of one); any other value as it is. */
const plain = (value: unknown): unknown =>
  value instanceof Error
    ? {
        name: value.name,
        message: value.message,
        code: (value as { code?: unknown }).code,
        stack: value.stack,
      }
    : value;
const log =
  (level: "debug" | "info" | "warn" | "error") =>
  (message: string, fields?: Record<string, unknown>): void => {
    const safe =
      fields && Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, plain(value)]));
    try {
      send({ kind: "log", level, message, ...(safe === undefined ? {} : { fields: safe }) });
    } catch {
      // A field that cannot cross threads loses the fields, never the line (nor the command).
      send({ kind: "log", level, message, fields: { fields: "could not be passed from the thread" } });
    }
  };
const logger: Logger = { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
const mainThreadOnly = (what: string) => () => Promise.reject(new Error(`${what} runs on the main thread`));

try {
  const store = await openStore(data.databaseUrl);
  const handler = createCommandHandler({
    store,
    logger,
    gazetteer: loadGazetteer(),
    now: () => new Date(),
    checkFeed: mainThreadOnly("checking a feed"),
    subscriptionsChanged: mainThreadOnly("the scheduler"),
    queueBriefing: mainThreadOnly("queueing a briefing"),
    ingest: { maxFailures: data.maxFailures },
    ...(data.settingsCacheMs === undefined ? {} : { settingsCacheMs: data.settingsCacheMs }),
    ...(data.speakerCacheMs === undefined ? {} : { speakerCacheMs: data.speakerCacheMs }),
  });
  port.on("message", (message: ToThread) => {
    if (message.kind === "ask") {
      const context = { ...message.request.context, isAdmin: async () => false };
      void handler
        .handle({ ...message.request, context })
        .then((reply) => send({ kind: "answer", id: message.id, reply }))
        .catch((error: unknown) => {
          logger.error("a /latest thread could not answer; the main thread does", { error });
          send({ kind: "unanswered", id: message.id });
        });
    } else if (message.kind === "settings_changed") {
      handler.settingsChanged();
    } else {
      port.close();
      void store.close().finally(() => process.exit(0));
    }
  });
  // The speaker list is read before the first command is sent, so none waits for it.
  await handler.warm();
  send({ kind: "ready" });
} catch (error) {
  send({ kind: "failed", reason: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
