import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findEvent, logEvents } from "../support/log-events.js";
import { spawnCli, waitForOutput } from "../support/run-cli.js";
import { useTempDir } from "../support/temp-dir.js";

const tempDir = useTempDir();

/** A port on 127.0.0.1 that nothing listens on: connecting to it fails at once, like a dead network. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("newsbrief run", () => {
  it("when no feed can be reached, then it starts on SQLite, logs each feed's failure and keeps running until SIGTERM", async () => {
    const dir = tempDir();
    const port = await closedPort();
    const config = path.join(dir, "bot.yaml");
    writeFileSync(
      config,
      [
        "bot:",
        `  dataDir: ${dir}`,
        "ingest:",
        "  allowPrivate: ['127.0.0.1']",
        "  intervalMinutes: 0.02",
        "feeds:",
        `  - url: http://127.0.0.1:${port}/first.xml`,
        `  - url: http://127.0.0.1:${port}/second.xml`,
        "  - url: https://no-such-host.invalid/feed.xml",
        "schedules:",
        "  - channel: console",
        "    topic: peace-plan",
        '    cron: "0 8 * * *"',
        "    timezone: Europe/Kyiv",
        "topics:",
        "  - name: peace-plan",
        "    query: Ukraine AND plan",
      ].join("\n"),
    );
    const bot = spawnCli(["run", "--config", config]);
    try {
      // New feeds' first polls are spread over one interval (here 1.2 s), so wait for all three.
      await waitForOutput(bot, /no-such-host\.invalid/);
      await waitForOutput(bot, /second\.xml/);
      await waitForOutput(bot, /first\.xml/);
      const { stderr } = bot.output();
      const failed = (feed: string) =>
        logEvents(stderr).find((event) => event.msg === "feed failed" && String(event.feed).endsWith(feed))
          ?.reason;
      expect(failed("/first.xml")).toBe("connection_failed");
      expect(failed("/second.xml")).toBe("connection_failed");
      expect(failed("no-such-host.invalid/feed.xml")).toBe("dns_failure");
      expect(findEvent(stderr, "store ready", { dialect: "sqlite" })).toBeDefined();
      expect(bot.exitCode).toBeNull();
    } finally {
      bot.kill("SIGTERM");
    }
    const code = await new Promise<number | null>((resolve) => bot.on("close", resolve));
    expect(code).toBe(0);
    expect(findEvent(bot.output().stderr, "shutting down", { signal: "SIGTERM" })).toBeDefined();
  });

  it("when the config has a wrong value, then it refuses to start and names the key", async () => {
    const dir = tempDir();
    const config = path.join(dir, "bot.yaml");
    writeFileSync(config, "feeds:\n  - url: not-a-url\n");
    const bot = spawnCli(["run", "--config", config]);
    const code = await new Promise<number | null>((resolve) => bot.on("close", resolve));
    expect(code).toBe(1);
    expect(bot.output().stderr).toContain("feeds[0].url: expected an http(s) URL");
    expect(bot.output().stderr).not.toMatch(/\n\s+at /);
  });
});
