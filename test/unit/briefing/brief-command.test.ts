import { writeFileSync } from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { briefCommand } from "../../../src/cli/brief-command.js";
import type { CliIo } from "../../../src/cli/cli-io.js";
import { openStore } from "../../../src/store/open-store.js";
import { useTempDir } from "../../support/temp-dir.js";
import { makeArticle, makeSpeakerValue, makeStoredClaim } from "./support/make-stored.js";

function makeIo(env: NodeJS.ProcessEnv): { io: CliIo; stdout: () => string; stderr: () => string } {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = "";
  let stderr = "";
  out.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  err.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return {
    io: { stdin: new PassThrough(), stdout: out, stderr: err, isTTY: false, env },
    stdout: () => stdout,
    stderr: () => stderr,
  };
}

describe("newsbrief brief", () => {
  const tempDir = useTempDir();

  async function seededDatabase(): Promise<string> {
    const url = `sqlite:${path.join(tempDir(), "brief.db")}`;
    const store = await openStore(url);
    await store.upsertTopic({
      workspaceId: "default",
      name: "ruritania",
      query: "Ruritania",
      createdAt: "2025-11-01T00:00:00.000Z",
    });
    const article = makeArticle({ title: "Ruritania <!channel> talks", outlet: "Example Daily" });
    await store.insertNewArticles([article], true);
    await store.saveClaims(article.id, [
      makeStoredClaim(article, 0, {
        speaker: makeSpeakerValue({ name: "Boris Example" }),
        stance: "denies",
        content: "no such treaty exists",
      }),
    ]);
    await store.close();
    return url;
  }

  it("when the topic is in the store, then it prints the text briefing for the window and exits 0", async () => {
    const { io, stdout } = makeIo({ DATABASE_URL: await seededDatabase() });
    const code = await briefCommand(
      [
        "--topic",
        "ruritania",
        "--since",
        "2025-11-20T00:00:00Z",
        "--until",
        "2025-11-21T00:00:00Z",
        "--timezone",
        "UTC",
      ],
      io,
    );
    expect(code).toBe(0);
    expect(stdout()).toContain("Ruritania · briefing for Fri 21 Nov 2025, 00:00 UTC");
    expect(stdout()).toContain(
      "Boris Example, Foreign Ministry spokeswoman — denies: no such treaty exists [1]",
    );
  });

  it("when the config gives the topic a title, then the briefing is headed with it", async () => {
    const config = path.join(tempDir(), "config.yaml");
    writeFileSync(
      config,
      "topics:\n  - name: ruritania\n    title: Talks over Ruritania\n    query: Ruritania\n",
    );
    const { io, stdout } = makeIo({ DATABASE_URL: await seededDatabase() });
    const args = [
      "--topic",
      "ruritania",
      "--config",
      config,
      "--until",
      "2025-11-21T00:00:00Z",
      "--timezone",
      "UTC",
    ];
    expect(await briefCommand(args, io)).toBe(0);
    expect(stdout()).toContain("Talks over Ruritania · briefing for Fri 21 Nov 2025, 00:00 UTC");
  });

  it("when the format is slack-json, then it prints the JSON array of messages that would be posted", async () => {
    const { io, stdout } = makeIo({ DATABASE_URL: await seededDatabase() });
    const code = await briefCommand(
      [
        "--topic",
        "ruritania",
        "--since",
        "2025-11-20T00:00:00Z",
        "--until",
        "2025-11-21T00:00:00Z",
        "--format",
        "slack-json",
      ],
      io,
    );
    expect(code).toBe(0);
    const messages = JSON.parse(stdout()) as { blocks: unknown[] }[];
    expect(Array.isArray(messages)).toBe(true);
    expect(messages[0]?.blocks.length).toBeGreaterThan(0);
    expect(stdout()).not.toContain("<!channel>");
  });

  it("when the topic is unknown, then it names the known topics and exits 1", async () => {
    const { io, stderr } = makeIo({ DATABASE_URL: await seededDatabase() });
    const code = await briefCommand(["--topic", "nope"], io);
    expect(code).toBe(1);
    expect(stderr()).toContain('unknown topic "nope" in workspace "default" (known: ');
    expect(stderr()).toContain("ruritania");
  });

  it("when a date or format is wrong, then it says which option and exits 1", async () => {
    const url = await seededDatabase();
    const bad = makeIo({ DATABASE_URL: url });
    expect(await briefCommand(["--topic", "ruritania", "--since", "yesterday"], bad.io)).toBe(1);
    expect(bad.stderr()).toContain('--since: "yesterday" is not an ISO date-time');
    const format = makeIo({ DATABASE_URL: url });
    expect(await briefCommand(["--topic", "ruritania", "--format", "pdf"], format.io)).toBe(1);
    expect(format.stderr()).toContain("--format must be one of text, markdown, discord-json, slack-json");
  });
});
