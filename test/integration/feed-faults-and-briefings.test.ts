import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startFakeFeedServer } from "../fakes/fake-feed-server.js";
import { startFakeSlack } from "../fakes/fake-slack.js";
import { makeItems, makeRssFeed } from "../fixtures/feeds/make-feed.js";
import { startReplica } from "../support/cluster/start-replica.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("feed faults during a cycle", () => {
  it("when feeds hang, fail and answer garbage mid-cycle, then briefings still go out on their slots", async () => {
    const feeds = await startFakeFeedServer();
    const slack = await startFakeSlack();
    const dir = mkdtempSync(path.join(tmpdir(), "newsbrief-feed-faults-"));
    feeds.route("/ok.xml", { body: makeRssFeed({ items: makeItems(2) }) });
    feeds.route("/hangs.xml", { body: makeRssFeed({ items: makeItems(1) }), delayMs: 12_000 });
    feeds.route("/fails.xml", { status: 500, body: "upstream down" });
    feeds.route("/garbage.xml", { body: "<html><body>not a feed</body></html>" });
    const configFile = path.join(dir, "bot.yaml");
    writeFileSync(
      configFile,
      [
        `bot:\n  dataDir: ${dir}`,
        "ingest:\n  allowPrivate: ['127.0.0.1']\n  timeoutMs: 10000\n  intervalMinutes: 0.05",
        "feeds:",
        ...["ok", "hangs", "fails", "garbage"].map((name) => `  - url: ${feeds.url(`/${name}.xml`)}`),
        "topics:\n  - name: peace-plan\n    query: Ukraine",
        'schedules:\n  - channel: slack:C0FEED\n    topic: peace-plan\n    cron: "* * * * * *"',
      ].join("\n"),
    );
    const bot = startReplica({
      name: "feed-faults",
      configFile,
      env: {
        DATABASE_URL: `sqlite:${path.join(dir, "bot.db")}`,
        SLACK_BOT_TOKEN: slack.botToken,
        SLACK_SIGNING_SECRET: "feed-faults-signing-secret",
        SLACK_API_URL: slack.apiUrl,
      },
    });
    try {
      await bot.running;
      // Wait until the hanging feed is being fetched, then watch the briefings while it hangs.
      while (feeds.requestsTo("/hangs.xml").length === 0) await sleep(50);
      const from = Date.now();
      await sleep(8_000);
      const posts = slack
        .callsTo("chat.postMessage")
        .filter((call) => call.at >= from && call.at < from + 8_000);
      // A per-second schedule: about eight slots in eight seconds, none held up by the feeds.
      expect(posts.length).toBeGreaterThanOrEqual(6);
      bot.child.kill("SIGTERM");
      await bot.exited;
    } finally {
      if (bot.child.exitCode === null) bot.child.kill("SIGKILL");
      await feeds.close();
      await slack.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
