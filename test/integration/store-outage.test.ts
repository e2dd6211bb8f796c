import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startFakeSlack } from "../fakes/fake-slack.js";
import { startTcpProxy } from "../fakes/tcp-proxy.js";
import { schemaRows, scratchSchema } from "../support/cluster/scratch-schema.js";
import { startReplica } from "../support/cluster/start-replica.js";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readiness(port: number): Promise<{ status: number; text: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/readyz`);
  return { status: response.status, text: await response.text() };
}

describe("the store going away for a while", () => {
  it("when PostgreSQL refuses connections, then the bot says not ready, keeps running, and when it returns catches up without losing or doubling a slot", async () => {
    const scratch = scratchSchema("o");
    const proxy = await startTcpProxy({ host: "127.0.0.1", port: 5432 });
    const slack = await startFakeSlack();
    const dir = mkdtempSync(path.join(tmpdir(), "newsbrief-outage-"));
    const port = await freePort();
    const configFile = path.join(dir, "bot.yaml");
    writeFileSync(
      configFile,
      [
        `bot:\n  dataDir: ${dir}`,
        "delivery:\n  syncSeconds: 1\n  retryBaseSeconds: 0.5",
        "topics:\n  - name: peace-plan\n    query: Ukraine",
        'schedules:\n  - channel: slack:C0OUT\n    topic: peace-plan\n    cron: "*/2 * * * * *"',
      ].join("\n"),
    );
    const bot = startReplica({
      name: "outage",
      configFile,
      env: {
        DATABASE_URL: scratch.url.replace("127.0.0.1:5432", `127.0.0.1:${proxy.port}`),
        SLACK_BOT_TOKEN: slack.botToken,
        SLACK_SIGNING_SECRET: "outage-signing-secret",
        SLACK_API_URL: slack.apiUrl,
        PORT: String(port),
      },
    });
    try {
      await bot.running;
      await sleep(3_000);
      expect((await readiness(port)).status).toBe(200);
      const cutAt = Date.now();
      await proxy.cut();
      await sleep(6_000);
      const down = await readiness(port);
      expect(down.status).toBe(503);
      expect(down.text).toContain("store unreachable");
      expect(bot.child.exitCode).toBeNull();
      await proxy.restore();
      const restoredAt = Date.now();
      for (const deadline = Date.now() + 20_000; (await readiness(port)).status !== 200; ) {
        if (Date.now() > deadline) throw new Error(`never ready again:\n${bot.stderr()}`);
        await sleep(200);
      }
      // Time for the slots that fell in the outage to be queued and sent.
      await sleep(6_000);
      bot.child.kill("SIGTERM");
      expect(await bot.exited).toBe(0);

      const rows = await schemaRows<{ id: string; slot: string; status: string }>(
        scratch.schema,
        "select id, slot, status from briefings order by slot",
      );
      const posted = slack.messages.map((message) => String(message.metadata?.event_payload.briefing_id));
      // Every even second from just before the cut to just after the store came back has its briefing, sent once.
      const outage = rows.filter(
        (row) => Date.parse(row.slot) >= cutAt - 1_000 && Date.parse(row.slot) <= restoredAt + 1_000,
      );
      const expectedSlots = Math.floor((restoredAt + 1_000) / 2_000) - Math.ceil((cutAt - 1_000) / 2_000) + 1;
      expect(outage.length).toBe(expectedSlots);
      for (const row of outage) {
        expect(row.status).toBe("sent");
        expect(posted.filter((id) => id === row.id)).toHaveLength(1);
      }
      expect(new Set(posted).size).toBe(posted.length);
    } finally {
      if (bot.child.exitCode === null) bot.child.kill("SIGKILL");
      await proxy.close();
      await slack.close();
      await scratch.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
