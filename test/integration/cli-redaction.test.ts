import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useFakeFeedServer } from "../fakes/use-fake-feed-server.js";
import { makeRssFeed } from "../fixtures/feeds/make-feed.js";
import { runCli } from "../support/run-cli.js";
import { useTempDir } from "../support/temp-dir.js";

const password = "s3cret-pass";

describe("feed URLs with credentials in CLI output", () => {
  const tempDir = useTempDir();
  const server = useFakeFeedServer();

  /** The fake server's URL for a path, with a user and password in it. */
  const withCredentials = (feedPath: string) =>
    server().url(feedPath).replace("http://", `http://reader:${password}@`);
  const redacted = (feedPath: string) => server().url(feedPath).replace("http://", "http://[redacted]@");

  it("when ingest --once reports a failing feed, then its URL is printed without the credentials", async () => {
    server().route("/gone", { status: 404 });
    const dir = tempDir();
    const config = path.join(dir, "bot.yaml");
    writeFileSync(
      config,
      ["ingest:", "  allowPrivate: ['127.0.0.1']", "feeds:", `  - url: ${withCredentials("/gone")}`].join(
        "\n",
      ),
    );
    const result = await runCli(["ingest", "--once", "--config", config], {
      env: { DATABASE_URL: `sqlite:${path.join(dir, "bot.db")}` },
    });
    expect(result.stdout).toContain(`failed: ${redacted("/gone")}: http_404\n`);
    expect(result.stdout + result.stderr).not.toContain(password);
    expect(result.code).toBe(0);
  });

  it("when check-feed fails on such a URL, then the error shows it without the credentials", async () => {
    server().route("/gone", { status: 404 });
    const result = await runCli(["check-feed", withCredentials("/gone"), "--allow-private"]);
    expect(result).toMatchObject({ code: 1, stdout: `error: http_404: ${redacted("/gone")} answered 404\n` });
  });

  it("when check-feed refuses such a URL as private, then the refusal shows it without the credentials", async () => {
    const result = await runCli(["check-feed", withCredentials("/feed")]);
    expect(result.stdout).toBe(
      `error: blocked_address: ${redacted("/feed")} points at a private, loopback or metadata address\n`,
    );
  });

  it("when a feed's items link to URLs with credentials, then check-feed lists them without", async () => {
    server().route("/feed", {
      body: makeRssFeed({
        items: [{ title: "Envoys meet", guid: "a", link: `https://editor:${password}@wire.example/envoys` }],
      }),
    });
    const result = await runCli(["check-feed", server().url("/feed"), "--allow-private"]);
    expect(result.stdout).toContain("    https://[redacted]@wire.example/envoys\n");
    expect(result.stdout + result.stderr).not.toContain(password);
  });
});
