import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { useFakeFeedServer } from "../fakes/use-fake-feed-server.js";
import { makeItems, makeRssFeed } from "../fixtures/feeds/make-feed.js";
import { repoRoot, runCli } from "../support/run-cli.js";
import { useTempDir } from "../support/temp-dir.js";

/** Run `newsbrief ingest` in a child process of its own (a real restart between runs). */
async function runIngestProcess(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const entry = pathToFileURL(path.join(repoRoot, "src/cli/ingest-command.ts")).href;
  const script = [
    `const { ingestCommand } = await import(${JSON.stringify(entry)});`,
    `const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, isTTY: false, env: process.env };`,
    `process.exitCode = await ingestCommand(${JSON.stringify(args)}, io);`,
  ].join("\n");
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number>((resolve) => child.on("close", (exit) => resolve(exit ?? 1)));
  return { code, stdout, stderr };
}

describe("ingest --once across restarts on one SQLite file", () => {
  const tempDir = useTempDir();
  const server = useFakeFeedServer();

  function writeConfig(dir: string): string {
    const file = path.join(dir, "config.yaml");
    writeFileSync(
      file,
      [
        "ingest:",
        "  allowPrivate: ['127.0.0.1']",
        "  timeoutMs: 3000",
        "feeds:",
        `  - url: ${server().url("/wire")}`,
        "    outlet: Test Wire",
        `  - url: ${server().url("/down")}`,
      ].join("\n"),
    );
    return file;
  }

  it("when a second process runs on the same store, then it announces nothing already seen", async () => {
    const dir = tempDir();
    const config = writeConfig(dir);
    const env = { DATABASE_URL: `sqlite:${path.join(dir, "data", "newsbrief.db")}` };
    server().route("/down", { status: 503 });
    server().route("/wire", { body: makeRssFeed({ items: makeItems(4) }) });

    const first = await runIngestProcess(["--once", "--config", config], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      "ingest: 2 feeds, 1 ok, 0 not modified, 1 failed, 4 new articles (4 seeded)",
    );
    expect(first.stdout).toContain(`failed: ${server().url("/down")}: http_503`);

    // Same items, re-serialised (new channel title), plus one genuinely new story.
    const fresh = {
      guid: "late-1",
      title: "A late update from the talks",
      link: "https://wire.example/late/1",
      pubDate: "Fri, 21 Nov 2025 09:00:00 GMT",
    };
    server().route("/wire", {
      body: makeRssFeed({ title: "Test Wire (renamed)", items: [fresh, ...makeItems(4)] }),
    });
    const second = await runIngestProcess(["--once", "--config", config], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("1 ok, 0 not modified, 1 failed, 1 new articles (0 seeded)");

    const store = await openStore(env.DATABASE_URL);
    try {
      expect(await store.countArticles()).toBe(5);
      const late = (
        await store.articlesInWindow({ since: "2025-11-21T00:00:00Z", until: "2025-11-22T00:00:00Z" })
      )[0];
      expect(late).toMatchObject({
        title: "A late update from the talks",
        announced: true,
        outlet: "Test Wire",
      });
    } finally {
      await store.close();
    }
  });

  it("when the config file is broken, then ingest exits 1 with the problem named", async () => {
    const dir = tempDir();
    const file = path.join(dir, "bad.yaml");
    writeFileSync(file, "feeds:\n  - url: ftp://nope\n");
    const result = await runCli(["ingest", "--once", "--config", file], {
      env: { DATABASE_URL: `sqlite:${path.join(dir, "x.db")}` },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `newsbrief: configuration error in ${file}:\n  feeds[0].url: expected an http(s) URL\n`,
    );
  });
});
