import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliCommand } from "../../src/cli/run-cli-command.js";
import { captureIo } from "../support/capture-io.js";
import { runCli } from "../support/run-cli.js";
import { useTempDir } from "../support/temp-dir.js";

describe("one report of a configuration error, whatever the command", () => {
  const tempDir = useTempDir();

  function brokenConfig(): string {
    const file = path.join(tempDir(), "broken.yaml");
    writeFileSync(file, "feeds:\n  - url: ftp://wire.example/rss\n");
    return file;
  }

  const expected = (file: string) =>
    `newsbrief: configuration error in ${file}:\n  feeds[0].url: expected an http(s) URL\n`;

  it.each([
    ["run", []],
    ["demo", []],
    ["ingest", ["--once"]],
    ["check-feed", ["test/fixtures/feeds/rss2-basic.xml"]],
    ["extract", []],
    ["brief", ["--topic", "peace-plan"]],
  ])(
    "when `%s` is given a broken --config, then stderr says configuration error naming the key and the exit code is 1",
    async (command, args) => {
      const file = brokenConfig();
      const { io, stdout, stderr } = captureIo({ env: { DATABASE_URL: "sqlite::memory:" } });
      const code = await runCliCommand([command, ...args, "--config", file], io);
      expect({ code, stdout: stdout(), stderr: stderr() }).toEqual({
        code: 1,
        stdout: "",
        stderr: expected(file),
      });
    },
  );

  it("when the broken file comes from NEWSBRIEF_CONFIG, then check-feed reports it the same way", async () => {
    const file = brokenConfig();
    const { io, stdout, stderr } = captureIo({ env: { NEWSBRIEF_CONFIG: file } });
    const code = await runCliCommand(["check-feed", "test/fixtures/feeds/rss2-basic.xml"], io);
    expect({ code, stdout: stdout(), stderr: stderr() }).toEqual({
      code: 1,
      stdout: "",
      stderr: expected(file),
    });
  });

  it("when the environment is invalid, then the report says so the same way", async () => {
    const { io, stderr } = captureIo({ env: { DATABASE_URL: "mysql://db.example/news" } });
    expect(await runCliCommand(["check-feed", "test/fixtures/feeds/rss2-basic.xml"], io)).toBe(1);
    expect(stderr()).toBe(
      'newsbrief: configuration error in environment:\n  DATABASE_URL: expected "sqlite:PATH" or "postgres://…"\n',
    );
  });

  it("when the real binary runs check-feed on a broken config, then nothing lands on stdout and no stack trace on stderr", async () => {
    const file = brokenConfig();
    const result = await runCli(["check-feed", "test/fixtures/feeds/rss2-basic.xml", "--config", file]);
    expect(result).toMatchObject({ code: 1, stdout: "", stderr: expected(file) });
  });
});
