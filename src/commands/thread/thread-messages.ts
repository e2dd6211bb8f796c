import type { CommandContext, CommandRequest } from "../command-request.js";
import type { Reply } from "../reply.js";

/** What a `/latest` thread is started with (`workerData`). */
export interface ThreadData {
  /** The store every thread opens for itself (a file or a server: never `sqlite::memory:`). */
  databaseUrl: string;
  /** As `CommandDeps.settingsCacheMs` and `speakerCacheMs`; the defaults when left out. */
  settingsCacheMs?: number;
  speakerCacheMs?: number;
  /** As `config.ingest.maxFailures`, for what the handler shows of feeds. */
  maxFailures: number;
}

/** A command as it crosses to a thread: the context without `isAdmin` (`/latest` never asks it). */
export type ThreadRequest = Omit<CommandRequest, "context"> & { context: Omit<CommandContext, "isAdmin"> };

/** From the main thread to a `/latest` thread. */
export type ToThread =
  | { kind: "ask"; id: number; request: ThreadRequest }
  /** Topics or subscriptions were changed on the main thread: forget what is cached. */
  | { kind: "settings_changed" }
  /** Close the store and end. */
  | { kind: "stop" };

/** From a `/latest` thread to the main thread. */
export type FromThread =
  /** The store is open and the speaker list read: send commands. */
  | { kind: "ready" }
  | { kind: "answer"; id: number; reply: Reply }
  /** The thread could not answer this one: the main thread does. */
  | { kind: "unanswered"; id: number }
  /** A log line for the main thread's logger (which formats and masks secrets). */
  | {
      kind: "log";
      level: "debug" | "info" | "warn" | "error";
      message: string;
      fields?: Record<string, unknown>;
    }
  /** Starting failed (the store could not be opened); the thread ends. */
  | { kind: "failed"; reason: string };
