import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useFakeFeedServer } from "../fakes/use-fake-feed-server.js";
import { makeItems, makeRssFeed } from "../fixtures/feeds/make-feed.js";
import { ensureBuilt } from "../support/built-cli.js";
import { findEvent, logEvents } from "../support/log-events.js";
import { repoRoot } from "../support/run-cli.js";
import { useTempDir } from "../support/temp-dir.js";

/** The final stage's CMD (exec form) and ENV, read from the Dockerfile so the test follows the file. */
function imageStart(): { argv: string[]; env: Record<string, string> } {
  const dockerfile = readFileSync(path.join(repoRoot, "Dockerfile"), "utf8");
  const finalStage = dockerfile.split(/^FROM\s.*$/m).at(-1) ?? "";
  const cmd = [...finalStage.matchAll(/^CMD\s+(.+)$/gm)].at(-1)?.[1];
  if (cmd === undefined) throw new Error("the Dockerfile's final stage has no CMD");
  // Only the exec form: the shell form makes /bin/sh PID 1, and sh does not pass SIGTERM on.
  const argv: unknown = JSON.parse(cmd);
  if (!Array.isArray(argv) || !argv.every((part) => typeof part === "string"))
    throw new Error(`CMD ${cmd} is not the exec form ["program", "arg", …]`);
  const env = Object.fromEntries(
    [...finalStage.matchAll(/^ENV\s+([A-Za-z_][A-Za-z0-9_]*)=(\S+)$/gm)].map((match) => [match[1], match[2]]),
  );
  return { argv, env };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Started {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

/**
 * Start the image's command outside Docker, in the repository as its /app, with our config. The
 * image's PORT is replaced by `port` (0: no HTTP server), as `docker run -e PORT=…` would, so
 * tests running side by side never share a port.
 */
function startImageCommand(configFile: string, port: number): Started {
  const { argv, env } = imageStart();
  const [program = "", ...args] = argv;
  const child = spawn(program, args, {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...env,
      PORT: String(port),
      NEWSBRIEF_CONFIG: configFile,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout?.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  return { child, stderr: () => stderr, exited };
}

async function waitFor(started: Started, pattern: RegExp, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(started.stderr())) {
    if (started.child.exitCode !== null)
      throw new Error(`exited with ${started.child.exitCode} before ${pattern}:\n${started.stderr()}`);
    if (Date.now() > deadline) throw new Error(`no ${pattern} in:\n${started.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("the Docker image's start command, outside Docker", () => {
  const tempDir = useTempDir();
  const server = useFakeFeedServer();
  beforeAll(() => ensureBuilt());

  function writeConfig(options: { feedPath: string; httpPort: number; extra?: string[] }): string {
    const dir = tempDir();
    const file = path.join(dir, "bot.yaml");
    writeFileSync(
      file,
      [
        "bot:",
        `  dataDir: ${dir}`,
        `  httpPort: ${options.httpPort}`,
        ...(options.extra ?? []),
        "ingest:",
        "  allowPrivate: ['127.0.0.1']",
        "feeds:",
        `  - url: ${server().url(options.feedPath)}`,
        "topics:",
        "  - name: peace-plan",
        "    query: peace AND plan",
        "schedules:",
        "  - channel: console",
        "    topic: peace-plan",
        '    cron: "* * * * * *"',
      ].join("\n"),
    );
    return file;
  }

  it.each(["SIGTERM", "SIGINT"] as const)(
    "when the running bot gets %s, then the process signalled is the bot itself and it exits 0 within 5 s",
    async (signal) => {
      server().route("/feed.xml", { body: makeRssFeed({ items: makeItems(3) }) });
      const port = await freePort();
      const bot = startImageCommand(writeConfig({ feedPath: "/feed.xml", httpPort: port }), port);
      await waitFor(bot, /newsbrief running/);
      await waitFor(bot, /ingest cycle done/);
      // The image binds every interface, so a published port reaches /healthz.
      expect(findEvent(bot.stderr(), "http listening", { host: "0.0.0.0", port })).toBeDefined();
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      const sentAt = Date.now();
      bot.child.kill(signal);
      const exit = await bot.exited;
      expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
      expect(exit.at - sentAt).toBeLessThan(5_000);
      // npm or a shell as the start command would log the pid of a grandchild, not of the signalled process.
      expect(findEvent(bot.stderr(), "starting newsbrief", { pid: bot.child.pid })).toBeDefined();
      expect(findEvent(bot.stderr(), "shutting down", { signal })).toBeDefined();
      expect(logEvents(bot.stderr()).at(-1)?.msg).toBe("stopped");
      expect(server().requestsTo("/feed.xml")).toHaveLength(1);
    },
  );

  it("when SIGTERM arrives while the bot is still starting, then it finishes starting, stops and exits 0", async () => {
    server().route("/feed.xml", { body: makeRssFeed({ items: makeItems(1) }) });
    const bot = startImageCommand(writeConfig({ feedPath: "/feed.xml", httpPort: 0 }), 0);
    await waitFor(bot, /starting newsbrief/);
    bot.child.kill("SIGTERM");
    const exit = await bot.exited;
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
    expect(findEvent(bot.stderr(), "shutting down", { signal: "SIGTERM" })).toBeDefined();
  });

  it("when a fetch hangs at SIGTERM, then the bot gives up after bot.shutdownTimeoutMs, says so and exits 1", async () => {
    server().route("/hangs.xml", { body: makeRssFeed({ items: makeItems(1) }), delayMs: 25_000 });
    const config = writeConfig({ feedPath: "/hangs.xml", httpPort: 0, extra: ["  shutdownTimeoutMs: 1000"] });
    writeFileSync(config, readFileSync(config, "utf8").replace("ingest:\n", "ingest:\n  timeoutMs: 60000\n"));
    const bot = startImageCommand(config, 0);
    await waitFor(bot, /newsbrief running/);
    while (server().requestsTo("/hangs.xml").length === 0) await new Promise((r) => setTimeout(r, 25));
    const sentAt = Date.now();
    bot.child.kill("SIGTERM");
    const exit = await bot.exited;
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 1, signal: null });
    expect(exit.at - sentAt).toBeGreaterThanOrEqual(1_000);
    expect(exit.at - sentAt).toBeLessThan(4_000);
    expect(
      findEvent(bot.stderr(), "shutdown did not finish within 1000 ms; exiting with work in flight"),
    ).toBeDefined();
  });
});
