import { Worker } from "node:worker_threads";
import type { Logger } from "../../logger.js";
import { changesSettings } from "../changes-settings.js";
import type { CommandHandler } from "../command-handler.js";
import type { CommandRequest } from "../command-request.js";
import type { Reply } from "../reply.js";
import type { FromThread, ThreadData, ToThread } from "./thread-messages.js";

/** A command handler that answers `/latest` on threads of its own; `close` ends them. */
export interface ThreadedHandler extends CommandHandler {
  /** Threads started and answering now. */
  threadsReady(): number;
  close(): Promise<void>;
}

export interface ThreadOptions extends ThreadData {
  /** Threads to start (at least 1). */
  threads: number;
  logger: Logger;
  /** The thread's module (tests: the TypeScript source); default latest-thread.js beside this file. */
  entry?: URL;
  /** Node options for the threads (tests: a TypeScript loader); default this process's. */
  execArgv?: string[];
}

interface Thread {
  worker: Worker;
  ready: boolean;
  alive: boolean;
  pending: Map<number, { request: CommandRequest; resolve: (reply: Reply | Promise<Reply>) => void }>;
}

/** How long `close` waits for a thread to close its store before ending it. */
const closeWaitMs = 2_000;

/**
 * `/latest` answered on worker threads, everything else by `main`. Why: under a burst of `/latest`
 * the main thread is busy end to end (HTTP, bolt or the gateway, the store read, rendering), one
 * request after another, while the second core idles; each thread opens its own connection to
 * the store (SQLite in WAL mode lets them read side by side) and keeps its own caches. After a
 * command that changes topics or subscriptions, the threads forget theirs at once, as `main`
 * does. Until a thread has started, and after one has stopped, its share is answered by `main`:
 * no command is lost or waits on a thread that is not there.
 */
export function createThreadedHandler(main: CommandHandler, options: ThreadOptions): ThreadedHandler {
  const { threads: count, logger, entry, execArgv, ...data } = options;
  let nextId = 0;
  let closing = false;
  const threads = Array.from({ length: Math.max(1, count) }, (_, index) => {
    const worker = new Worker(entry ?? new URL("./latest-thread.js", import.meta.url), {
      workerData: data satisfies ThreadData,
      execArgv: execArgv ?? process.execArgv,
      name: `latest-${index + 1}`,
    });
    const thread: Thread = { worker, ready: false, alive: true, pending: new Map() };
    worker.on("message", (message: FromThread) => onMessage(thread, message));
    worker.on("error", (error) => logger.error("a /latest thread failed", { thread: index + 1, error }));
    worker.on("exit", (code) => {
      thread.alive = false;
      thread.ready = false;
      if (!closing)
        logger.error("a /latest thread stopped; its share of /latest is answered on the main thread", {
          thread: index + 1,
          code,
        });
      // What it had not answered is answered here: /latest only reads, so asking again is safe.
      for (const { request, resolve } of thread.pending.values()) resolve(main.handle(request));
      thread.pending.clear();
    });
    return thread;
  });

  const onMessage = (thread: Thread, message: FromThread) => {
    if (message.kind === "ready") {
      thread.ready = true;
      logger.info("/latest thread ready", { thread: threads.indexOf(thread) + 1 });
    } else if (message.kind === "answer" || message.kind === "unanswered") {
      const waiting = thread.pending.get(message.id);
      thread.pending.delete(message.id);
      if (waiting === undefined) return;
      waiting.resolve(message.kind === "answer" ? message.reply : main.handle(waiting.request));
    } else if (message.kind === "log") logger[message.level](message.message, message.fields);
    else logger.error("a /latest thread could not start", { reason: message.reason });
  };

  /** The ready thread with the fewest commands in hand, if any. */
  const pick = (): Thread | undefined => {
    let best: Thread | undefined;
    for (const thread of threads) {
      if (thread.ready && thread.alive && (best === undefined || thread.pending.size < best.pending.size))
        best = thread;
    }
    return best;
  };

  const tell = (message: ToThread) => {
    for (const thread of threads) if (thread.alive) thread.worker.postMessage(message);
  };

  return {
    async handle(request) {
      const thread = request.command === "latest" && !closing ? pick() : undefined;
      if (thread === undefined) {
        const reply = await main.handle(request);
        if (changesSettings(request.command)) tell({ kind: "settings_changed" });
        return reply;
      }
      const id = nextId++;
      const { platform, workspaceId, channelId, userId, adminDescription } = request.context;
      const context = { platform, workspaceId, channelId, userId, adminDescription };
      const answered = new Promise<Reply>((resolve) => thread.pending.set(id, { request, resolve }));
      try {
        thread.worker.postMessage({ kind: "ask", id, request: { ...request, context } } satisfies ToThread);
      } catch (error) {
        // Options that cannot cross threads (none the adapters make): answered here instead.
        thread.pending.delete(id);
        logger.warn("a /latest could not be passed to its thread; answered on the main thread", { error });
        return main.handle(request);
      }
      return answered;
    },
    complete: (request) => main.complete(request),
    threadsReady: () => threads.filter((thread) => thread.ready && thread.alive).length,
    async close() {
      closing = true;
      await Promise.all(
        threads.map(async (thread) => {
          if (!thread.alive) return;
          const exited = new Promise((resolve) => thread.worker.once("exit", resolve));
          thread.worker.postMessage({ kind: "stop" } satisfies ToThread);
          const timer = setTimeout(() => void thread.worker.terminate(), closeWaitMs);
          await exited;
          clearTimeout(timer);
        }),
      );
    },
  };
}
